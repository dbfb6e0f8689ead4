"""Migration m002: the checkout and rewards engine's tables.

Points, store credit and prepaid passes are programs beside the punch cards, so their
balances live on the same append-only ledger (accounts ``points``, ``credit``,
``passes``). Gift cards belong to no member and get a ledger of their own. A visit now
carries money: the amount rung up, the discount given, the amount charged, how much of
it was paid with credit or gift cards, and how much was refunded later.

SQLite cannot change a CHECK constraint in place, so ``programs``, ``visits`` and
``ledger`` are rebuilt with SQLite's documented twelve-step procedure: the migration
runs with foreign keys off (``open_database`` arranges that) and checks them before
its transaction commits.
"""

from __future__ import annotations

from sqlite_utils import Database


class MigrationError(Exception):
    """A rebuilt table left a dangling reference; the migration is rolled back."""


def rebuild(db: Database, table: str, create_sql: str, columns: str) -> None:
    """Replace ``table`` by the one ``create_sql`` makes, keeping ``columns``' data.

    ``create_sql`` creates ``{table}_new``; indexes and triggers are the caller's to
    recreate, because dropping the old table drops them.
    """
    db.execute(create_sql)
    db.execute(f"INSERT INTO {table}_new ({columns}) SELECT {columns} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")


def check_foreign_keys(db: Database) -> None:
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise MigrationError(f"dangling references after the migration: {problems[:5]}")


def m002_checkout(db: Database) -> None:
    """Money on visits; points, credit, passes, tiers, coupons, gift cards, refunds."""
    rebuild(
        db,
        "programs",
        """
        CREATE TABLE programs_new (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT 'stamp'
                CHECK (kind IN ('stamp', 'points', 'credit', 'pass')),
            stamps_needed INTEGER CHECK (stamps_needed IS NULL OR stamps_needed >= 2),
            reward_text TEXT NOT NULL DEFAULT '',
            reward_kind TEXT NOT NULL DEFAULT 'free_item'
                CHECK (reward_kind IN ('free_item', 'fixed_discount', 'percent_discount')),
            reward_value INTEGER NOT NULL DEFAULT 0,
            stamps_per_item INTEGER NOT NULL DEFAULT 1 CHECK (stamps_per_item >= 1),
            expiry_days INTEGER,
            per_day_limit INTEGER,
            points_per_step INTEGER CHECK (points_per_step IS NULL OR points_per_step >= 1),
            amount_step INTEGER CHECK (amount_step IS NULL OR amount_step >= 1),
            points_per_visit INTEGER NOT NULL DEFAULT 0 CHECK (points_per_visit >= 0),
            points_per_item INTEGER NOT NULL DEFAULT 0 CHECK (points_per_item >= 0),
            point_value INTEGER CHECK (point_value IS NULL OR point_value >= 1),
            rate_bp INTEGER CHECK (rate_bp IS NULL OR rate_bp BETWEEN 1 AND 10000),
            pass_uses INTEGER CHECK (pass_uses IS NULL OR pass_uses >= 1),
            price INTEGER CHECK (price IS NULL OR price >= 0),
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            CHECK (kind <> 'stamp' OR stamps_needed IS NOT NULL),
            CHECK (kind <> 'credit' OR rate_bp IS NOT NULL),
            CHECK (kind <> 'pass' OR pass_uses IS NOT NULL)
        )
        """,
        "id, name, kind, stamps_needed, reward_text, reward_kind, reward_value, "
        "stamps_per_item, expiry_days, per_day_limit, active, position, created_at",
    )
    db.executescript(
        """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            category TEXT NOT NULL DEFAULT '',
            price INTEGER CHECK (price IS NULL OR price >= 0),
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE item_programs (
            item_id INTEGER NOT NULL REFERENCES items(id),
            program_id INTEGER NOT NULL REFERENCES programs(id),
            PRIMARY KEY (item_id, program_id)
        ) WITHOUT ROWID;
        CREATE TABLE rewards (
            id INTEGER PRIMARY KEY,
            program_id INTEGER NOT NULL REFERENCES programs(id),
            name TEXT NOT NULL,
            cost INTEGER NOT NULL CHECK (cost >= 1),
            kind TEXT NOT NULL
                CHECK (kind IN ('free_item', 'fixed_discount', 'percent_discount')),
            value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
            max_discount INTEGER CHECK (max_discount IS NULL OR max_discount >= 0),
            item_id INTEGER REFERENCES items(id),
            active INTEGER NOT NULL DEFAULT 1,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            UNIQUE (program_id, name)
        );
        CREATE TABLE promotions (
            id INTEGER PRIMARY KEY,
            program_id INTEGER NOT NULL REFERENCES programs(id),
            name TEXT NOT NULL,
            multiplier_pct INTEGER NOT NULL CHECK (multiplier_pct BETWEEN 100 AND 1000),
            weekday INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 0 AND 6),
            starts_on TEXT,
            ends_on TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE tiers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            rank INTEGER NOT NULL UNIQUE CHECK (rank >= 1),
            min_spend INTEGER CHECK (min_spend IS NULL OR min_spend >= 0),
            min_visits INTEGER CHECK (min_visits IS NULL OR min_visits >= 0),
            window_days INTEGER NOT NULL DEFAULT 365 CHECK (window_days BETWEEN 1 AND 3650),
            earn_multiplier_pct INTEGER NOT NULL DEFAULT 100
                CHECK (earn_multiplier_pct BETWEEN 100 AND 1000),
            discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
            fee INTEGER CHECK (fee IS NULL OR fee >= 0),
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        ALTER TABLE members ADD COLUMN tier_id INTEGER REFERENCES tiers(id);
        ALTER TABLE members ADD COLUMN tier_until TEXT;
        """
    )
    rebuild(
        db,
        "visits",
        """
        CREATE TABLE visits_new (
            id INTEGER PRIMARY KEY,
            member_id INTEGER REFERENCES members(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            request_id TEXT UNIQUE,
            status TEXT NOT NULL DEFAULT 'confirmed'
                CHECK (status IN ('confirmed', 'voided', 'refunded')),
            void_reason TEXT,
            voided_at TEXT,
            voided_by INTEGER REFERENCES staff(id),
            amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
            discount INTEGER NOT NULL DEFAULT 0 CHECK (discount BETWEEN 0 AND amount),
            charged INTEGER NOT NULL DEFAULT 0 CHECK (charged = amount - discount),
            paid_credit INTEGER NOT NULL DEFAULT 0 CHECK (paid_credit >= 0),
            paid_gift INTEGER NOT NULL DEFAULT 0 CHECK (paid_gift >= 0),
            gift_sold INTEGER NOT NULL DEFAULT 0 CHECK (gift_sold >= 0),
            refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded BETWEEN 0 AND charged),
            imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
            CHECK (paid_credit + paid_gift <= charged)
        )
        """,
        "id, member_id, staff_id, created_at, request_id, status, void_reason, voided_at, "
        "voided_by",
    )
    db.executescript(
        """
        CREATE INDEX visits_member ON visits(member_id, created_at);
        CREATE INDEX visits_created ON visits(created_at);
        CREATE TABLE visit_items (
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            item_id INTEGER NOT NULL REFERENCES items(id),
            quantity INTEGER NOT NULL CHECK (quantity >= 1),
            PRIMARY KEY (visit_id, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE visit_discounts (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            source TEXT NOT NULL
                CHECK (source IN ('stamp_reward', 'points_reward', 'coupon', 'tier')),
            ref_id INTEGER,
            label TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0)
        );
        CREATE INDEX visit_discounts_visit ON visit_discounts(visit_id);
        CREATE TABLE refunds (
            id INTEGER PRIMARY KEY,
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            amount INTEGER NOT NULL CHECK (amount >= 0),
            full INTEGER NOT NULL CHECK (full IN (0, 1)),
            reason TEXT NOT NULL,
            request_id TEXT UNIQUE,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX refunds_visit ON refunds(visit_id);
        CREATE INDEX refunds_created ON refunds(created_at);
        CREATE TABLE tier_changes (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            tier_id INTEGER REFERENCES tiers(id),
            reason TEXT NOT NULL CHECK (reason IN ('upgrade', 'downgrade', 'paid', 'adjust')),
            until TEXT,
            visit_id INTEGER REFERENCES visits(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX tier_changes_member ON tier_changes(member_id, id);
        CREATE TABLE referrals (
            member_id INTEGER PRIMARY KEY REFERENCES members(id),
            referrer_id INTEGER NOT NULL REFERENCES members(id),
            rewarded_visit_id INTEGER REFERENCES visits(id),
            created_at TEXT NOT NULL,
            CHECK (member_id <> referrer_id)
        );
        CREATE TABLE coupon_offers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL
                CHECK (kind IN ('free_item', 'fixed_discount', 'percent_discount')),
            value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
            max_discount INTEGER CHECK (max_discount IS NULL OR max_discount >= 0),
            item_id INTEGER REFERENCES items(id),
            min_spend INTEGER NOT NULL DEFAULT 0 CHECK (min_spend >= 0),
            valid_from TEXT,
            valid_to TEXT,
            valid_days INTEGER CHECK (valid_days IS NULL OR valid_days >= 1),
            per_member_limit INTEGER CHECK (per_member_limit IS NULL OR per_member_limit >= 1),
            code TEXT UNIQUE COLLATE NOCASE,
            trigger TEXT CHECK (trigger IS NULL OR trigger IN ('birthday', 'next_visit')),
            trigger_spend INTEGER CHECK (trigger_spend IS NULL OR trigger_spend >= 0),
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE coupons (
            code TEXT PRIMARY KEY,
            offer_id INTEGER NOT NULL REFERENCES coupon_offers(id),
            member_id INTEGER REFERENCES members(id),
            issued_visit_id INTEGER REFERENCES visits(id),
            issue_key TEXT,
            valid_from TEXT,
            valid_to TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'void')),
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            UNIQUE (offer_id, member_id, issue_key)
        );
        CREATE INDEX coupons_member ON coupons(member_id);
        CREATE TABLE coupon_uses (
            id INTEGER PRIMARY KEY,
            offer_id INTEGER NOT NULL REFERENCES coupon_offers(id),
            coupon_code TEXT REFERENCES coupons(code),
            member_id INTEGER REFERENCES members(id),
            visit_id INTEGER NOT NULL REFERENCES visits(id),
            refund_id INTEGER REFERENCES refunds(id),
            delta INTEGER NOT NULL CHECK (delta IN (1, -1)),
            discount INTEGER NOT NULL CHECK (discount >= 0),
            created_at TEXT NOT NULL
        );
        CREATE INDEX coupon_uses_code ON coupon_uses(coupon_code);
        CREATE INDEX coupon_uses_member ON coupon_uses(offer_id, member_id);
        CREATE INDEX coupon_uses_visit ON coupon_uses(visit_id);
        CREATE TRIGGER coupon_uses_no_update BEFORE UPDATE ON coupon_uses
            BEGIN SELECT RAISE(ABORT, 'coupon uses are append-only'); END;
        CREATE TRIGGER coupon_uses_no_delete BEFORE DELETE ON coupon_uses
            BEGIN SELECT RAISE(ABORT, 'coupon uses are append-only'); END;
        CREATE TABLE gift_cards (
            code TEXT PRIMARY KEY,
            initial_value INTEGER NOT NULL CHECK (initial_value > 0),
            balance INTEGER NOT NULL CHECK (balance >= 0),
            expires_on TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'void')),
            sold_visit_id INTEGER REFERENCES visits(id),
            created_by INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL
        );
        CREATE TABLE gift_card_ledger (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL REFERENCES gift_cards(code),
            visit_id INTEGER REFERENCES visits(id),
            refund_id INTEGER REFERENCES refunds(id),
            kind TEXT NOT NULL
                CHECK (kind IN ('issue', 'redeem', 'refund', 'void', 'expire', 'adjust')),
            delta INTEGER NOT NULL,
            reverses_id INTEGER REFERENCES gift_card_ledger(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX gift_card_ledger_code ON gift_card_ledger(code);
        CREATE INDEX gift_card_ledger_visit ON gift_card_ledger(visit_id);
        CREATE TRIGGER gift_card_ledger_no_update BEFORE UPDATE ON gift_card_ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        CREATE TRIGGER gift_card_ledger_no_delete BEFORE DELETE ON gift_card_ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        """
    )
    rebuild(
        db,
        "ledger",
        """
        CREATE TABLE ledger_new (
            id INTEGER PRIMARY KEY,
            member_id INTEGER NOT NULL REFERENCES members(id),
            program_id INTEGER NOT NULL REFERENCES programs(id),
            visit_id INTEGER REFERENCES visits(id),
            refund_id INTEGER REFERENCES refunds(id),
            account TEXT NOT NULL
                CHECK (account IN ('stamps', 'rewards', 'points', 'credit', 'passes')),
            kind TEXT NOT NULL CHECK (kind IN (
                'earn', 'complete', 'redeem', 'expire', 'void', 'adjust',
                'refund', 'bonus', 'purchase'
            )),
            delta INTEGER NOT NULL,
            reverses_id INTEGER REFERENCES ledger(id),
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at TEXT NOT NULL,
            note TEXT
        )
        """,
        "id, member_id, program_id, visit_id, account, kind, delta, reverses_id, staff_id, "
        "created_at, note",
    )
    db.executescript(
        """
        CREATE INDEX ledger_member ON ledger(member_id, program_id, account);
        CREATE INDEX ledger_visit ON ledger(visit_id);
        CREATE INDEX ledger_created ON ledger(created_at);
        CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
            BEGIN SELECT RAISE(ABORT, 'ledger rows are append-only'); END;
        INSERT OR IGNORE INTO settings (key, value) VALUES
            ('discounts_per_visit', '1'),
            ('adjust_owner_limit', '0'),
            ('unusual_visits_per_day', '3'),
            ('referral_program_id', ''),
            ('referral_bonus', '0');
        """
    )
    check_foreign_keys(db)
