"""Search as you type: bounded work, exact card and phone first, diacritics ignored."""

from __future__ import annotations

from datetime import date

import pytest

from loyalty_pos.domain.cardnumber import make_card_number
from loyalty_pos.domain.validation import MemberInput, clean_member
from loyalty_pos.services import search as search_module
from loyalty_pos.services.search import CANDIDATES, MemberSearch
from loyalty_pos.store.database import write_transaction
from loyalty_pos.store.member_search import (
    candidates,
    exact_query,
    prefix_query,
    whole_and_prefix,
)

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

MANY = 1500


def _many(services, count: int = MANY) -> None:
    """``count`` members named "Erik Eriksen NNNN", written in bulk (as an import would)."""
    store = services.members.members
    with write_transaction(services.db):
        for i in range(count):
            clean = clean_member(MemberInput(f"Erik Eriksen {i:04d}"), date(2026, 1, 1))
            member_id = store.insert(clean, "2026-01-01T00:00:00.000000Z", 1)
            code = make_card_number("29", 500_000 + i)
            store.add_card(code, member_id, "active", "2026-01-01T00:00:00.000000Z")
            store.index_new(member_id, clean, code)


def test_a_one_letter_prefix_reads_a_bounded_set_of_candidates(services, monkeypatch):
    _many(services)
    read: list[int] = []
    original = search_module.whole_and_prefix

    def counted(db, exact, prefix, limit, wider):
        whole, started = original(db, exact, prefix, limit, wider)
        read.extend([len(whole), len(started)])
        return whole, started

    monkeypatch.setattr(search_module, "whole_and_prefix", counted)
    hits = services.members.search("e")
    assert len(hits) == 30
    assert all(h.name.startswith("Erik Eriksen") for h in hits)
    # 1500 members match "e"; the search read no more than its candidates.
    assert sum(read) <= 30 + CANDIDATES < MANY
    assert len(services.members.search("e", limit=5)) == 5


def test_a_one_letter_word_asks_the_two_letter_prefixes_the_index_keeps():
    query = prefix_query(["kovacs", "e"])
    assert query is not None
    assert query.startswith('"kovacs"* AND ("e" OR "ea"* OR "eb"*')
    assert query.endswith('"e9"*)')


def test_a_single_letter_still_finds_a_one_letter_word_and_longer_ones(services, coffee):
    services.members.enroll(MemberInput("Anna B Kiss"))
    services.members.enroll(MemberInput("Bence Nagy"))
    assert sorted(h.name for h in services.members.search("b")) == ["Anna B Kiss", "Bence Nagy"]


def test_the_exact_card_number_comes_first(services, coffee):
    _many(services, 200)
    wanted = services.members.enroll(MemberInput("Erik Eriksen Last"))
    # A card number, partly typed: the prefix of several cards; in full: that one first.
    assert services.members.search(wanted.card_number)[0].id == wanted.id
    assert services.members.search(wanted.card_number[:-1] + " erik")[0].id == wanted.id


def test_the_exact_phone_number_comes_before_longer_numbers_that_start_with_it(services, coffee):
    # Longer numbers that start with the typed ones come first in the index's order.
    for i in range(CANDIDATES + 20):
        services.members.enroll(MemberInput(f"Longer {i}", phone=f"+36 30 555 0100 {i:03d}"))
    ending = services.members.enroll(MemberInput("Ola Nordmann", phone="+47 36 30 555 0100"))
    whole = services.members.enroll(MemberInput("Tóth Béla", phone="+36 30 555 0100"))
    hits = services.members.search("+36 30 555 0100")
    assert [h.id for h in hits[:2]] == [whole.id, ending.id]  # the whole number, then
    assert len(hits) == 30  # a number ending in it (what customers say), then the rest


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kovacs eva", "Kovács Éva"),
        ("szucs lor", "Szűcs Lőrinc"),
        ("nguyen van duc", "Nguyễn Văn Đức"),
        ("tran thi huong", "Trần Thị Hương"),
        ("odegard", "Kari Ødegård"),
        ("ase bjorn", "Åse Bjørnstad"),
        ("aenes", "Sigrid Ænes"),
        ("k", "Kari Ødegård"),
        ("o", "Kari Ødegård"),
    ],
)
def test_diacritics_are_ignored(services, coffee, typed, expected):
    for name in (
        "Kovács Éva",
        "Szűcs Lőrinc",
        "Nguyễn Văn Đức",
        "Trần Thị Hương",
        "Kari Ødegård",
        "Åse Bjørnstad",
        "Sigrid Ænes",
    ):
        services.members.enroll(MemberInput(name))
    assert expected in [h.name for h in services.members.search(typed)]


def test_whole_words_come_before_longer_ones(services, coffee):
    services.members.enroll(MemberInput("Évaline Ábel"))
    services.members.enroll(MemberInput("Zoltán Éva"))
    assert [h.name for h in services.members.search("eva")] == ["Zoltán Éva", "Évaline Ábel"]


def test_a_reader_of_its_own_sees_what_was_committed(services, coffee):
    opened = services.members.search_reader()
    assert opened is not None  # the shop's file is in WAL mode
    reader = opened()
    try:
        assert reader.search("duc") == []
        duc = services.members.enroll(MemberInput("Nguyễn Văn Đức"))
        assert [h.id for h in reader.search("duc")] == [duc.id]
        assert reader.search(duc.card_number)[0].id == duc.id
    finally:
        reader.close()


def test_a_memory_shop_searches_on_its_own_connection(services):
    assert MemberSearch(services.db).search("   ") == []


def test_the_whole_word_and_prefix_candidates_come_as_asked_one_by_one(services):
    """``whole_and_prefix`` (one statement on a server) returns what the two
    ``candidates`` queries return, each to its own list."""
    for name in ("Kiss Anna", "Kissné Bea", "Anna Kissling", "Nagy Péter"):
        services.members.enroll(MemberInput(name))
    words = ["kiss"]
    exact, prefix = exact_query(words), prefix_query(words)
    whole, started = whole_and_prefix(services.db, exact, prefix, 30, 120)

    def ids(rows):
        return sorted(r["id"] for r in rows)

    assert ids(whole) == ids(candidates(services.db, exact, 30))
    assert ids(started) == ids(candidates(services.db, prefix, 120))
    assert len(whole) == 1 and len(started) == 3
    assert set(whole[0]) == set(candidates(services.db, exact, 30)[0])  # the same columns
    hits = services.members.search("kiss")
    assert hits[0].name == "Kiss Anna"  # the whole word first
