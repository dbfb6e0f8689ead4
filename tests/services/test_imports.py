"""Member import through the service, on a real file: preview, all or nothing, balances."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.member_import import BrokenRow
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PassProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services import imports as imports_module
from loyalty_pos.services.imports import ImportRefused

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

GOOD = (
    "Név;Telefon;E-mail;Születésnap;Kártya;Megjegyzés;Hírlevél;Coffee;Points;Cashback\n"
    "Kovács Anna;+36 30 111 2222;anna@example.hu;1985.03.12.;{card};zabtej;igen;12;100;1 500\n"
    "Nguyễn Văn Đức;0901234567;duc@example.vn;02/01/1990;LV-17;;nem;3;;\n"
    "Kari Ødegård;+47 912 34 567;;;;;;;;\n"
)
CARD = make_card_number("29", 777)


@pytest.fixture
def schemes(services: Services, coffee: StampProgram) -> dict:
    s = services.schemes
    return {
        "coffee": coffee,
        "points": s.add_points(PointsProgram(0, "Points", 1, 100, expiry_days=30)),
        "credit": s.add_credit(CreditProgram(0, "Cashback", 500)),
        "wash": s.add_pass(PassProgram(0, "Wash", 5, 10000)),
    }


def counts(services: Services) -> tuple:
    return tuple(
        services.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("members", "cards", "ledger", "balances", "members_fts")
    )


def data(text: str = GOOD, card: str = CARD) -> bytes:
    return text.replace("{card}", card).encode("utf-8-sig")


def test_preview_lists_every_row_and_writes_nothing(services, schemes) -> None:
    before = counts(services)
    preview = services.imports.preview(data(), "list.csv")
    assert counts(services) == before
    assert (preview.encoding, preview.delimiter, preview.ok) == ("utf-8-sig", ";", True)
    assert [r.line for r in preview.valid] == [2, 3, 4]
    assert preview.valid[0].card == CARD
    assert preview.valid[1].old_card == "LV-17"


def test_import_creates_members_cards_and_opening_balances(services, schemes) -> None:
    result = services.imports.run(data(), "list.csv")
    assert result.created == 3 and result.skipped == [] and result.ledger_rows == 5
    anna = services.members.lookup(CARD)
    assert (anna.name, anna.phone, anna.email, anna.birthday) == (
        "Kovács Anna",
        "+36301112222",
        "anna@example.hu",
        "1985-03-12",
    )
    assert anna.marketing_consent and anna.notes == "zabtej"
    held = services.members.ledger.balances(anna.id)
    coffee, points, credit = (schemes[k].id for k in ("coffee", "points", "credit"))
    assert held[(coffee, Account.STAMPS)] == 2  # 12 stamps on a card of 10
    assert held[(coffee, Account.REWARDS)] == 1
    assert held[(points, Account.POINTS)] == 100
    assert held[(credit, Account.CREDIT)] == 1500
    rows = services.db.execute(
        "SELECT kind, note, visit_id FROM ledger WHERE member_id = ?", [anna.id]
    ).fetchall()
    assert set(rows) == {("adjust", "imported (list.csv)", None)}
    assert services.maintenance.check().ok

    duc = services.members.view(result.member_ids[1])
    assert duc.card_number and duc.card_number != "LV-17"
    assert duc.notes == "Old card: LV-17"
    assert services.members.search("duc")[0].id == duc.id  # in the search index
    assert services.members.search("odegard")[0].name == "Kari Ødegård"


def test_imported_balances_do_not_expire(services, schemes, clock) -> None:
    services.imports.run(data())
    clock.advance(days=400)  # points expire after 30 days when earned at a visit
    anna = services.members.lookup(CARD)
    assert services.members.ledger.balances(anna.id)[(schemes["points"].id, Account.POINTS)] == 100


def test_a_broken_row_refuses_the_whole_file_with_its_line(services, schemes) -> None:
    text = GOOD + "Rossz Sor;12;nem-email;31.02.1990;;;;;;\n"
    before = counts(services)
    with pytest.raises(ImportRefused) as caught:
        services.imports.run(data(text), "list.csv")
    assert counts(services) == before
    (broken,) = caught.value.preview.broken
    assert broken.line == 5 and len(broken.problems) == 3
    assert "line 5" in str(caught.value)


def test_skip_broken_imports_the_good_rows_only(services, schemes) -> None:
    text = GOOD + "Rossz Sor;12;;;;;;;;\n"
    result = services.imports.run(data(text), skip_broken=True)
    assert result.created == 3 and result.skipped == [5]
    assert services.members.count() == 3


def test_a_file_with_only_broken_rows_imports_nothing_even_when_skipping(services) -> None:
    with pytest.raises(UserError, match="No row"):
        services.imports.run(b"name;phone\n;123\n", skip_broken=True)
    assert services.members.count() == 0


def test_duplicates_of_members_the_shop_has(services, schemes, member) -> None:
    text = (
        "name;phone;email;card\n"
        "Éva again;+36 30 123 4567;;\n"  # the member fixture's phone
        "Éva twice;;EVA@example.hu;\n"
        f"Somebody;;;{member.card_number}\n"
        "New Person;+36 30 999 8888;new@example.hu;\n"
    )
    preview = services.imports.preview(text.encode())
    said = {r.line: [str(p) for p in r.problems] for r in preview.broken}
    assert said == {
        2: [f"Kovács Éva (card {member.card_number}) already has the phone number +36301234567."],
        3: [f"Kovács Éva (card {member.card_number}) already has the e-mail eva@example.hu."],
        4: [f"Card {member.card_number} already belongs to Kovács Éva."],
    }
    assert [r.name for r in preview.valid] == ["New Person"]


def test_importing_the_same_file_twice_is_refused(services, schemes) -> None:
    services.imports.run(data())
    before = counts(services)
    with pytest.raises(ImportRefused):
        services.imports.run(data())
    assert counts(services) == before


def test_a_gift_card_number_is_not_a_member_card(services, schemes) -> None:
    gift = services.gift_cards.issue(5000)
    preview = services.imports.preview(f"name,card\nAnna,{gift.code}\n".encode())
    assert "gift card or coupon" in str(preview.broken[0].problems[0])


def test_a_blank_card_of_the_shop_is_handed_to_the_imported_member(services) -> None:
    blank = services.cards.reserve_blank(1)[0].card_number
    services.imports.run(f"name,card\nAnna,{blank}\n".encode())
    assert services.members.lookup(blank).name == "Anna"


def test_new_numbers_never_take_a_number_a_later_row_keeps(services, monkeypatch) -> None:
    kept = make_card_number("29", 1)
    other = make_card_number("29", 2)
    numbers = iter([kept, other])
    monkeypatch.setattr(imports_module, "random_card_number", lambda prefix, _r: next(numbers))
    services.imports.run(f"name,card\nFirst,\nSecond,{kept}\n".encode())
    assert services.members.lookup(kept).name == "Second"
    assert services.members.lookup(other).name == "First"


def test_member_since_and_blocked_are_kept(services) -> None:
    result = services.imports.run(b"name;member since;blocked\nAnna;2019.05.01.;igen\n")
    view = services.members.view(result.member_ids[0])
    assert view.blocked
    assert view.member_since.date().isoformat() == "2019-05-01"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        (b"phone;email\n123;a@b.hu\n", "no name column"),
        (b"name;stamps:Tea\nAnna;3\n", "does not have"),
        (b"PK\x03\x04xx", "workbook"),
        (b"", "empty"),
    ],
)
def test_a_file_that_cannot_be_imported_at_all(services, coffee, text, says) -> None:
    before = counts(services)
    with pytest.raises(UserError, match=says):
        services.imports.run(text)
    with pytest.raises(UserError, match=says):
        services.imports.preview(text)
    assert counts(services) == before


def test_a_missing_file_is_a_clear_error(services, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="There is no file"):
        services.imports.preview_file(tmp_path / "nope.csv")


def test_the_shops_language_picks_the_code_page(services) -> None:
    text = "name\nKovács Éva\n".encode("cp1250")
    assert services.imports.preview(text).encoding == "cp1252"
    services.settings.set("language", "hu")
    assert services.imports.preview(text).encoding == "cp1250"


def test_a_failure_half_way_leaves_nothing(services, schemes, monkeypatch) -> None:
    """The last step fails after writing every member: all of it is rolled back (the
    import used to fail in ``LedgerStore.append``; it now writes its ledger in bulk)."""
    before = counts(services)
    real = services.imports.staging.move

    def flaky(*args, **kwargs):
        moved = real(*args, **kwargs)
        assert counts(services)[0] == before[0] + 3  # written, not yet committed
        assert moved.member_ids
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(services.imports.staging, "move", flaky)
    with pytest.raises(sqlite3.OperationalError):
        services.imports.run(data())
    assert counts(services) == before


def test_preview_rows_keep_their_order(services) -> None:
    preview = services.imports.preview(b"name;phone\nA;1\nB;+3630111222\nC;2\n")
    assert [r.line for r in preview.rows] == [2, 3, 4]
    assert [isinstance(r, BrokenRow) for r in preview.rows] == [True, False, True]


def test_an_imported_member_enrolled_at_the_counter_later_is_a_duplicate(services) -> None:
    services.imports.run(b"name;phone\nAnna;+36 30 111 2222\n")
    with pytest.raises(UserError):
        services.members.enroll(MemberInput("Anna B", phone="+36 (30) 111-2222"))


def test_the_search_row_is_the_one_reindex_writes(services, schemes) -> None:
    result = services.imports.run(data())

    def terms(member_id: int) -> str:
        sql = "SELECT terms FROM members_fts WHERE rowid = ?"
        return services.db.execute(sql, [member_id]).fetchone()[0]

    for member_id in result.member_ids:
        written = terms(member_id)
        services.members.members.reindex(member_id)
        assert terms(member_id) == written and written
