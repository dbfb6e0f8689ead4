"""The notes SQLite keeps with TEMP triggers, kept on PostgreSQL by ordinary triggers.

On SQLite the app's own connection makes TEMP triggers that note, in TEMP tables, the
rows it writes: ``chain_pending`` (rows to link into this till's chain,
``store/chain.py``) and ``change_notes`` (what a use case changed, for the screens,
``store/change_notes.py``). PostgreSQL has no TEMP triggers, so the server has one
trigger per table that writes into the session's TEMP table *if that session made one*
(the app does; ``psql`` does not, so its rows are not linked — as on SQLite, the check
then reports them). Each change is also announced with ``pg_notify`` on
:data:`CHANNEL`; PostgreSQL delivers it to the other tills when (and only if) the
transaction commits, which is how they hear of each other's writes.
"""

from __future__ import annotations

from ...domain.chain import CHAINED
from .. import scheme_version
from ..change_notes import NOTES

CHANNEL = "loyalty_changes"


def statements() -> list[str]:
    """The functions and triggers (part of ``pg/schema.install``)."""
    out = [
        "CREATE FUNCTION lp_chain_note() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        "  IF to_regclass('pg_temp.chain_pending') IS NOT NULL THEN\n"
        "    INSERT INTO pg_temp.chain_pending (tbl, row_id) VALUES (TG_TABLE_NAME, NEW.id);\n"
        "  END IF;\n  RETURN NULL;\nEND $$",
    ]
    out += [
        f"CREATE TRIGGER chain_note_{t} AFTER INSERT ON {t} "
        "FOR EACH ROW EXECUTE FUNCTION lp_chain_note()"
        for t in CHAINED
    ]
    out += [
        f"CREATE SEQUENCE {scheme_version.SEQUENCE}",
        "CREATE FUNCTION lp_scheme_written() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n  PERFORM nextval('{scheme_version.SEQUENCE}');\n  RETURN NULL;\nEND $$",
    ]
    out += [
        f"CREATE TRIGGER scheme_write_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} "
        "FOR EACH STATEMENT EXECUTE FUNCTION lp_scheme_written()"
        for t in scheme_version.TABLES
    ]
    for table, notes in NOTES.items():
        for event in ("INSERT", "UPDATE", "DELETE"):
            row = "OLD" if event == "DELETE" else "NEW"
            values = [
                (kind, "'0'" if column == "0" else f"{row}.{column}::text")
                for kind, column in notes
            ]
            inserts = "\n".join(
                f"    INSERT INTO pg_temp.change_notes (kind, id) VALUES ('{k}', {v}) "
                "ON CONFLICT DO NOTHING;"
                for k, v in values
            )
            notify = "\n".join(
                f"  PERFORM pg_notify('{CHANNEL}', '{k}:' || coalesce({v}, ''));" for k, v in values
            )
            name = f"change_note_{table}_{event.lower()}"
            out.append(
                f"CREATE FUNCTION lp_{name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                "BEGIN\n"
                "  IF to_regclass('pg_temp.change_notes') IS NOT NULL THEN\n"
                f"{inserts}\n  END IF;\n{notify}\n  RETURN NULL;\nEND $$"
            )
            out.append(
                f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION lp_{name}()"
            )
    return out
