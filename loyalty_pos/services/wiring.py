"""Opening everything a running app works on: the database, its services, the backups.

The GUI (``app.py``) and ``--self-check`` (``self_check.py``) open the shop the same way,
so the self-check proves the start-up path the till takes. The path lives here, below
both, so that nothing imports the composition root ``app.py`` (which imported the self
check, which imported it back).
"""

from __future__ import annotations

from pathlib import Path

from ..store.dialect import is_url
from . import Services


def backup_dir(db_path: Path) -> Path:
    """Where the automatic backups of ``db_path`` go: beside it, in ``backups/``."""
    return db_path.parent / "backups"


def open_services(
    target: Path | str,
    *,
    demo: bool = False,
    till: str | None = None,
    branch: str | None = None,
) -> Services:
    """Open (creating and migrating) the file with its backup folder, or the shop on the
    server at a ``postgresql://`` URL as the till ``till`` of ``branch`` (no backup
    folder: the server's backups are ``pg_dump``'s); fill the demo shop on first use."""
    if is_url(target):
        services = Services.open(str(target), till=till, branch=branch)
    else:
        path = Path(target)
        services = Services.open(path, backup_dir=backup_dir(path))
    if demo and services.members.count() == 0:
        from .demo import populate_demo

        populate_demo(services)
    return services
