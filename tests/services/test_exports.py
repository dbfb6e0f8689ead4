"""CSV exports of members, visits and the ledger; the member file imports back."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import CreditProgram, Item, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def set_up(services: Services) -> dict:
    """Coffee card, points, cashback and a latte, the same in every shop of these tests."""
    coffee = services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100))
    s.add_credit(CreditProgram(0, "Cashback", 500))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    return {"coffee": coffee, "latte": latte}


@pytest.fixture
def shop(services: Services) -> dict:
    """Three members with visits: one blocked, one whose notes look like a formula."""
    ids = set_up(services)
    m = services.members
    eva = m.enroll(
        MemberInput(
            "Kovács Éva",
            phone="+36 30 123 4567",
            email="eva@example.hu",
            birthday="1985-03-12",
            marketing_consent=True,
            notes='=HYPERLINK("http://x")',
        )
    )
    duc = m.enroll(MemberInput("Nguyễn Văn Đức", phone="0901 234 567", notes="-allergic"))
    kari = m.enroll(MemberInput("@Kari Ødegård", email="kari@example.no"))
    for i in range(3):
        services.checkout.confirm(eva.id, Req(amount=3650, items={ids["latte"].id: 3}), f"e{i}")
    services.checkout.confirm(duc.id, Req(amount=1200, items={ids["latte"].id: 1}), "d")
    m.set_blocked(kari.id, True)
    return {"eva": eva, "duc": duc, "kari": kari, **ids}


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM for diacritics
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def people(services: Services) -> dict[str, tuple]:
    """Everything about each member that an export and import must carry, by name."""
    out = {}
    names = {p: n for p, n in services.db.execute("SELECT id, name FROM programs")}
    for (mid,) in services.db.execute("SELECT id FROM members").fetchall():
        row = services.members.row(mid)
        held = {
            (names[pid], str(acc)): n
            for (pid, acc), n in services.members.ledger.balances(mid).items()
            if n
        }
        out[row["name"]] = (
            row["card_number"],
            row["phone"],
            row["email"],
            row["birthday"],
            row["marketing_consent"],
            row["notes"],
            row["status"],
            held,
        )
    return out


def test_members_export_then_import_into_a_fresh_shop_gives_the_same_people(
    services, shop, tmp_path, clock
) -> None:
    path = tmp_path / "members.csv"
    result = services.exports.export("members", path)
    assert result.rows == 3
    fresh = Services.open(tmp_path / "fresh.sqlite3", clock=clock, staff_id=OWNER_STAFF)
    try:
        set_up(fresh)
        imported = fresh.imports.run_file(path)
        assert imported.created == 3 and imported.preview.valid[0].notices == ()
        before, after = people(services), people(fresh)
        assert after == before
        assert before["Kovács Éva"][7]  # balances were there to carry
        assert fresh.maintenance.check().ok
        # The fresh shop's own export is the same file but for the time of export.
        again = tmp_path / "again.csv"
        fresh.exports.export("members", again)
        first, second = read(path), read(again)
        drop = [first[0].index(h) for h in ("member since", "visits", "last visit")]
        trim = [[c for i, c in enumerate(r) if i not in drop] for r in first]
        assert trim == [[c for i, c in enumerate(r) if i not in drop] for r in second]
    finally:
        fresh.close()


def test_members_file_columns_and_balances(services, shop, tmp_path) -> None:
    path = tmp_path / "m.csv"
    services.exports.export("members", path)
    head, *rows = read(path)
    assert head[:8] == ["card", "name", "phone", "email", "birthday", "consent", "notes", "blocked"]
    assert head[12:] == ["stamps:Coffee", "rewards:Coffee", "points:Points", "credit:Cashback"]
    eva = dict(zip(head, rows[0], strict=True))
    assert eva["card"] == shop["eva"].card_number
    assert eva["visits"] == "3" and eva["consent"] == "yes" and eva["blocked"] == "no"
    held = services.members.ledger.balances(shop["eva"].id)
    assert eva["stamps:Coffee"] == str(held[(shop["coffee"].id, Account.STAMPS)])
    assert eva["rewards:Coffee"] == "0"
    assert int(eva["points:Points"]) == 108  # 3 × 3650 Ft at 1 point per 100
    credit = next(v for (pid, acc), v in held.items() if acc is Account.CREDIT)
    assert eva["credit:Cashback"] == str(credit)  # HUF: no decimals
    assert dict(zip(head, rows[2], strict=True))["blocked"] == "yes"


def test_cells_a_spreadsheet_would_run_are_neutralised(services, shop, tmp_path) -> None:
    # The tenth stamp completes the card: a ledger row of -10 stamps.
    services.checkout.confirm(shop["eva"].id, Req(amount=1200, items={shop["latte"].id: 1}), "x")
    path = tmp_path / "m.csv"
    services.exports.export("members", path)
    _, eva, duc, kari = read(path)
    assert eva[6] == '\'=HYPERLINK("http://x")'
    assert eva[2] == "'+36301234567"
    assert duc[6] == "'-allergic"
    assert kari[1] == "'@Kari Ødegård"
    ledger = tmp_path / "l.csv"
    services.exports.export("ledger", ledger)
    changes = [r[7] for r in read(ledger)[1:]]
    assert "-10" in changes  # numbers stay numbers
    assert not any(c.startswith("'") for c in changes)


def test_visits_export_has_the_money(services, shop, tmp_path) -> None:
    path = tmp_path / "v.csv"
    assert services.exports.export("visits", path).rows == 4
    head, first, *_ = read(path)
    visit = dict(zip(head, first, strict=True))
    assert visit["card"] == shop["eva"].card_number and visit["member"] == "Kovács Éva"
    assert (visit["currency"], visit["amount"], visit["charged"]) == ("HUF", "3650", "3650")
    assert visit["items"] == "3 × Latte"
    assert visit["status"] == "confirmed" and visit["time"] == "2026-03-10 09:30:00"


def test_ledger_export_shows_credit_in_the_currency(services, shop, tmp_path) -> None:
    services.settings.set("currency", "NOK")
    path = tmp_path / "l.csv"
    rows = services.exports.export("ledger", path).rows
    assert rows == services.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    head, *body = read(path)
    credit = [dict(zip(head, r, strict=True)) for r in body if r[5] == "credit"]
    assert credit and all(c["currency"] == "NOK" and "." in c["change"] for c in credit)


def test_an_export_that_cannot_be_written_leaves_the_old_file(services, shop, tmp_path) -> None:
    with pytest.raises(UserError, match="Cannot write"):
        services.exports.export("members", tmp_path / "missing-dir" / "m.csv")
    target = tmp_path / "m.csv"
    target.write_text("old")
    target.with_name("m.csv.part").mkdir()  # the temporary file cannot be made
    with pytest.raises(UserError, match="Cannot write"):
        services.exports.export("members", target)
    assert target.read_text() == "old"


def test_an_unknown_export_is_refused(services) -> None:
    with pytest.raises(UserError, match="members, visits or ledger"):
        services.exports.export("staff", Path("x.csv"))


@pytest.mark.sqlite_only
def test_exports_stream_from_a_cursor(services, shop) -> None:
    """Rows come from SQLite as they are read, never as one list of every member."""
    store = services.exports.store
    assert isinstance(store.members(store.balance_columns()), sqlite3.Cursor)
    assert isinstance(store.visits(), sqlite3.Cursor)
    assert isinstance(store.ledger(), sqlite3.Cursor)
