"""A throw-away PostgreSQL server in a folder, for the tests and the benchmarks.

The tests of the PostgreSQL backend need a real server; no maintained wheel bundles one
for Python 3.11+, so this starts the machine's own PostgreSQL (Debian's
``postgresql-15``: ``initdb`` and ``pg_ctl``) in a temporary folder, on a free port of
127.0.0.1, with trust authentication, and stops it afterwards. ``initdb`` refuses to run
as root (sessions and CI run as root), so as root the folder is given to the
``postgres`` system user and the programs run through ``runuser``.

Not used by the app: a shop's server is set up once by the owner (docs/several-tills.md).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SYSTEM_USER = "postgres"


class NoServer(RuntimeError):
    """No PostgreSQL programs on this machine, or the server would not start."""


def bin_dir() -> Path:
    """Where ``initdb`` and ``pg_ctl`` are: ``$LOYALTY_POS_PG_BIN``, ``pg_config``'s
    answer, Debian's ``/usr/lib/postgresql/N/bin`` (newest), or the ``PATH``."""
    if os.environ.get("LOYALTY_POS_PG_BIN"):
        return Path(os.environ["LOYALTY_POS_PG_BIN"])

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if found:
        return Path(found[-1]).parent
    for name in ("initdb", "pg_config"):
        which = shutil.which(name)
        if which:
            if name == "pg_config":
                out = subprocess.run([which, "--bindir"], capture_output=True, text=True)
                return Path(out.stdout.strip())
            return Path(which).parent
    raise NoServer("PostgreSQL is not installed (no initdb found); see README, 'Tests'")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalServer:
    """A running server: ``url(dbname)`` connects to one of its databases."""

    folder: Path
    port: int
    user: str = "loyalty"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` is a crash: no checkpoint)."""
        _run([str(bin_dir() / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode,
              "-w", "stop"], check=False)  # fmt: skip

    def start(self) -> None:
        """Start it again on the same port (after ``stop``)."""
        _start(self.folder, self.port, durable=self.durable)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    durable: bool = False


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", SYSTEM_USER, "--", *cmd]


def _run(cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(_as_owner(cmd), capture_output=True, text=True)
    if check and done.returncode != 0:
        raise NoServer(f"{' '.join(cmd[:1])} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done


def start(*, durable: bool = False, folder: Path | None = None) -> LocalServer:
    """Create and start a fresh server. ``durable``: fsync on, as a real shop's server
    (the benchmarks); off for the tests, which only need correctness."""
    tools = bin_dir()
    base = Path(folder or tempfile.mkdtemp(prefix="loyalty-pg-"))
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, SYSTEM_USER, SYSTEM_USER)
        os.chmod(base, 0o755)
    _run([str(tools / "initdb"), "-D", str(base / "data"), "-A", "trust", "-U", "loyalty",
          "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])  # fmt: skip
    port = _free_port()
    _start(base, port, durable=durable)
    return LocalServer(base, port, durable=durable)


def _start(base: Path, port: int, *, durable: bool) -> None:
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    _run([str(bin_dir() / "pg_ctl"), "-D", str(base / "data"), "-o", options,
          "-l", str(base / "server.log"), "-w", "-t", "60", "start"])  # fmt: skip
