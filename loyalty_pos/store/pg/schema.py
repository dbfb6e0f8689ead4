"""The shop's schema on PostgreSQL, made from the same numbered migrations as SQLite's.

There is one schema, written once: the migrations in ``store/migrations.py``. To set up
a server, the migrations run on an empty in-memory SQLite database and the result is
said in PostgreSQL's words, table by table, index by index, trigger by trigger:

- a rowid key (``INTEGER PRIMARY KEY``) becomes an identity column, every ``INTEGER``
  a ``BIGINT`` (SQLite's integers are 64-bit; a VND shop's sums need it), ``COLLATE
  NOCASE`` an ICU collation of that name that ignores case, ``REFERENCES`` a foreign
  key checked at commit (as the migrations' own checks did); tables are created in the
  order their references need;
- each trigger becomes a PL/pgSQL function with the same body, commented with the
  SQLite original and a fingerprint of its code: ``sqlite_master`` shows the original
  while the code is unchanged and the trigger enabled, so the guard checks
  (``store/guards.py``) compare the same text on both engines; ``RAISE(ABORT, …)`` is
  ``RAISE EXCEPTION`` with the same words, so a guard refuses in the same sentence; a
  ``WHEN`` moves inside (PostgreSQL allows no sub-query there);
- the FTS5 name index becomes a table of the same folded terms with a trigram index
  (``pg_trgm``), searched by word prefix (``store/member_search.py``);
- a few functions SQLite has built in and PostgreSQL has not (two-argument ``max`` and
  ``min``, ``strftime`` for months, the ``+(condition)`` of the report triggers) and the
  ``sqlite_master`` catalogue view are defined, so the stores' SQL runs unchanged.

The applied migrations are recorded in ``_sqlite_migrations`` as on SQLite; a server
whose list is behind the app's is refused with a message (``ServerBehind``): moving a
server's schema forward is ``admin migrate-to``'s job for a later version.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import UTC, datetime

from ...domain.errors import ERRORS, QT_TRANSLATE_NOOP
from ...l10n import translate as tr
from . import notes as pg_notes
from .connection import PgDatabase, split_script
from .sql import _rewrite_code

SKIPPED = re.compile(r"^(sqlite_|members_fts)")

COMPAT = r"""
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2',
    deterministic = false);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION lp_num(boolean) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 THEN 1 ELSE 0 END::bigint $$;
CREATE OR REPLACE FUNCTION lp_num(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 $$;
CREATE OR REPLACE FUNCTION lp_num(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 $$;
CREATE OR REPLACE FUNCTION max(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT GREATEST($1, $2) $$;
CREATE OR REPLACE FUNCTION min(bigint, bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT LEAST($1, $2) $$;
CREATE OR REPLACE FUNCTION max(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT GREATEST($1, $2) $$;
CREATE OR REPLACE FUNCTION min(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT LEAST($1, $2) $$;
CREATE OR REPLACE FUNCTION lp_sum_bool(bigint, boolean) RETURNS bigint LANGUAGE sql
    IMMUTABLE AS $$ SELECT CASE WHEN $2 IS NULL THEN $1
                           ELSE coalesce($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END END $$;
CREATE OR REPLACE AGGREGATE sum(boolean) (SFUNC = lp_sum_bool, STYPE = bigint);
CREATE OR REPLACE FUNCTION lp_bool_minus(boolean, boolean) RETURNS bigint LANGUAGE sql
    IMMUTABLE AS $$ SELECT lp_num($1) - lp_num($2) $$;
CREATE OR REPLACE FUNCTION lp_bool_plus(boolean, boolean) RETURNS bigint LANGUAGE sql
    IMMUTABLE AS $$ SELECT lp_num($1) + lp_num($2) $$;
CREATE OPERATOR - (LEFTARG = boolean, RIGHTARG = boolean, FUNCTION = lp_bool_minus);
CREATE OPERATOR + (LEFTARG = boolean, RIGHTARG = boolean, FUNCTION = lp_bool_plus);
CREATE OR REPLACE FUNCTION iif(boolean, anycompatible, anycompatible) RETURNS anycompatible
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 THEN $2 ELSE $3 END $$;
CREATE OR REPLACE FUNCTION strftime(fmt text, at text, shift text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(replace(substr(at, 1, 19), 'T', ' ')::timestamp + shift::interval,
                   replace(replace(replace(fmt, '%Y', 'YYYY'), '%m', 'MM'), '%d', 'DD')) $$;
CREATE OR REPLACE FUNCTION strftime(fmt text, at text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT strftime(fmt, at, '0 seconds') $$;
CREATE OR REPLACE FUNCTION json_each(j text) RETURNS TABLE (value bigint) LANGUAGE sql
    IMMUTABLE AS $$ SELECT e::bigint FROM json_array_elements_text(j::json) e $$;
CREATE TABLE members_fts (rowid BIGINT PRIMARY KEY, terms TEXT NOT NULL);
CREATE INDEX members_fts_terms ON members_fts USING gin ((' ' || terms || ' ') gin_trgm_ops);
CREATE VIEW sqlite_master AS
    SELECT 'table'::text AS type, c.relname::text AS name, c.relname::text AS tbl_name,
           NULL::text AS sql
      FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
    UNION ALL
    SELECT 'index', i.indexname::text, i.tablename::text, i.indexdef
      FROM pg_indexes i WHERE i.schemaname = current_schema()
    UNION ALL
    SELECT 'trigger', t.tgname::text, c.relname::text,
           CASE WHEN t.tgenabled <> 'D'
                 AND md5(p.prosrc) = split_part(obj_description(p.oid, 'pg_proc'), ' ', 1)
                THEN substr(obj_description(p.oid, 'pg_proc'), 34)
                ELSE pg_get_triggerdef(t.oid) END
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
     WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace;
CREATE VIEW sqlite_temp_master AS
    SELECT 'table'::text AS type, c.relname::text AS name, c.relname::text AS tbl_name,
           NULL::text AS sql
      FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind = 'r';
"""


class ServerBehind(Exception):
    """The server's shop was set up by an older version of the app."""

    TEXT = QT_TRANSLATE_NOOP(
        ERRORS,
        "The shop on the server is at an older version ({missing} missing). "
        "Update it from the till that set it up, or ask for help.",
    )

    def __init__(self, missing: list[str]) -> None:
        super().__init__(tr(ERRORS, self.TEXT).format(missing=", ".join(missing)))


def template() -> sqlite3.Connection:
    """An empty shop at the newest migration, in memory: the schema to translate."""
    from ..database import connect, migrate

    db = connect(":memory:")
    migrate(db)
    return db.conn


def _references(sql: str) -> set[str]:
    return {m.lower() for m in re.findall(r"REFERENCES\s+\"?(\w+)", sql, re.IGNORECASE)}


def table_ddl(sql: str) -> str:
    """One ``CREATE TABLE`` in PostgreSQL's words (see the module)."""
    rowid_table = not re.search(r"WITHOUT\s+ROWID", sql, re.IGNORECASE)
    sql = re.sub(r"\)\s*WITHOUT\s+ROWID\s*$", ")", sql.strip(), flags=re.IGNORECASE)
    if rowid_table:
        sql = re.sub(
            r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?",
            "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            sql,
            flags=re.IGNORECASE,
        )
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql, flags=re.IGNORECASE)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql, flags=re.IGNORECASE)
    sql = re.sub(r"\bBLOB\b", "BYTEA", sql, flags=re.IGNORECASE)
    sql = re.sub(
        r"(REFERENCES\s+\"?\w+\"?\s*\([^)]*\)"
        r"(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:CASCADE|RESTRICT|SET\s+NULL|SET\s+DEFAULT|NO\s+ACTION))*)",
        r"\1 DEFERRABLE INITIALLY DEFERRED",
        sql,
        flags=re.IGNORECASE,
    )  # fmt: skip
    return _code(sql)


def _code(sql: str) -> str:
    """``_rewrite_code`` outside string literals."""
    parts = re.split(r"('(?:[^']|'')*')", sql)
    return "".join(p if i % 2 else _rewrite_code(p) for i, p in enumerate(parts))


def index_ddl(sql: str) -> str:
    return _code(sql)


_TRIGGER = re.compile(
    r"CREATE\s+TRIGGER\s+(?P<name>\w+)\s+(?P<when>BEFORE|AFTER)\s+(?P<op>INSERT|UPDATE|DELETE)"
    r"(?P<of>\s+OF\s+[\w\s,]+?)?\s+ON\s+(?P<table>\w+)\s*(?:WHEN\s+(?P<cond>.*?))?"
    r"\s*BEGIN\s+(?P<body>.*)\bEND\s*$",
    re.IGNORECASE | re.DOTALL,
)
_RAISE = re.compile(r"^SELECT\s+RAISE\s*\(\s*ABORT\s*,\s*('(?:[^']|'')*')\s*\)$", re.IGNORECASE)


def trigger_ddl(sql: str) -> list[str]:
    """A SQLite trigger as a PL/pgSQL function and a trigger (see the module)."""
    m = _TRIGGER.match(sql.strip())
    if m is None:
        raise ValueError(f"trigger not understood: {sql[:80]}")
    name, table = m.group("name"), m.group("table")
    body = []
    for statement in split_script(m.group("body")):
        raise_ = _RAISE.match(statement.strip())
        if raise_:
            body.append(f"RAISE EXCEPTION {raise_.group(1)} USING ERRCODE = 'restrict_violation'")
        else:
            target = re.match(r"\s*INSERT\s+INTO\s+(\w+)", statement, re.IGNORECASE)
            if target:  # the upsert's own row, named (the trigger's table may share a name)
                statement = re.sub(r"\b(\w+) = \1 \+", rf"\1 = {target.group(1)}.\1 +", statement)
            statement = re.sub(r"(?<![\w)])\+\(", "lp_num(", statement)
            statement = re.sub(r"(?<![\w)])-\(", "-lp_num(", statement)
            body.append(_code(statement))
    code = ";\n    ".join(body) + ";"
    if m.group("cond"):
        code = f"IF {_code(m.group('cond').strip())} THEN\n    {code}\n  END IF;"
    op = m.group("op").upper()
    ret = "NULL" if m.group("when").upper() == "AFTER" else ("OLD" if op == "DELETE" else "NEW")
    of = m.group("of") or ""
    source = f"\nBEGIN\n  {code}\n  RETURN {ret};\nEND "
    mark = hashlib.md5(source.encode()).hexdigest()
    original = sql.strip().replace("'", "''")
    return [
        f"CREATE FUNCTION trg_{name}() RETURNS trigger LANGUAGE plpgsql AS $${source}$$",
        f"COMMENT ON FUNCTION trg_{name}() IS '{mark} {original}'",
        f"CREATE TRIGGER {name} {m.group('when').upper()} {op}{of} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION trg_{name}()",
    ]


def statements(conn: sqlite3.Connection) -> list[str]:
    """The whole schema, in the order PostgreSQL needs (tables by their references)."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    tables = {n.lower(): s for t, n, _, s in rows if t == "table" and not SKIPPED.match(n)}
    ordered: list[str] = []

    def visit(name: str, seen: tuple[str, ...] = ()) -> None:
        if name in ordered or name not in tables or name in seen:
            return
        for ref in _references(tables[name]) - {name}:
            visit(ref, (*seen, name))
        ordered.append(name)

    for name in tables:
        visit(name)
    out = [table_ddl(tables[n]) for n in ordered]
    out += [index_ddl(s) for t, n, tbl, s in rows if t == "index" and not SKIPPED.match(tbl)]
    for t, _, tbl, s in rows:
        if t == "trigger" and not SKIPPED.match(tbl):
            out += trigger_ddl(s)
    return out


def seed_rows(conn: sqlite3.Connection) -> list[tuple[str, list[str], list[tuple]]]:
    """The rows the migrations themselves write (the system staff, default settings,
    the chain's genesis), table by table in reference order, to copy to the server."""
    out = []
    tables = [
        n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not SKIPPED.match(n) and n != "_sqlite_migrations"
    ]  # fmt: skip
    for statement in statements(conn):
        m = re.match(r"CREATE TABLE \"?(\w+)\"?", statement)
        if not m or m.group(1) not in tables:
            continue
        cur = conn.execute(f'SELECT * FROM "{m.group(1)}"')
        values = cur.fetchall()
        if values:
            out.append((m.group(1), [d[0] for d in cur.description], values))
    return out


def _identity_keys(db: PgDatabase) -> dict[str, str]:
    rows = db.conn.raw.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ).fetchall()
    return {t: c for t, c in rows}


def till_defaults() -> list[str]:
    """Each tilled row takes the writing till's name from its session (m017)."""
    from ..schema_tills import TILLED

    return [
        f"ALTER TABLE {t} ALTER COLUMN till SET DEFAULT "
        "NULLIF(current_setting('loyalty.till', true), '')"
        for t in TILLED
    ]


def applied(db: PgDatabase) -> list[str] | None:
    """The migrations the server's shop has, or None for an empty database."""
    row = db.execute("SELECT to_regclass('_sqlite_migrations')").fetchone()
    if row is None or not row[0]:
        return None
    return [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY applied_at")]


def install(db: PgDatabase, *, seed: bool = True) -> None:
    """Create the shop on an empty database, in one transaction."""
    conn = db.conn
    conn.execute("BEGIN")
    try:
        create(db, seed=seed)
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
    conn.forget_keys()


def create(db: PgDatabase, *, seed: bool = True) -> None:
    """The schema, inside the caller's transaction. ``seed=False`` leaves out the rows
    the migrations write (the system staff, default settings, the chain's genesis):
    ``admin migrate-to`` copies a file's own rows instead (``store/pg/copy.py``) in
    the same transaction, so a failed copy leaves the database empty, not half a shop."""
    mem = template()
    try:
        names = [r[0] for r in mem.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        migration_set = mem.execute("SELECT migration_set FROM _sqlite_migrations").fetchone()[0]
        ddl = statements(mem)
        rows = seed_rows(mem) if seed else []
    finally:
        mem.close()
    conn = db.conn
    for statement in split_script(COMPAT):
        conn.raw.execute(statement)
    for statement in ddl + pg_notes.statements() + till_defaults():
        conn.raw.execute(statement)
    for table, columns, values in rows:
        marks = ", ".join(["%s"] * len(columns))
        listed = ", ".join(f'"{c}"' for c in columns)
        conn.raw.cursor().executemany(f"INSERT INTO {table} ({listed}) VALUES ({marks})", values)
    conn.execute("SET CONSTRAINTS ALL IMMEDIATE")
    for table, key in _identity_keys(db).items():
        conn.raw.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{key}'), "
            f"(SELECT COALESCE(MAX({key}), 0) + 1 FROM {table}), false)"
        )
    now = datetime.now(UTC).isoformat(sep=" ")
    conn.raw.cursor().executemany(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (%s, %s, %s)",
        [(migration_set, n, f"{now}#{i:04d}") for i, n in enumerate(names)],
    )


def ensure(db: PgDatabase) -> bool:
    """Set the shop up on an empty server database (True: it was made now); refuse
    one that is behind."""
    from ..migrations import MIGRATIONS

    have = applied(db)
    if have is None:
        install(db)
        return True
    missing = [m.name for m in MIGRATIONS._migrations if m.name not in set(have)]
    if missing:
        raise ServerBehind(missing)
    return False
