"""Reading a live shop's header in the till's own process keeps SQLite's locks.

Closing any descriptor of a file drops every POSIX lock the process holds on it. The
header checks (``torn``, the shallow start-up check) once opened and closed the shop
file: the counter's connection lost its locks, the next ``loyalty-pos admin`` deleted
the ``-wal`` and ``-shm`` under it, and the counter stopped seeing other writers.
"""

from __future__ import annotations

import subprocess
import sys

from loyalty_pos.store import check_notes, database


def test_header_checks_keep_the_counters_locks(services, member, db_path):
    services.changes.start()
    assert not services.changes.written_elsewhere()
    for _ in range(3):  # what the start-up jobs and the open path do in the till's process
        assert database.torn(db_path) is None
        assert check_notes.shallow_file_problems(services.db, db_path) == []
    other = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute(\"INSERT OR REPLACE INTO settings (key, value) VALUES ('probe_key', 'x')\"); "
        "c.commit(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other, str(db_path)], check=True)
    assert db_path.with_name(db_path.name + "-wal").exists()  # not deleted under us
    assert services.changes.written_elsewhere()  # the other process's write is seen
