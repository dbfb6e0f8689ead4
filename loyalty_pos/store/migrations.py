"""Numbered, append-only schema migrations (sqlite-utils ``Migrations``).

Never edit a migration that has shipped; add the next number. Each runs in its own
transaction, and ``open_database`` copies the file aside before any of them runs.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("loyalty_pos")


@MIGRATIONS(name="m001_initial")
def m001_initial(db: Database) -> None:
    """Members, cards, programs, visits and the append-only ledger."""
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'cashier' CHECK (role IN ('owner', 'cashier', 'system')),
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT,
            phone_digits TEXT,
            email TEXT,
            birthday TEXT,
            marketing_consent INTEGER NOT NULL CHECK (marketing_consent IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES staff(id)
        );
        CREATE INDEX members_phone ON members(phone_digits) WHERE phone_digits IS NOT NULL;
        CREATE INDEX members_email ON members(email) WHERE email IS NOT NULL;
        CREATE VIRTUAL TABLE members_fts USING fts5(
            terms, prefix = '2 3 4', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE cards (
            code TEXT PRIMARY KEY,
            member_id INTEGER REFERENCES members(id),
            status TEXT NOT NULL CHECK (status IN ('active', 'blank', 'blocked', 'replaced')),
            replaced_by TEXT REFERENCES cards(code),
            created_at TEXT NOT NULL
        );
        CREATE INDEX cards_member ON cards(member_id);
        CREATE TABLE programs (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT 'stamp' CHECK (kind IN ('stamp')),
            stamps_needed INTEGER NOT NULL CHECK (stamps_needed >= 2),
            reward_text TEXT NOT NULL,
            reward_kind TEXT NOT NULL
                CHECK (reward_kind IN ('free_item', 'fixed_discount', 'percent_discount')),
            reward_value INTEGER NOT NULL DEFAULT 0,
            stamps_per_item INTEGER NOT NULL DEFAULT 1 CHECK (stamps_per_item >= 1),
            expiry_days INTEGER,
            per_day_limit INTEGER,
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            request_id TEXT UNIQUE,
            status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'voided')),
            void_reason TEXT,
            voided_at TEXT,
            voided_by INTEGER REFERENCES staff(id)
        );
        CREATE INDEX visits_member ON visits(member_id, created_at);
        CREATE INDEX visits_created ON visits(created_at);
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            program_id INTEGER NOT NULL REFERENCES programs(id),
            visit_id INTEGER REFERENCES visits(id),
            account TEXT NOT NULL CHECK (account IN ('stamps', 'rewards')),
            kind TEXT NOT NULL
                CHECK (kind IN ('earn', 'complete', 'redeem', 'expire', 'void', 'adjust')),
            delta INTEGER NOT NULL,
            reverses_id INTEGER REFERENCES ledger(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX ledger_member ON ledger(member_id, program_id, account);
        CREATE INDEX ledger_visit ON ledger(visit_id);
        CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        CREATE TABLE balances (
            member_id INTEGER NOT NULL REFERENCES members(id),
            program_id INTEGER NOT NULL REFERENCES programs(id),
            account TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            PRIMARY KEY (member_id, program_id, account)
        ) WITHOUT ROWID;
        CREATE INDEX balances_positive ON balances(program_id, account) WHERE value > 0;
        """
    )
    now = "1970-01-01T00:00:00Z"
    db.execute(
        "INSERT INTO staff (id, name, role, created_at) VALUES "
        "(1, 'System', 'system', ?), (2, 'Owner', 'owner', ?), (3, 'Cashier', 'cashier', ?)",
        [now, now, now],
    )
    db.execute(
        "INSERT INTO settings (key, value) VALUES "
        "('shop_name', 'My shop'), ('currency', 'HUF'), ('card_prefix', '29')"
    )


# Later migrations live in their own modules, registered here in their order.
from .schema_checkout import m002_checkout  # noqa: E402

MIGRATIONS(name="m002_checkout")(m002_checkout)

from .schema_owner import m003_owner  # noqa: E402

MIGRATIONS(name="m003_owner")(m003_owner)


@MIGRATIONS(name="m004_expiry_from")
def m004_expiry_from(db: Database) -> None:
    """When a program's expiry was last introduced or shortened (NULL: never).

    Every table of schemes already has an ``active`` column, so switching off needs no
    change; this column lets a new or shorter expiry count from the day of the change
    instead of voiding at once what members earned long ago (``domain/schemes.py``).
    Runs, like the others, with foreign keys off (``database.migrate``).
    """
    db.execute("ALTER TABLE programs ADD COLUMN expiry_from TEXT")


@MIGRATIONS(name="m005_language_follows_system")
def m005_language_follows_system(db: Database) -> None:
    """A shop nobody has set up yet follows the computer's language.

    ``m003`` seeded ``language = en`` into every file, so a till created by the command
    line or the demo spoke English on a Hungarian computer. A shop whose owner went
    through the set-up chose its language there and keeps it.
    """
    db.execute(
        "UPDATE settings SET value = 'system' WHERE key = 'language' AND value = 'en' "
        "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'setup_done' AND value = '1')"
    )


from .schema_lots import m006_lots  # noqa: E402

MIGRATIONS(name="m006_lots")(m006_lots)

from .schema_chain import m007_hash_chains  # noqa: E402

MIGRATIONS(name="m007_hash_chains")(m007_hash_chains)

from .schema_startup import m008_startup  # noqa: E402

MIGRATIONS(name="m008_startup")(m008_startup)

from .schema_imports import m009_import_staging  # noqa: E402

MIGRATIONS(name="m009_import_staging")(m009_import_staging)


@MIGRATIONS(name="m010_pin_lockouts")
def m010_pin_lockouts(db: Database) -> None:
    """Escalating PIN lock-outs and the owner's notice of wrong PINs.

    ``pin_locks``: locks since the person's last right PIN (``domain/pins.py``: the
    next lock is longer, the fourth lasts until the owner unlocks); ``pin_notice_seen``:
    the last ``audit`` row of a wrong PIN this owner was told about at sign-in. Neither
    is audited state (``store/audit.STAFF_STATE``): they change with every guess.
    """
    db.execute("ALTER TABLE staff ADD COLUMN pin_locks INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE staff ADD COLUMN pin_notice_seen INTEGER NOT NULL DEFAULT 0")


from .schema_consents import m012_consents  # noqa: E402

MIGRATIONS(name="m012_consents")(m012_consents)

from .schema_member_merge import m014_member_merge  # noqa: E402

MIGRATIONS(name="m014_member_merge")(m014_member_merge)

from .schema_report_totals import m015_report_totals  # noqa: E402

MIGRATIONS(name="m015_report_totals")(m015_report_totals)

from .schema_search import m016_search_prefixes  # noqa: E402

MIGRATIONS(name="m016_search_prefixes")(m016_search_prefixes)

from .schema_tills import m017_tills  # noqa: E402

MIGRATIONS(name="m017_tills")(m017_tills)
