"""Consent per channel: answers as new rows, silence is not consent, the register."""

import sqlite3

import pytest

from loyalty_pos.domain.errors import NotFound, UserError
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services.consents import CHANNELS, WORDING_VERSION
from loyalty_pos.store.guards import guard_problems

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def test_a_new_member_was_never_asked(services):
    m = services.members.enroll(MemberInput("Kovács Anna"))
    assert CHANNELS == ("email", "sms", "post")
    assert services.consents.current(m.id) == {"email": None, "sms": None, "post": None}


def test_every_answer_is_a_new_row_and_the_newest_counts(services, clock):
    m = services.members.enroll(MemberInput("Kovács Anna"))
    services.consents.record(m.id, {"email": True, "sms": False}, source="counter")
    clock.advance(days=1)
    done = services.consents.record(m.id, {"email": False}, source="command_line")
    assert done.written == ("email",)
    assert done.current == {"email": False, "sms": False, "post": None}
    rows = services.consents.history(m.id)
    assert [(r["channel"], r["answer"], r["source"]) for r in rows] == [
        ("email", 1, "counter"),
        ("sms", 0, "counter"),
        ("email", 0, "command_line"),
    ]
    assert {r["wording_version"] for r in rows} == {WORDING_VERSION}
    assert rows[0]["recorded_by"] == "Cashier"


def test_the_old_flag_follows_the_channels(services):
    m = services.members.enroll(MemberInput("Kovács Anna"))
    services.consents.record(m.id, {"post": True}, source="counter")
    assert services.members.view(m.id).marketing_consent is True
    services.consents.record(m.id, {"post": False}, source="counter")
    assert services.members.view(m.id).marketing_consent is False


def test_enroll_with_answers_is_one_use_case(services):
    m = services.consents.enroll(
        MemberInput("Ødegård Kari"), {"email": True, "sms": False}, source="customer_screen"
    )
    assert services.consents.current(m.id) == {"email": True, "sms": False, "post": None}
    assert m.marketing_consent is True
    assert services.consents.register()[0]["source"] == "customer_screen"


def test_enroll_refused_for_an_unknown_channel_writes_nothing(services):
    with pytest.raises(UserError, match="no consent channel “fax”"):
        services.consents.enroll(MemberInput("A"), {"fax": True}, source="counter")
    assert services.members.count() == 0


def test_bad_input_is_refused_and_changes_nothing(services):
    m = services.members.enroll(MemberInput("Kovács Anna"))
    with pytest.raises(UserError, match="no consent channel “fax”"):
        services.consents.record(m.id, {"email": True, "fax": True}, source="counter")
    with pytest.raises(UserError, match="not a source"):
        services.consents.record(m.id, {"email": True}, source="migrated")
    with pytest.raises(NotFound):
        services.consents.record(9999, {"email": True}, source="counter")
    assert services.consents.register() == []


def test_rows_are_never_changed_or_deleted(services):
    m = services.members.enroll(MemberInput("Kovács Anna"))
    services.consents.record(m.id, {"email": True}, source="counter")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        services.db.execute("UPDATE consents SET answer = 0")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        services.db.execute("DELETE FROM consents")
    assert guard_problems(services.db) == []


def test_the_old_flag_is_carried_over_as_migrated_rows(tmp_path):
    from loyalty_pos.services import Services
    from loyalty_pos.store.database import connect, migrate

    db = connect(tmp_path / "old.sqlite3")
    migrate(db, stop_before="m012_consents")
    db.execute(
        "INSERT INTO members (id, name, marketing_consent, created_at) VALUES "
        "(1, 'Yes', 1, '2025-01-02T10:00:00.000000Z'), (2, 'No', 0, '2025-01-03T10:00:00Z')"
    )
    db.conn.close()
    s = Services.open(tmp_path / "old.sqlite3")
    assert s.consents.current(1) == {"email": True, "sms": True, "post": None}
    assert s.consents.current(2) == {"email": False, "sms": False, "post": None}
    [row, *_] = s.consents.history(1)
    assert (row["source"], row["at"]) == ("migrated", "2025-01-02T10:00:00.000000Z")
    s.close()


def test_an_imported_yes_is_recorded_per_channel_with_source_import(services):
    data = "name;email;consent\nKovács Anna;anna@example.hu;yes\nSzabó Béla;bela@example.hu;no\n"
    result = services.imports.run(data.encode("utf-8"), "list.csv")
    assert result.created == 2
    anna, bela = (services.members.search(n)[0].id for n in ("anna", "bela"))
    assert services.consents.current(anna) == {"email": True, "sms": True, "post": None}
    assert services.consents.current(bela) == {"email": None, "sms": None, "post": None}
    assert {e["source"] for e in services.consents.history(anna)} == {"import"}
