"""Erasing a member: no byte of their data left in the file, the books unchanged."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import VisitLine
from tests import pg_support

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

NAME, PHONE, EMAIL = "Zsófia Bartholomew-Quist", "+36 30 987 6543", "zsofia.quist@example.hu"
DIGITS, STORED_PHONE = "36309876543", "+36309876543"


def raw_bytes(path) -> bytes:
    """The database file, its WAL and (if any) its journal, as bytes on disk."""
    out = b""
    for suffix in ("", "-wal", "-journal"):
        f = path.with_name(path.name + suffix)
        if f.exists():
            out += f.read_bytes()
    return out


def needles() -> list[bytes]:
    words = [
        NAME,
        PHONE,
        STORED_PHONE,
        EMAIL,
        DIGITS,
        "Bartholomew",
        "zsofia.quist",
        "notes about Quist",
    ]
    found = []
    for w in words:
        found += [w.encode("utf-8"), w.encode("utf-16-le"), w.lower().encode("utf-8")]
    return found


@pytest.fixture
def zsofia(services, coffee):
    m = services.members.enroll(
        MemberInput(NAME, phone=PHONE, email=EMAIL, birthday="1990-05-17",
                    notes="notes about Quist", marketing_consent=True)
    )  # fmt: skip
    services.consents.record(m.id, {"email": True}, source="counter")
    for i in range(3):
        v = services.visits.record(m.id, [VisitLine(coffee.id, items=2)], f"v{i}").visit_id
    services.feedback.record(v, 9, "Quist loves the croissants")
    return m


def sums(services) -> list[tuple]:
    return services.db.execute(
        "SELECT program_id, account, SUM(delta) FROM ledger GROUP BY 1, 2 ORDER BY 1, 2"
    ).fetchall()


@pytest.mark.parametrize("in_file", [False, True], ids=["in-wal", "in-file"])
@pytest.mark.sqlite_only
def test_erase_leaves_no_trace_in_the_file_wal_or_free_pages(services, zsofia, db_path, in_file):
    if in_file:  # the member's pages were copied into the file before the erasure
        services.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seen = raw_bytes(db_path)  # the test can see them before
    assert all(w.encode() in seen for w in (NAME, STORED_PHONE, EMAIL, "croissants"))
    before = sums(services)
    done = services.erase.erase(zsofia.id, "asked in person on 2026-03-10")
    assert done.wal_emptied
    blob = raw_bytes(db_path)
    assert [n for n in needles() if n in blob] == []
    assert b"croissants" not in blob
    assert sums(services) == before
    report = services.maintenance.check()
    assert report.ok, report


def test_an_erased_member_shows_as_such_and_their_card_is_refused(services, zsofia):
    services.erase.erase(zsofia.id, "customer's request")
    view = services.members.view(zsofia.id)
    assert view.name == f"Erased member #{zsofia.id}"
    assert (view.phone, view.email, view.birthday, view.notes) == (None, None, None, "")
    assert view.visit_count == 3
    with pytest.raises(Refused, match="this card was erased"):
        services.members.lookup(zsofia.card_number)
    assert services.members.search("Bartholomew") == []
    [row] = services.db.execute(
        "SELECT staff_id, action, subject, detail FROM audit WHERE action = 'erase'"
    ).fetchall()
    assert row[1:3] == ("erase", f"member:{zsofia.id}")
    assert "customer's request" in row[3] and "Quist" not in row[3]


def dump(services) -> list:
    return pg_support.dump(services.db)


def test_bad_input_changes_nothing(services, zsofia):
    before = dump(services)
    with pytest.raises(NotFound):
        services.erase.erase(9999, "x")
    with pytest.raises(UserError, match="reason"):
        services.erase.erase(zsofia.id, "   ")
    assert dump(services) == before
    services.erase.erase(zsofia.id, "asked")
    after = dump(services)
    with pytest.raises(Refused, match="was erased"):
        services.erase.erase(zsofia.id, "again")
    with pytest.raises(Refused, match="was erased"):
        services.consents.record(zsofia.id, {"email": True}, source="counter")
    with pytest.raises(Refused, match="was erased"):
        services.members.update(zsofia.id, MemberInput(NAME))
    assert dump(services) == after


def test_the_audit_trail_names_an_erased_member_by_number(services, zsofia):
    from loyalty_pos.store.audit_trail import trail

    services.erase.erase(zsofia.id, "asked")
    rows = trail(services.db, staff_id=None, since=None, until=None, limit=50, offset=0)
    visits = [r for r in rows if r.action == "visit"]
    assert visits and {r.detail["member"] for r in visits} == {f"#{zsofia.id}"}
    assert [r.detail["reason"] for r in rows if r.action == "erase"] == ["asked"]
