"""SQL of erasing a member's personal data for good (``services/erase.py``).

What is personal here: the member's name, phone, e-mail, birthday and notes (their
row), the words of their search row (``members_fts``), the comments of their feedback,
and a half-finished import's staged copy of their row. Chained rows (visits, ledger,
coupon uses, tier changes) hold ids, amounts and times only (``domain/chain.py``), so
they stay as they are, and so do the consent rows (ids, channel, answer, time).

For the bytes to leave the file, not only the rows: ``secure_delete`` must be on while
the rows are rewritten (SQLite then overwrites freed cells and pages with zeros), the
search index's old segments must be merged away (FTS5 keeps a deleted row's words in
its older segments until they are merged: ``optimize`` writes one new segment and frees
the old ones, zeroed), and the WAL must be checkpointed and truncated (it holds the
pages as they were before).
"""

from __future__ import annotations

from sqlite_utils import Database

from .dialect import is_server


def set_secure_delete(db: Database, on: bool) -> bool:
    """Turn ``secure_delete`` on or off for this connection; returns the old setting."""
    before = bool(db.execute("PRAGMA secure_delete").fetchone()[0])
    db.execute(f"PRAGMA secure_delete = {1 if on else 0}")
    return before


def erase_member_rows(db: Database, member_id: int, at: str) -> None:
    """Blank the member's personal data and mark them erased (in the caller's
    transaction, with ``secure_delete`` on)."""
    db.execute(
        "UPDATE members SET name = '', phone = NULL, phone_digits = NULL, email = NULL, "
        "birthday = NULL, notes = '', marketing_consent = 0, erased_at = ? WHERE id = ?",
        [at, member_id],
    )
    db.execute("DELETE FROM members_fts WHERE rowid = ?", [member_id])
    db.execute(
        "UPDATE feedback SET comment = '' WHERE member_id = ? AND comment <> ''", [member_id]
    )
    cards = [r[0] for r in db.execute("SELECT code FROM cards WHERE member_id = ?", [member_id])]
    for code in cards:
        for run, seq in db.execute(
            "SELECT run, seq FROM import_staging WHERE card = ?", [code]
        ).fetchall():
            db.execute("DELETE FROM import_openings WHERE run = ? AND seq = ?", [run, seq])
            db.execute("DELETE FROM import_staging WHERE run = ? AND seq = ?", [run, seq])


def merge_search_index(db: Database) -> None:
    """Merge the search index into one segment, dropping deleted rows' words (and, with
    ``secure_delete`` on, zeroing the old segments' pages). In the caller's transaction."""
    if not is_server(db):  # a server's index has no segments; VACUUM is the server's
        db.execute("INSERT INTO members_fts (members_fts) VALUES ('optimize')")


def checkpoint_truncate(db: Database) -> bool:
    """Copy the WAL into the file and truncate it; False when another connection's
    open read kept part of it (the pages leave the WAL at the next full checkpoint)."""
    busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
