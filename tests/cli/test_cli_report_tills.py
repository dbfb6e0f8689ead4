"""``admin end-of-day`` and ``admin report`` with ``--branch`` and ``--till`` (issue 18).

On a server the command line is a till too (``LOYALTY_POS_TILL``/``_BRANCH``): till A
in "north" rings up 2 000, till B in "south" 500. In a file the one till is the file's
own ("main"), whose rows are the whole shop.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.cli.test_cli import Admin

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TODAY = date.today().isoformat()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path, backend, monkeypatch) -> Admin:
    """Two visits of one member: 2 000 at till A (north), 500 at till B (south)."""
    admin = Admin(capsys, db_path)
    monkeypatch.setenv("LOYALTY_POS_TILL", "A")
    monkeypatch.setenv("LOYALTY_POS_BRANCH", "north")
    if backend == "sqlite":
        admin.json("init")
    code = admin.json("members", "add", "--name", "Kovács Éva")["card_number"]
    admin.json("visit", code, "--amount", "2000")
    monkeypatch.setenv("LOYALTY_POS_TILL", "B")
    monkeypatch.setenv("LOYALTY_POS_BRANCH", "south")
    admin.json("visit", code, "--amount", "500")
    return admin


def refused(admin: Admin, *argv: str) -> str:
    """The command exits 2 with one line on stderr and prints nothing else."""
    r = admin("--json", *argv)
    assert (r.code, r.out) == (2, ""), (r.code, r.out, r.err)
    assert "Traceback" not in r.err
    lines = r.err.splitlines()
    assert len(lines) == 1 and lines[0].strip(), r.err
    return lines[0]


def test_end_of_day_by_till_and_branch(admin: Admin, backend: str) -> None:
    whole = admin.json("end-of-day")
    assert whole["filter"] == {"branch": None, "till": None}
    assert whole["total"]["rung_up"] == 2500
    if backend == "sqlite":
        assert "tills" not in whole  # one till, one drawer
        own = admin.json("end-of-day", "--till", "main")
        assert own["filter"] == {"branch": None, "till": "main"}
        assert own["total"] == whole["total"]
        assert "no till named A" in refused(admin, "end-of-day", "--till", "A")
        return
    assert [(t["till"], t["branch"], t["rung_up"]) for t in whole["tills"]] == [
        ("A", "north", 2000),
        ("B", "south", 500),
    ]
    a = admin.json("end-of-day", "--till", "a")
    assert a["filter"] == {"branch": None, "till": "A"} and "tills" not in a
    south = admin.json("end-of-day", "--branch", "south")
    assert south["filter"] == {"branch": "south", "till": None}
    assert a["total"]["rung_up"] + south["total"]["rung_up"] == whole["total"]["rung_up"]
    assert (a["total"]["rung_up"], south["total"]["visits"]) == (2000, 1)
    text = admin("end-of-day", "--branch", "south").out.splitlines()
    assert text[:2] == [f"End of day {TODAY}", "Branch south"]
    assert "By till" in admin("end-of-day").out


def test_report_by_branch(admin: Admin, backend: str) -> None:
    period = ("report", "--from", TODAY, "--to", TODAY)
    whole = admin.json(*period)
    assert (whole["visits"], whole["sales"], whole["filter"]["branch"]) == (2, 2500, None)
    if backend == "sqlite":
        main = admin.json(*period, "--branch", "main")
        assert {k: v for k, v in main.items() if k != "filter"} == {
            k: v for k, v in whole.items() if k != "filter"
        }
        return
    north = admin.json(*period, "--branch", "north")
    south = admin.json(*period, "--branch", "south")
    assert (north["visits"], north["sales"]) == (1, 2000)
    assert (south["visits"], south["sales"]) == (1, 500)
    assert north["filter"] == {"branch": "north", "till": None}
    lines = dict(line.split(None, 1) for line in admin(*period, "--till", "B").out.splitlines())
    assert (lines["visits"], lines["filter"]) == ("1", "Till B")


def test_a_bad_branch_or_till_exits_2_with_one_line(admin: Admin) -> None:
    assert refused(admin, "end-of-day", "--branch", "nowhere") == (
        "This shop has no branch named nowhere."
    )
    period = ("report", "--from", TODAY, "--to", TODAY)
    assert "no branch named nowhere" in refused(admin, *period, "--branch", "nowhere")
    assert "no till named Z" in refused(admin, *period, "--till", "Z")
