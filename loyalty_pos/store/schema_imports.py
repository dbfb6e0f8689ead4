"""Migration m009: the member import's staging tables.

Why: a large import used to parse, check and write the whole file inside one write
transaction, holding SQLite's write lock past the tills' 5 s busy timeout (finding 6).
Now the rows are written in short chunks to these tables, which nothing but the import
reads, then moved into the shop's tables in short chunks of bulk statements, each
member whole (card, search row, balances, linked ledger rows). An import stopped
while staging left nothing visible and can be resumed or discarded; one stopped while
moving says how far it got and is resumed.

* ``import_runs``: one row per file imported, keyed by the SHA-256 of its bytes (so
  the same file is recognised, resumed, or refused as already imported), with how many
  rows are staged and how many moved;
* ``import_staging``: one prepared member per good row (``seq`` is its place among the
  good rows, ``line`` its line in the file), its card and search terms already made;
* ``import_openings``: the opening balances of the staged rows.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA = """
CREATE TABLE import_runs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    rows INTEGER NOT NULL,
    staged INTEGER NOT NULL DEFAULT 0,
    moved INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('staging', 'moving', 'done')),
    started_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE TABLE import_staging (
    run TEXT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    line INTEGER NOT NULL,
    name TEXT NOT NULL,
    phone TEXT,
    phone_digits TEXT,
    email TEXT,
    birthday TEXT,
    marketing_consent INTEGER NOT NULL,
    notes TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT,
    card TEXT NOT NULL,
    card_kind TEXT NOT NULL CHECK (card_kind IN ('kept', 'made', 'blank')),
    terms TEXT NOT NULL,
    PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE INDEX import_staging_card ON import_staging(card);
CREATE TABLE import_openings (
    run TEXT NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    n INTEGER NOT NULL,
    program_id INTEGER NOT NULL,
    account TEXT NOT NULL,
    amount INTEGER NOT NULL,
    PRIMARY KEY (run, seq, n)
) WITHOUT ROWID;
"""


def m009_import_staging(db: Database) -> None:
    """The staging tables (empty: no import was ever half-done before them)."""
    db.executescript(SCHEMA)
