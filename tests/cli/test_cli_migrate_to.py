"""``admin --db SHOP.sqlite3 migrate-to postgresql://…``: a demo shop with gift cards,
coupons, refunds and voids moved to an empty server database, verified on both sides;
refusals (a database that is not empty, an unreachable or garbled address, a damaged
file) exit 2 with one line and change nothing; the file is never written."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from loyalty_pos.cli import main
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services import migrate_to as service
from loyalty_pos.store.pg import copy as pg_copy
from loyalty_pos.store.pg import figures
from loyalty_pos.store.pg.connection import PgConnection, PgDatabase
from tests import pg_support

_built: dict[str, bytes] = {}
_card: dict[str, str] = {}  # the demo member the build uses (the demo's cards vary by day)


def demo_card(path: Path) -> str:
    """An active card of an active demo member: the demo's numbers depend on the day it
    is made, so the test reads one from the shop instead of naming one."""
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute(
            "SELECT c.code FROM cards c JOIN members m ON m.id = c.member_id "
            "WHERE c.status = 'active' AND m.status = 'active' AND m.merged_into IS NULL "
            "AND m.erased_at IS NULL ORDER BY c.code LIMIT 1"
        ).fetchone()
    assert row is not None, "the demo has no active member"
    return str(row[0])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    """The demo, plus what the demo has none of: a gift card sold and paid with, a
    coupon used, a refund and a void."""
    db = str(path)

    def admin(*args: str) -> dict:
        code, out, err = run(capsys, "--db", db, "--json", *args)
        assert code == 0, err
        return json.loads(out)

    assert run(capsys, "--db", db, "demo")[0] == 0
    card = _card["card"] = demo_card(path)
    gift = admin("gift-cards", "issue", "--amount", "5000")["code"]
    admin("coupons", "add", "--name", "Five off", "--kind", "fixed", "--value", "500")
    coupon = admin("coupons", "issue", "Five off", "--member", card)["code"]
    paid = admin(
        "visit", card, "--amount", "3000", "--coupon", coupon,
        "--gift-card", gift, "--gift-amount", "1000",
    )  # fmt: skip
    assert paid["paid_gift"] == 1000 and paid["discount"] == 500
    admin("refund", str(paid["visit_id"]), "--amount", "1000", "--reason", "cold coffee")
    other = admin("visit", card, "--amount", "1200")
    admin("void", str(other["visit_id"]), "--reason", "wrong member")


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A copy of the demo shop (built once per session, copied for each test)."""
    path = tmp_path / "shop.sqlite3"
    if "bytes" not in _built:
        first = tmp_path / "built" / "shop.sqlite3"
        first.parent.mkdir()
        build(capsys, first)
        with closing(sqlite3.connect(first)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _built["bytes"] = first.read_bytes()
    path.write_bytes(_built["bytes"])
    return path


@pytest.fixture
def empty_url():
    server = pg_support.server()
    url = server.empty()
    yield url
    server.drop(url)


def server_db(url: str) -> PgDatabase:
    return PgDatabase(PgConnection(url))


def file_count(path: Path, table: str) -> int:
    with closing(pg_copy.open_read_only(path)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_demo_shop_moves_whole_and_the_file_is_untouched(shop, empty_url, capsys, monkeypatch):
    before = digest(shop)
    code, out, err = run(capsys, "--db", str(shop), "--json", "migrate-to", empty_url)
    assert code == 0, (out, err)
    doc = json.loads(out)
    assert doc["ok"] and doc["server_check"] == {"ok": True, "problems": []}
    assert doc["till"] == "main" and doc["branch"] == "main"
    checked = {c["what"]: c for c in doc["checks"]}
    assert all(c["same"] for c in doc["checks"]), [c for c in doc["checks"] if not c["same"]]
    for table in ("members", "visits", "refunds", "ledger", "gift_cards", "coupon_uses"):
        assert doc["tables"][table] == file_count(shop, table) > 0, table
        assert checked[f"rows {table}"]["server"] == str(file_count(shop, table))
    assert {"balances", "ledger", "gift cards", "chains", "dashboard"} <= set(checked)
    assert digest(shop) == before  # the file was only read

    with closing(pg_copy.open_read_only(shop)) as source:
        on_file = (figures.balances(source), figures.gift_cards(source))
        last_visit = int(source.execute("SELECT max(id) FROM visits").fetchone()[0])
        members = int(source.execute("SELECT count(*) FROM members").fetchone()[0])
    db = server_db(empty_url)
    try:
        assert (figures.balances(db), figures.gift_cards(db)) == on_file
        assert figures.tills(db, ("visits", "refunds", "ledger")) == dict.fromkeys(
            ("visits", "refunds", "ledger"), 0
        )
        assert figures.till_names(db) == ["main"] and figures.search_rows(db) == members
        seeded = db.execute("SELECT count(*) FROM staff WHERE id = 1").fetchone()[0]
        assert seeded == 1  # the file's system staff, not a second seed row
    finally:
        db.close()

    # a till on the server works at once, and its visit gets an id past the copied ones
    monkeypatch.setenv("LOYALTY_POS_TILL", "counter2")
    code, out, err = run(
        capsys, "--db", empty_url, "--json", "visit", _card["card"], "--amount", "2500"
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["visit_id"] == last_visit + 1
    on_server = Services.open(empty_url, staff_id=OWNER_STAFF, till="counter2")
    try:
        assert on_server.maintenance.check(full=True).problems == []
        assert on_server.members.search("Bjørnstad")  # the rebuilt search table finds her
    finally:
        on_server.close()
    assert digest(shop) == before


def test_text_output_and_a_second_move_into_the_same_database_is_refused(shop, empty_url, capsys):
    user = empty_url.partition("://")[2].partition("@")[0]
    with_password = empty_url.replace(f"://{user}@", f"://{user}:s3cret-word@", 1)
    code, out, err = run(capsys, "--db", str(shop), "migrate-to", with_password)
    assert code == 0, (out, err)
    assert "s3cret-word" not in out + err and ":***@" in out
    assert "DIFFERENT" not in out and "The server holds the same shop" in out
    assert "rows in visits" in out and "dashboard, whole history" in out

    db = server_db(empty_url)
    try:
        before = pg_support.dump(db)
    finally:
        db.close()
    code, out, err = run(capsys, "--db", str(shop), "--json", "migrate-to", empty_url)
    assert code == 2 and out == "" and "not empty" in err and len(err.splitlines()) == 1
    db = server_db(empty_url)
    try:
        assert pg_support.dump(db) == before
    finally:
        db.close()


def test_a_database_with_any_table_is_refused(shop, empty_url, capsys):
    db = server_db(empty_url)
    try:
        db.conn.raw.execute("CREATE TABLE notes (line text)")
        code, out, err = run(capsys, "--db", str(shop), "migrate-to", empty_url)
        assert code == 2 and out == "" and "not empty" in err and "notes" in err
        assert pg_copy.server_tables(db) == ["notes"]
    finally:
        db.close()


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://owner:pa55word@127.0.0.1:1/shop",  # nothing listens on port 1
        "postgresql://owner:pa55word@[garbage/shop?x=1",
        "postgresql://owner@127.0.0.1:1/shop?password=pa55word&connect_timeout=2",
    ],
)
def test_an_unreachable_or_garbled_server_is_refused_in_one_line(shop, capsys, url):
    before = digest(shop)
    code, out, err = run(capsys, "--db", str(shop), "--json", "migrate-to", url)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "cannot be reached" in err
    assert "pa55word" not in err and "Traceback" not in err
    assert digest(shop) == before


def test_not_a_server_address_and_a_server_as_source_are_refused(shop, empty_url, capsys):
    code, out, err = run(capsys, "--db", str(shop), "migrate-to", "shop2.sqlite3")
    assert code == 2 and out == "" and "postgresql://" in err
    server = pg_support.server()
    on_server = server.fresh()  # a shop already on a server has no file to move
    try:
        code, out, err = run(capsys, "--db", on_server, "migrate-to", empty_url)
        assert code == 2 and out == "" and "--db" in err and "file" in err
    finally:
        server.drop(on_server)
    db = server_db(empty_url)
    try:
        assert pg_copy.server_tables(db) == []
    finally:
        db.close()


def test_a_damaged_file_is_refused(shop, empty_url, capsys):
    with closing(sqlite3.connect(shop)) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits'")
        root = int(page.fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    data = bytearray(shop.read_bytes())
    for i in range(8, 40):
        data[(root - 1) * size + i] ^= 0xFF
    shop.write_bytes(bytes(data))
    before = digest(shop)
    code, out, err = run(capsys, "--db", str(shop), "migrate-to", empty_url)
    assert code == 2 and out == "" and "damaged" in err
    assert digest(shop) == before
    db = server_db(empty_url)
    try:
        assert pg_copy.server_tables(db) == []
    finally:
        db.close()


def test_a_copy_that_fails_half_way_leaves_the_database_empty(shop, empty_url, monkeypatch):
    def broken(target, source):
        raise sqlite3.OperationalError("the network dropped")

    monkeypatch.setattr(pg_copy, "_move_sequences", broken)
    services = Services.open(shop, staff_id=OWNER_STAFF)
    try:
        with pytest.raises(service.MigrationRefused, match="Nothing was written"):
            service.migrate_to(services, shop, empty_url, branch="main")
    finally:
        services.close()
    db = server_db(empty_url)
    try:
        assert pg_copy.server_tables(db) == []
    finally:
        db.close()


def test_a_check_that_cannot_finish_after_the_copy_exits_1_saying_so(
    shop, empty_url, capsys, monkeypatch
):
    def gone(services, url):
        raise sqlite3.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(service, "_server_side", gone)
    code, out, err = run(capsys, "--db", str(shop), "--json", "migrate-to", empty_url)
    doc = json.loads(out)
    assert code == 1 and not doc["ok"], err
    assert doc["server_check"]["problems"] == [
        "the check could not finish: server closed the connection unexpectedly"
    ]
