"""Migration m015: summary rows for the owner's dashboard, kept by the database itself.

The 12-month dashboard used to count millions of visits and ledger rows each time it
was opened (1.6 s on one core at 10 M ledger rows). Two summary tables hold what its
heavy figures add up, and triggers on ``visits`` and ``ledger`` keep them in the same
transaction as every write, so every path that writes a visit or a ledger row (checkout,
refund, void, import, demo, adjustment, a bulk tool's SQL) keeps them without code of
its own:

* ``report_days``: per **UTC** day, the member visits that count (``store/reports.py``'s
  ``counted``), the sales (member visits not voided, net of refunds), the punch-card
  rewards issued and redeemed (``rewards`` ledger rows of kinds ``complete`` and
  ``redeem`` whose visit is not voided, by the ledger row's own time);
* ``report_member_months``: per member and **UTC** month, the visits that count and the
  ``complete`` rows that count (who completed a card), for the figures that count
  members rather than rows.

The buckets are UTC on purpose: a trigger knows no time zone, and the shop's day or
month starts at a different UTC hour in summer and in winter. The reports read whole
UTC days or months from here and the few hours between the UTC boundary and the shop's
local one from the raw rows (``store/report_totals.py``), so a shop in any zone, across
any clock change, gets exactly the figures the raw rows give.

A void (``status`` becomes ``voided``) or a refund (``refunded`` grows) moves the
visit's own buckets: the update trigger takes the old row's contribution out and puts
the new one in, and a void takes the visit's reward rows out of their days and months.
``services/integrity.py`` (``admin check``) recomputes both tables from the rows and
names any difference. A later migration that rebuilds ``visits`` or ``ledger`` (which
drops their triggers) must create ``TRIGGERS`` again.
"""

from __future__ import annotations

from sqlite_utils import Database

from .report_sql import counted

NAME = "m015_report_totals"


def _sales(row: str) -> str:
    return f"(CASE WHEN {row}.status <> 'voided' THEN {row}.charged - {row}.refunded ELSE 0 END)"


TABLES = """
CREATE TABLE report_days (
    day TEXT PRIMARY KEY,
    visits INTEGER NOT NULL DEFAULT 0,
    sales INTEGER NOT NULL DEFAULT 0,
    issued INTEGER NOT NULL DEFAULT 0,
    redeemed INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE report_member_months (
    member_id INTEGER NOT NULL,
    month TEXT NOT NULL,
    visits INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, month)
) WITHOUT ROWID;
"""
# Built after the bulk fill (faster than keeping them row by row). ``report_months``
# covers a month's members by visits; the partial one holds only the months in which a
# member completed a card (about one in four), for "members who completed a card".
INDEXES = """
CREATE INDEX report_months ON report_member_months(month, visits, completed);
CREATE INDEX report_months_completed ON report_member_months(month, completed)
    WHERE completed > 0;
"""


def _visit_part(row: str, sign: str) -> str:
    """Add (sign '+') or take out (sign '-') the visit ``row``'s own contribution."""
    return f"""
    INSERT INTO report_days (day, visits, sales)
    SELECT substr({row}.created_at, 1, 10), {sign}{counted(row)}, {sign}{_sales(row)}
    WHERE {row}.member_id IS NOT NULL
    ON CONFLICT (day) DO UPDATE SET visits = visits + excluded.visits,
                                    sales = sales + excluded.sales;
    INSERT INTO report_member_months (member_id, month, visits)
    SELECT {row}.member_id, substr({row}.created_at, 1, 7), {sign}1
    WHERE {row}.member_id IS NOT NULL AND {counted(row)}
    ON CONFLICT (member_id, month) DO UPDATE SET visits = visits + excluded.visits;"""


def _rewards_of_visit(sign: str) -> str:
    """Add or take out the reward rows of the visit NEW (a void, or its undoing)."""
    return f"""
    INSERT INTO report_days (day, issued, redeemed)
    SELECT substr(l.created_at, 1, 10),
           {sign}sum(CASE WHEN l.kind = 'complete' THEN l.delta ELSE 0 END),
           {sign}sum(CASE WHEN l.kind = 'redeem' THEN -l.delta ELSE 0 END)
    FROM ledger l
    WHERE l.visit_id = NEW.id AND l.account = 'rewards' AND l.kind IN ('complete', 'redeem')
    GROUP BY 1
    ON CONFLICT (day) DO UPDATE SET issued = issued + excluded.issued,
                                    redeemed = redeemed + excluded.redeemed;
    INSERT INTO report_member_months (member_id, month, completed)
    SELECT l.member_id, substr(l.created_at, 1, 7), {sign}count(*)
    FROM ledger l
    WHERE l.visit_id = NEW.id AND l.account = 'rewards' AND l.kind = 'complete'
    GROUP BY 1, 2
    ON CONFLICT (member_id, month) DO UPDATE SET completed = completed + excluded.completed;"""


TRIGGERS = {
    "report_visit_insert": f"""
CREATE TRIGGER report_visit_insert AFTER INSERT ON visits
WHEN NEW.member_id IS NOT NULL
BEGIN {_visit_part("NEW", "+")}
END""",
    # Only status and refunded may change (guards.visits_fixed); the trigger does not
    # rely on it: the old row's part goes out, the new row's part comes in.
    "report_visit_update": f"""
CREATE TRIGGER report_visit_update
AFTER UPDATE OF member_id, created_at, status, charged, refunded ON visits
BEGIN {_visit_part("OLD", "-")} {_visit_part("NEW", "+")}
END""",
    "report_visit_voided": f"""
CREATE TRIGGER report_visit_voided AFTER UPDATE OF status ON visits
WHEN NEW.status = 'voided' AND OLD.status <> 'voided'
BEGIN {_rewards_of_visit("-")}
END""",
    "report_visit_unvoided": f"""
CREATE TRIGGER report_visit_unvoided AFTER UPDATE OF status ON visits
WHEN OLD.status = 'voided' AND NEW.status <> 'voided'
BEGIN {_rewards_of_visit("+")}
END""",
    "report_ledger_insert": """
CREATE TRIGGER report_ledger_insert AFTER INSERT ON ledger
WHEN NEW.account = 'rewards' AND NEW.kind IN ('complete', 'redeem')
     AND coalesce((SELECT status FROM visits WHERE id = NEW.visit_id), '') <> 'voided'
BEGIN
    INSERT INTO report_days (day, issued, redeemed)
    VALUES (substr(NEW.created_at, 1, 10),
            CASE WHEN NEW.kind = 'complete' THEN NEW.delta ELSE 0 END,
            CASE WHEN NEW.kind = 'redeem' THEN -NEW.delta ELSE 0 END)
    ON CONFLICT (day) DO UPDATE SET issued = issued + excluded.issued,
                                    redeemed = redeemed + excluded.redeemed;
    INSERT INTO report_member_months (member_id, month, completed)
    SELECT NEW.member_id, substr(NEW.created_at, 1, 7), 1 WHERE NEW.kind = 'complete'
    ON CONFLICT (member_id, month) DO UPDATE SET completed = completed + 1;
END""",
}

# What the tables hold, recomputed from the rows: the migration's bulk fill and the
# check's comparison are the same statements. Rows that add up to nothing are left out
# (a void can bring a bucket back to zero; its row stays). ``since``: only the rows
# from that instant on (a UTC day's or month's start), for a check of the recent part.


def days_from_rows(since: bool = False) -> str:
    """``(day, visits, sales, issued, redeemed)`` recomputed (``:since`` if ``since``)."""
    v_since = "AND v.created_at >= :since" if since else ""
    l_since = "AND l.created_at >= :since" if since else ""
    return f"""
SELECT day, sum(visits) AS visits, sum(sales) AS sales, sum(issued) AS issued,
       sum(redeemed) AS redeemed
FROM (
    SELECT substr(v.created_at, 1, 10) AS day, sum({counted("v")}) AS visits,
           sum({_sales("v")}) AS sales, 0 AS issued, 0 AS redeemed
    FROM visits v WHERE v.member_id IS NOT NULL {v_since} GROUP BY 1
    UNION ALL
    SELECT substr(l.created_at, 1, 10), 0, 0,
           sum(CASE WHEN l.kind = 'complete' THEN l.delta ELSE 0 END),
           sum(CASE WHEN l.kind = 'redeem' THEN -l.delta ELSE 0 END)
    FROM ledger l LEFT JOIN visits v ON v.id = l.visit_id
    WHERE l.account = 'rewards' AND l.kind IN ('complete', 'redeem') {l_since}
          AND (v.id IS NULL OR v.status <> 'voided')
    GROUP BY 1
)
GROUP BY day
HAVING sum(visits) <> 0 OR sum(sales) <> 0 OR sum(issued) <> 0 OR sum(redeemed) <> 0
"""


def months_from_rows(since: bool = False) -> str:
    """``(member_id, month, visits, completed)`` recomputed (``:since`` if ``since``)."""
    v_since = "AND v.created_at >= :since" if since else ""
    l_since = "AND l.created_at >= :since" if since else ""
    return f"""
SELECT member_id, month, sum(visits) AS visits, sum(completed) AS completed
FROM (
    SELECT v.member_id, substr(v.created_at, 1, 7) AS month, count(*) AS visits,
           0 AS completed
    FROM visits v WHERE v.member_id IS NOT NULL AND {counted("v")} {v_since} GROUP BY 1, 2
    UNION ALL
    SELECT l.member_id, substr(l.created_at, 1, 7), 0, count(*)
    FROM ledger l LEFT JOIN visits v ON v.id = l.visit_id
    WHERE l.account = 'rewards' AND l.kind = 'complete' {l_since}
          AND (v.id IS NULL OR v.status <> 'voided')
    GROUP BY 1, 2
)
GROUP BY member_id, month
HAVING sum(visits) <> 0 OR sum(completed) <> 0
"""


def differences(db: Database, since: str | None, limit: int) -> list[tuple[str, str, int | None]]:
    """Summary rows that differ from a recomputation: ``("day", day, None)`` or
    ``("month", month, member_id)``, at most ``limit`` of each. ``since`` (a UTC
    instant at a day's start): only the days from then on, and no member months (a
    month's recomputation reads the whole month's rows: 0.4 s at 10 M ledger rows)."""
    params: dict[str, object] = {"limit": limit}
    days_have = "FROM report_days WHERE (visits <> 0 OR sales <> 0 OR issued <> 0 OR redeemed <> 0)"
    months_have = "FROM report_member_months WHERE (visits <> 0 OR completed <> 0)"
    if since is not None:
        params.update(since=since, day=since[:10])
        days_have += " AND day >= :day"
    days = f"""
        WITH want AS ({days_from_rows(since is not None)}),
             have AS (SELECT day, visits, sales, issued, redeemed {days_have})
        SELECT day FROM (SELECT * FROM want EXCEPT SELECT * FROM have)
        UNION SELECT day FROM (SELECT * FROM have EXCEPT SELECT * FROM want)
        ORDER BY 1 LIMIT :limit"""
    months = f"""
        WITH want AS ({months_from_rows(since is not None)}),
             have AS (SELECT member_id, month, visits, completed {months_have})
        SELECT month, member_id FROM (SELECT * FROM want EXCEPT SELECT * FROM have)
        UNION SELECT month, member_id FROM (SELECT * FROM have EXCEPT SELECT * FROM want)
        ORDER BY 1, 2 LIMIT :limit"""
    out: list[tuple[str, str, int | None]] = [
        ("day", day, None) for (day,) in db.execute(days, params).fetchall()
    ]
    if since is None:
        out += [("month", month, mid) for month, mid in db.execute(months, params).fetchall()]
    return out


def fill(db: Database) -> None:
    """Recompute both tables from the rows in bulk (one ``INSERT … SELECT`` each)."""
    db.execute("DELETE FROM report_days")
    db.execute("DELETE FROM report_member_months")
    db.execute(f"INSERT INTO report_days (day, visits, sales, issued, redeemed) {days_from_rows()}")
    db.execute(
        "INSERT INTO report_member_months (member_id, month, visits, completed) "
        + months_from_rows()
    )


def create_triggers(db: Database) -> None:
    for sql in TRIGGERS.values():
        db.execute(sql)


def drop_triggers(db: Database) -> None:
    """For a bulk writer that fills the tables itself afterwards (``fill``)."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")


def m015_report_totals(db: Database) -> None:
    """Create the summary tables and their triggers, and fill them for an existing shop."""
    db.executescript(TABLES)
    fill(db)
    for statement in INDEXES.split(";"):
        if statement.strip():
            db.execute(statement)
    create_triggers(db)
