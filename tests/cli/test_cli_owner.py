"""``admin report``, ``admin feedback`` and ``admin staff`` over a real file."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from loyalty_pos.cli import main

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


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


def test_report_has_every_dashboard_figure_with_the_services_values(tmp_path, capsys):
    """``upsell_rate`` and ``clv`` (and every other figure of ``Metrics``) are printed,
    in JSON and text, with exactly the values the reports screen gets from the service."""
    from dataclasses import fields

    from loyalty_pos.cli.owner import REPORT_KEYS
    from loyalty_pos.domain.metrics import Metrics
    from loyalty_pos.services import OWNER_STAFF, Services

    assert tuple(f.name for f in fields(Metrics)) == REPORT_KEYS
    db = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    for name, category in (("Latte", "coffee"), ("Croissant", "pastry")):
        args = ("programs", "add-item", "--name", name, "--category", category)
        assert run(capsys, "--db", db, *args)[0] == 0
    cards = []
    for name in ("Kovács Éva", "Kari Ødegård"):
        _, out, _ = run(capsys, "--db", db, "--json", "members", "add", "--name", name)
        cards.append(json.loads(out)["card_number"])
    today = date.today()
    start, end = today - timedelta(days=29), today
    for card, days_ago in ((cards[0], 40), (cards[1], 35), (cards[0], 10), (cards[0], 3)):
        at = f"{today - timedelta(days=days_ago)}T10:00"
        visit = ("visit", card, "--amount", "1500", "--item", "Latte=1", "--item", "Croissant=1")
        code, _, err = run(capsys, "--db", db, *visit, "--at", at)
        assert code == 0, err
    period = ("report", "--from", str(start), "--to", str(end))
    code, out, _ = run(capsys, "--db", db, "--json", *period)
    assert code == 0
    report = json.loads(out)
    services = Services.open(db, staff_id=OWNER_STAFF)
    try:
        metrics = services.reports.metrics(start, end + timedelta(days=1))
    finally:
        services.close()
    assert metrics.upsell_rate is not None and metrics.clv is not None
    assert report["upsell_rate"] == metrics.upsell_rate
    assert report["clv"] == metrics.clv
    assert {k: report[k] for k in REPORT_KEYS} == json.loads(json.dumps(vars(metrics)))
    code, text, _ = run(capsys, "--db", db, *period)
    assert code == 0
    lines = dict(line.split(None, 1) for line in text.splitlines())
    assert lines["upsell_rate"] == str(metrics.upsell_rate)
    assert lines["clv"] == str(metrics.clv)
