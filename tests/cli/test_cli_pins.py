"""``admin staff unlock|pin``: the owner's way back in on the till's own computer, and
the 6-digit rule for an owner's new PIN on the command line too."""

from __future__ import annotations

import json

import pytest

from loyalty_pos.cli import main
from loyalty_pos.domain.clock import system_clock
from loyalty_pos.services import Services

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def lock_for_good(db: str, name: str) -> None:
    """Twenty wrong PINs with the locks waited out (the clock moved on by hand)."""
    from datetime import timedelta

    services = Services.open(db)
    person = services.staff.named(name)
    now = system_clock()
    for hours in range(4):
        at = now + timedelta(hours=2 * hours)
        services.staff.clock = lambda at=at: at
        for _ in range(5):
            assert not services.staff.verify(person.id, "0000")
    services.db.conn.close()


def test_an_owner_locked_for_good_gets_back_in_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    code, _, err = run(capsys, "--db", db, "staff", "pin", "owner", "--pin", "1234")
    assert code == 2 and "6 to 8 digits" in err
    code, _, err = run(
        capsys, "--db", db, "staff", "add", "--name", "Bea", "--role", "owner", "--pin", "12345"
    )
    assert code == 2 and "6 to 8 digits" in err
    assert run(capsys, "--db", db, "staff", "pin", "Owner", "--pin", "135790")[0] == 0
    lock_for_good(db, "Owner")
    _, out, _ = run(capsys, "--db", db, "--json", "staff", "list")
    assert [p["pin_locked"] for p in json.loads(out) if p["name"] == "Owner"] == [True]
    code, out, _ = run(capsys, "--db", db, "--json", "staff", "unlock", "owner")
    assert code == 0 and json.loads(out)["pin_locked"] is False
    services = Services.open(db)
    assert services.staff.verify(services.staff.named("Owner").id, "135790")
    rows = services.db.execute(
        "SELECT detail FROM audit WHERE action = 'pin' AND subject LIKE 'pin:%' ORDER BY id"
    ).fetchall()
    assert len(rows) == 21 and '"event":"unlocked"' in rows[-1][0]
    code, _, err = run(capsys, "--db", db, "staff", "unlock", "Nobody")
    assert code == 2 and "Nobody" in err
