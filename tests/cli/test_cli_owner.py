"""``admin report``, ``admin feedback`` and ``admin staff`` over a real file."""

from __future__ import annotations

import json
from datetime import date, timedelta

from loyalty_pos.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_feedback_and_staff(tmp_path, capsys):
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    run(
        capsys,
        "--db",
        db,
        "programs",
        "add-stamp-card",
        "--name",
        "Coffee",
        "--stamps-needed",
        "10",
        "--reward",
        "Free coffee",
    )
    _, out, _ = run(capsys, "--db", db, "--json", "members", "add", "--name", "Éva")
    card = json.loads(out)["card_number"]
    _, out, _ = run(
        capsys, "--db", db, "--json", "visit", card, "--program", "Coffee", "--items", "1"
    )
    visit = json.loads(out)["visit_id"]
    code, out, _ = run(
        capsys, "--db", db, "--json", "feedback", str(visit), "--score", "10", "--comment", "Great"
    )
    assert code == 0 and json.loads(out)["score"] == 10
    code, _, err = run(capsys, "--db", db, "feedback", str(visit), "--score", "3")
    assert code == 2 and "already has feedback" in err
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "--json",
        "report",
        "--from",
        str(date.today() - timedelta(days=30)),
        "--to",
        str(date.today() + timedelta(days=1)),
    )
    report = json.loads(out)
    assert report["visits"] == 1 and report["active_members"] == 1 and report["nps"] == 100
    for key in (
        "sales",
        "average_spend",
        "new_members",
        "sales_per_customer",
        "repurchase_rate",
        "retention_rate",
        "churn_rate",
    ):
        assert key in report
    code, _, err = run(capsys, "--db", db, "report", "--from", "2026-02-01", "--to", "2026-01-01")
    assert code == 2
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "--json",
        "staff",
        "add",
        "--name",
        "Anna",
        "--role",
        "cashier",
        "--pin",
        "2580",
    )
    assert code == 0 and json.loads(out)["pin"] is True
    _, out, _ = run(capsys, "--db", db, "--json", "staff", "list")
    assert [p["name"] for p in json.loads(out)] == ["Owner", "Cashier", "Anna"]
