"""Opening everything a running app works on: the database, its services, the backups.

The GUI (``app.py``) and ``--self-check`` (``self_check.py``) open the shop the same way,
so the self-check proves the start-up path the till takes. The path lives here, below
both, so that nothing imports the composition root ``app.py`` (which imported the self
check, which imported it back).
"""

from __future__ import annotations

from pathlib import Path

from . import Services


def backup_dir(db_path: Path) -> Path:
    """Where the automatic backups of ``db_path`` go: beside it, in ``backups/``."""
    return db_path.parent / "backups"


def open_services(db_path: Path, *, demo: bool = False) -> Services:
    """Open (creating and migrating) the file with its backup folder; fill the demo shop
    on first use."""
    services = Services.open(db_path, backup_dir=backup_dir(db_path))
    if demo and services.members.count() == 0:
        from .demo import populate_demo

        populate_demo(services)
    return services
