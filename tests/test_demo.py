"""The demo shop: believable, searchable, deterministic, and only for an empty file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain.cardnumber import is_card_number
from loyalty_pos.domain.clock import to_db
from loyalty_pos.domain.errors import Refused
from loyalty_pos.services import Services
from loyalty_pos.services.demo import DEMO_SHOP_NAME, populate_demo

TODAY = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One full demo shop (200 members) shared by the read-only tests below."""
    s = Services.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3", clock=lambda: TODAY)
    populate_demo(s, today=TODAY)
    yield s
    s.close()


def scalar(s: Services, sql: str) -> int:
    return s.db.execute(sql).fetchone()[0]


def test_two_hundred_members_each_with_a_valid_card(demo: Services) -> None:
    assert demo.members.members.count() == 200
    codes = [r[0] for r in demo.db.execute("SELECT code FROM cards WHERE status = 'active'")]
    assert len(codes) == len(set(codes)) == 200
    assert all(is_card_number(c) for c in codes)


def test_shop_name_and_both_programs(demo: Services) -> None:
    assert demo.settings.get("shop_name") == DEMO_SHOP_NAME
    coffee = demo.programs.by_name("Coffee card")
    pastry = demo.programs.by_name("Pastry card")
    assert (coffee.stamps_needed, coffee.reward_text, coffee.per_day_limit) == (
        10,
        "Free coffee",
        5,
    )
    assert (pastry.stamps_needed, pastry.reward_text, pastry.expiry_days) == (
        8,
        "Free croissant",
        180,
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("duc", "Nguyễn Văn Đức"),
        ("odegard", "Kari Ødegård"),
        ("kovacs eva", "Kovács Éva"),
        ("ase bjorn", "Åse Bjørnstad"),
        ("huong", "Trần Thị Hương"),
        ("szucs", "Szűcs Lőrinc"),
        ("aenes", "Sigrid Ænes"),
    ],
)
def test_names_are_found_without_diacritics(demo: Services, typed: str, expected: str) -> None:
    assert expected in [h.name for h in demo.members.search(typed, limit=200)]


def test_names_use_the_letters_search_must_cope_with(demo: Services) -> None:
    everyone = "".join(r[0] for r in demo.db.execute("SELECT name FROM members"))
    for letter in "ĐØøÆæÅåőűÉé":
        assert letter in everyone, letter


def test_contacts_are_mixed(demo: Services) -> None:
    assert scalar(demo, "SELECT COUNT(*) FROM members WHERE phone LIKE '+36%'") > 10
    assert scalar(demo, "SELECT COUNT(*) FROM members WHERE phone LIKE '+84%'") > 10
    assert scalar(demo, "SELECT COUNT(*) FROM members WHERE phone LIKE '+47%'") > 10
    assert 0 < scalar(demo, "SELECT COUNT(email) FROM members") < 200
    assert 0 < scalar(demo, "SELECT COUNT(birthday) FROM members") < 200
    assert 0 < scalar(demo, "SELECT SUM(marketing_consent) FROM members") < 200
    assert scalar(demo, "SELECT COUNT(*) FROM members WHERE notes LIKE '%oat milk%'") >= 1


def test_cards_in_every_state(demo: Services) -> None:
    ready = scalar(demo, "SELECT COUNT(*) FROM balances WHERE account = 'rewards' AND value > 0")
    nearly_full = scalar(
        demo,
        "SELECT COUNT(*) FROM balances b JOIN programs p ON p.id = b.program_id "
        "WHERE b.account = 'stamps' AND b.value >= p.stamps_needed - 2",
    )
    redeemed = scalar(demo, "SELECT COUNT(*) FROM ledger WHERE kind = 'redeem'")
    voided = scalar(demo, "SELECT COUNT(*) FROM visits WHERE status = 'voided'")
    assert ready >= 1
    assert nearly_full >= 1
    assert redeemed >= 1
    assert 2 <= voided <= 5


def test_a_member_with_a_reward_ready_shows_it(demo: Services) -> None:
    member_id = scalar(
        demo, "SELECT member_id FROM balances WHERE account = 'rewards' AND value > 0 LIMIT 1"
    )
    assert demo.members.open(member_id).rewards_ready >= 1


def test_history_spans_months_before_today(demo: Services) -> None:
    first, last = demo.db.execute("SELECT MIN(created_at), MAX(created_at) FROM visits").fetchone()
    assert last < to_db(TODAY)
    assert (datetime.fromisoformat(last) - datetime.fromisoformat(first)).days >= 90
    # Members sign up before (or at) their first visit, spread over the months.
    late = scalar(
        demo,
        "SELECT COUNT(*) FROM members m WHERE m.created_at > "
        "(SELECT MIN(created_at) FROM visits v WHERE v.member_id = m.id)",
    )
    assert late == 0
    months = scalar(demo, "SELECT COUNT(DISTINCT substr(created_at, 1, 7)) FROM members")
    assert months >= 4


def test_ledger_invariants_hold(demo: Services) -> None:
    assert demo.maintenance.check().ok


def fingerprint(s: Services) -> list[tuple]:
    return s.db.execute(
        "SELECT m.name, m.phone, m.email, c.code, "
        "(SELECT group_concat(program_id || account || value) FROM balances b "
        " WHERE b.member_id = m.id) "
        "FROM members m JOIN cards c ON c.member_id = m.id ORDER BY m.id"
    ).fetchall()


def test_same_seed_same_shop(tmp_path: Path) -> None:
    shops = []
    for name in ("a", "b"):
        s = Services.open(tmp_path / f"{name}.sqlite3", clock=lambda: TODAY)
        populate_demo(s, members=40, seed=11, today=TODAY)
        shops.append(fingerprint(s))
        s.close()
    assert shops[0] == shops[1]
    assert len(shops[0]) == 40


def history(s: Services) -> list[list[tuple]]:
    """Every visit, ledger row and lot, as written."""
    return [
        s.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
        for table in ("visits", "ledger", "lots", "balances")
    ]


def test_the_bulk_fill_writes_what_checkouts_one_by_one_write(tmp_path: Path, monkeypatch):
    """The demo is filled in bulk (issue 16); checkouts one by one through the counter's
    ``confirm``, with the schemes read afresh and the full view built at every checkout,
    write the same rows."""
    s = Services.open(tmp_path / "bulk.sqlite3", clock=lambda: TODAY)
    populate_demo(s, members=30, seed=5, today=TODAY)
    bulk = history(s)
    s.close()

    import contextlib

    from loyalty_pos.services.checkout import CheckoutService

    confirm = CheckoutService.confirm
    monkeypatch.setattr(
        CheckoutService, "fixed_schemes", lambda self: contextlib.nullcontext(self.schemes())
    )
    calls: list[int] = []
    monkeypatch.setattr(
        CheckoutService,
        "confirm",
        lambda self, *a, view=True, **k: calls.append(1) or confirm(self, *a, **k),
    )
    s = Services.open(tmp_path / "each.sqlite3", clock=lambda: TODAY)
    populate_demo(s, members=30, seed=5, today=TODAY, bulk=False)
    assert len(calls) > 100  # really one by one through the counter's confirm
    assert history(s) == bulk
    assert len(bulk[0]) > 100 and s.maintenance.check().ok
    s.close()


def test_another_seed_another_shop(tmp_path: Path) -> None:
    shops = []
    for seed in (1, 2):
        s = Services.open(tmp_path / f"{seed}.sqlite3", clock=lambda: TODAY)
        populate_demo(s, members=20, seed=seed, today=TODAY)
        shops.append(fingerprint(s))
        s.close()
    assert shops[0] != shops[1]


def test_today_defaults_to_the_services_clock(services: Services, clock) -> None:
    populate_demo(services, members=12)
    last = scalar(services, "SELECT MAX(created_at) FROM visits")
    assert last < to_db(clock.now)
    assert services.maintenance.check().ok


def test_refuses_a_shop_that_has_members(services: Services, member) -> None:
    with pytest.raises(Refused):
        populate_demo(services)
    assert services.members.members.count() == 1
    assert [p.name for p in services.programs.list()] == ["Coffee"]
    assert services.settings.get("shop_name") != DEMO_SHOP_NAME


def test_refuses_a_shop_that_has_programs(services: Services, coffee) -> None:
    with pytest.raises(Refused):
        populate_demo(services, members=5)
    assert services.members.members.count() == 0
