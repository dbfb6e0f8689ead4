"""``ShopDatabase.query`` runs a plain SELECT without sqlite-utils' savepoint pair, and
gives the same rows; anything else still takes the library's guarded path."""

from __future__ import annotations

import pytest

from loyalty_pos.store.database import connect


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "shop.sqlite3")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO t (name) VALUES ('Kovács'), ('Ødegård')")
    yield db
    db.conn.close()


def test_a_select_runs_alone_and_gives_the_librarys_rows(db):
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    rows = list(db.query("SELECT id, name FROM t WHERE id > ? ORDER BY id", [0]))
    db.conn.set_trace_callback(None)
    assert rows == [{"id": 1, "name": "Kovács"}, {"id": 2, "name": "Ødegård"}]
    assert not any("SAVEPOINT" in s or "RELEASE" in s for s in seen), seen
    assert len(seen) == 1


def test_a_column_named_twice_is_named_as_the_library_names_it(db):
    assert list(db.query("SELECT a.name, b.name FROM t a JOIN t b ON b.id = a.id LIMIT 1")) == [
        {"name": "Kovács", "name_2": "Kovács"}
    ]


def test_a_statement_that_returns_no_rows_is_refused_and_undone(db):
    with pytest.raises(ValueError, match="returns rows"):
        db.query("  UPDATE t SET name = 'x'")
    assert [r["name"] for r in db.query("SELECT name FROM t ORDER BY id")] == ["Kovács", "Ødegård"]
