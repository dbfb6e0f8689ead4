"""The counter's refresh of its copy of the members, in a process of its own.

On a worker thread of the counter's own process, a refresh at 100,000 members shares
Python's lock with the GUI thread for seconds, and scans typed at scanner speed
meanwhile reached the scan filter more than its 40 ms apart, so a few were taken as
typing: 7 of 221 in one measurement, none of 86 with the refresh in a process of its
own (docs/performance.md). So the counter's worker thread only starts this program again
as ``loyalty-pos refresh-copy`` (a verb ``app.py`` hands to ``child_main``, in the
installer's executable too) and waits for it.

What to copy goes in the child's environment and the answer comes back in a file, not
on the command line or the standard streams: the server's URL may hold a password,
which other users may read in a process's arguments, and the installer's windowed
executable has no standard streams.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .offline_copy_refresh import ServerTill, refresh_copy

VERB = "refresh-copy"
ASKED = "LOYALTY_POS_COPY_JOB"  # the child's environment: what to copy, where to answer
TIMEOUT_S = 600  # a refresh at 100,000 members takes about 2 s


class CopyRefreshFailed(RuntimeError):
    """The child could not refresh the copy (its one-line reason)."""


def command() -> list[str]:
    """This program, as the till runs it (the installer's executable, or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, VERB]
    return [sys.executable, "-m", "loyalty_pos", VERB]


def refresh_in_process(where: ServerTill, folder: Path) -> int:
    """``refresh_copy(where, folder)`` in a child process; the number of members
    copied, or ``CopyRefreshFailed`` with the child's reason."""
    with tempfile.TemporaryDirectory(prefix="loyalty-copy-") as scratch:
        answer = Path(scratch) / "answer.json"
        asked = {"url": where.url, "till": where.till, "branch": where.branch,
                 "folder": str(folder), "answer": str(answer)}  # fmt: skip
        done = subprocess.run(
            command(),
            env={**os.environ, ASKED: json.dumps(asked)},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT_S,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            check=False,
        )
        try:
            said = json.loads(answer.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            said = {"error": f"the copy's process ended with {done.returncode}"}
    if "copied" not in said:
        raise CopyRefreshFailed(str(said.get("error") or "no answer"))
    return int(said["copied"])


def child_main() -> int:
    """``loyalty-pos refresh-copy``: refresh the copy the environment names and write
    the answer (members copied, or why not) where it says; 0, or 1 on failure."""
    try:
        asked = json.loads(os.environ[ASKED])
        answer = Path(asked["answer"])
    except (KeyError, ValueError, TypeError):
        return 2  # started by hand: nothing asked, nothing done
    try:
        where = ServerTill(str(asked["url"]), str(asked["till"]), str(asked["branch"]))
        said: dict[str, object] = {"copied": refresh_copy(where, Path(asked["folder"]))}
    except Exception as exc:  # the server away, or gone mid-way: said to the counter
        said = {"error": str(exc) or type(exc).__name__}
    answer.write_text(json.dumps(said), encoding="utf-8")
    return 0 if "copied" in said else 1
