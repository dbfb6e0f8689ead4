"""This till's name and branch, kept on the till itself.

A shop on a server has several tills; each records its name on every visit, refund and
ledger row it writes (PostgreSQL fills the ``till`` column from the session setting
``loyalty.till``, ``store/pg/server.py``) and keeps its own hash chain. The name belongs
to the machine, not to the shared database, so it lives in ``till.json`` in the till's
data folder, written when the till first opens a server shop; ``LOYALTY_POS_TILL`` and
``LOYALTY_POS_BRANCH`` override it (the command line, the tests, a second till started
on one machine). A one-till shop on a file never needs one.
"""

from __future__ import annotations

import json
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path

ENV_TILL = "LOYALTY_POS_TILL"
ENV_BRANCH = "LOYALTY_POS_BRANCH"
FILE = "till.json"
_SAFE = re.compile(r"[^\w .-]+")


@dataclass(frozen=True)
class TillIdentity:
    name: str
    branch: str


def clean(text: str, limit: int = 40) -> str:
    """A name as stored: printable, one line, at most ``limit`` characters."""
    return _SAFE.sub("", text).strip()[:limit]


def default_name() -> str:
    return clean(socket.gethostname()) or "till"


def load(folder: Path | None) -> TillIdentity:
    """The till's identity: the environment, else ``till.json``, else the machine's
    name in the branch "main"."""
    saved: dict = {}
    if folder is not None:
        try:
            saved = json.loads((folder / FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
    name = clean(os.environ.get(ENV_TILL) or str(saved.get("name") or "")) or default_name()
    branch = clean(os.environ.get(ENV_BRANCH) or str(saved.get("branch") or "")) or "main"
    return TillIdentity(name, branch)


def save(folder: Path, identity: TillIdentity) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (FILE + ".tmp")
    tmp.write_text(json.dumps({"name": identity.name, "branch": identity.branch}), "utf-8")
    os.replace(tmp, folder / FILE)


def is_set(folder: Path | None) -> bool:
    """Whether this till was named already (``till.json``, or the environment names
    it): only then does a first start against a server skip asking."""
    if os.environ.get(ENV_TILL):
        return True
    return folder is not None and (folder / FILE).is_file()


def known_branches(url: str) -> list[str]:
    """The branches the server's other tills are in, offered when naming this one
    (``ServerUnreachable`` when the server cannot be reached)."""
    from ..store.pg.tills import branches

    return branches(url)


def of_shop(db: object) -> TillIdentity | None:
    """The till a server shop was opened as, with its branch; None for a file."""
    from ..store.dialect import is_server
    from ..store.pg.tills import branch_of

    name = getattr(db, "till", None)
    if not is_server(db) or not name:
        return None
    return TillIdentity(str(name), branch_of(db, str(name)) or "main")
