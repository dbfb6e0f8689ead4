"""``admin gift-cards ...`` and ``admin coupons ...``: exit 0 with JSON, or exit 2 with one
line on stderr and nothing changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos import cli
from loyalty_pos.domain.cardnumber import make_card_number
from tests.cli.test_cli import connect

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TABLES = ("gift_cards", "gift_card_ledger", "coupon_offers", "coupons", "coupon_uses")


def state(db: Path) -> tuple:
    conn = connect(db)
    try:
        return tuple(conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES)
    finally:
        conn.close()


class Admin:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = cli.main(["--db", str(self.db), *argv])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def json(self, *argv: str) -> Any:
        code, out, err = self("--json", *argv)
        assert (code, err) == (0, ""), err
        return json.loads(out)

    def fails(self, *argv: str) -> str:
        before = state(self.db)
        code, out, err = self("--json", *argv)
        assert (code, out) == (2, ""), (code, out, err)
        assert len(err.splitlines()) == 1 and "Traceback" not in err
        assert state(self.db) == before
        return err.strip()


@pytest.fixture
def admin(capsys: pytest.CaptureFixture[str], db_path: Path) -> Admin:
    a = Admin(capsys, db_path)
    a.json("init")
    return a


def test_gift_card_issue_show_void(admin: Admin) -> None:
    card = admin.json("gift-cards", "issue", "--amount", "5000", "--expires", "2099-12-31")
    assert (card["initial_value"], card["balance"], card["status"]) == (5000, 5000, "active")
    assert card["expires_on"] == "2099-12-31" and card["qr_payload"] == "GC" + card["code"]
    shown = admin.json("gift-cards", "show", "GC" + card["code"])
    assert shown["balance"] == 5000
    assert [(h["kind"], h["delta"], h["staff"]) for h in shown["history"]] == [
        ("issue", 5000, "Owner")
    ]
    code, out, _ = admin("gift-cards", "show", card["code"])
    assert code == 0 and "5000 HUF of 5000 HUF left" in out and "issue" in out
    voided = admin.json("gift-cards", "void", card["code"], "--reason", "stolen")
    assert (voided["status"], voided["balance"]) == ("void", 0)
    assert "already voided" in admin.fails("gift-cards", "void", card["code"], "--reason", "x")


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["gift-cards", "issue", "--amount", "0"], "more than zero"),
        (["gift-cards", "issue", "--amount", "12.5"], "not a whole number"),
        (["gift-cards", "issue", "--amount", "10", "--expires", "soon"], "not a date"),
        (["gift-cards", "issue", "--amount", "10", "--expires", "2000-01-01"], "after today"),
        (["gift-cards", "show", "12345"], "13 digits"),
        (["gift-cards", "show", make_card_number("29", 9)], "There is no gift card"),
        (["gift-cards", "void", make_card_number("29", 9), "--reason", " "], "reason"),
        (["coupons", "add", "--name", "X", "--kind", "fixed"], "more than zero"),
        (["coupons", "add", "--name", "X", "--kind", "cash", "--value", "1"], "invalid choice"),
        (["coupons", "add", "--name", "X", "--kind", "percent", "--value", "150"], "1 and 100"),
        (["coupons", "add", "--name", "X", "--kind", "fixed", "--value", "5", "--code", "a b"],
         "cannot be a coupon code"),
        (["coupons", "add", "--name", "X", "--kind", "fixed", "--value", "5",
          "--trigger", "next-visit"], "how much a visit must charge"),
        (["coupons", "issue", "Nothing"], "no coupon offer “Nothing”"),
    ],
)  # fmt: skip
def test_bad_input_exits_2_and_changes_nothing(admin: Admin, argv: list[str], text: str) -> None:
    assert text in admin.fails(*argv)


def test_coupons_add_list_issue(admin: Admin) -> None:
    offer = admin.json(
        "coupons", "add", "--name", "Ten off", "--kind", "percent", "--value", "10",
        "--max-discount", "2000", "--min-spend", "5000", "--per-member", "1", "--code", "ten",
        "--from", "2026-01-01", "--to", "2099-12-31",
    )  # fmt: skip
    assert offer["code"] == "TEN" and offer["kind"] == "percent_discount"
    assert (offer["max_discount"], offer["min_spend"], offer["per_member_limit"]) == (2000, 5000, 1)
    admin.json(
        "coupons", "add", "--name", "Come back", "--kind", "fixed", "--value", "500",
        "--trigger", "next-visit", "--trigger-spend", "3000", "--valid-days", "30",
    )  # fmt: skip
    listed = admin.json("coupons", "list")
    assert [(o["name"], o["trigger"]) for o in listed] == [
        ("Come back", "next_visit"),
        ("Ten off", None),
    ]
    status, out, _ = admin("coupons", "list")
    assert status == 0
    assert "10% off (at most 2000 HUF)" in out and "issued after a visit of 3000 HUF" in out
    issued = admin.json("coupons", "issue", "come back")
    assert issued["qr_payload"] == "CP" + issued["code"] and issued["member_id"] is None
    assert issued["valid_to"] is not None
    assert "already exists" in admin.fails(
        "coupons", "add", "--name", "TEN OFF", "--kind", "fixed", "--value", "1"
    )


def test_coupon_issued_to_a_member(admin: Admin) -> None:
    admin.json("coupons", "add", "--name", "Cake", "--kind", "free-item")
    member = admin.json("members", "add", "--name", "Kovács Éva")
    issued = admin.json("coupons", "issue", "Cake", "--member", member["card_number"])
    assert issued["member_id"] == member["id"]
    assert "does not belong to a member" in admin.fails(
        "coupons", "issue", "Cake", "--member", make_card_number("29", 5)
    )


# Printing -----------------------------------------------------------------------------


def decoded(pdf: Path) -> list[tuple[str, str]]:
    from ..printing.conftest import read_pdf

    return sorted(code for page in read_pdf(pdf, dpi=300) for code in page.decode())


def test_gift_card_sold_and_printed_in_one_go(admin: Admin, tmp_path: Path) -> None:
    pdf = tmp_path / "gift.pdf"
    card = admin.json("gift-cards", "issue", "--amount", "5000", "--pdf", str(pdf))
    assert card["pdf"] == {"path": str(pdf), "layout": "cr80", "cards": 1}
    assert decoded(pdf) == [("EAN13", card["code"]), ("QRCode", "GC" + card["code"])]


def test_gift_card_not_sold_when_its_pdf_cannot_be_written(admin: Admin, tmp_path: Path) -> None:
    where = str(tmp_path / "no-such-folder" / "gift.pdf")
    said = admin.fails("gift-cards", "issue", "--amount", "5000", "--pdf", where)
    assert "no such folder" in said


def test_gift_cards_reprinted_on_a_sheet_but_not_a_void_one(admin: Admin, tmp_path: Path) -> None:
    a = admin.json("gift-cards", "issue", "--amount", "5000")["code"]
    b = admin.json("gift-cards", "issue", "--amount", "9000")["code"]
    pdf = tmp_path / "sheet.pdf"
    out = admin.json("gift-cards", "print", a, "GC" + b, "--layout", "a4", "--pdf", str(pdf))
    assert (out["cards"], out["codes"], out["layout"]) == (2, [a, b], "a4")
    assert decoded(pdf) == sorted(
        [("EAN13", a), ("EAN13", b), ("QRCode", "GC" + a), ("QRCode", "GC" + b)]
    )
    admin.json("gift-cards", "void", a, "--reason", "lost")
    again = tmp_path / "void.pdf"
    assert "is void" in admin.fails("gift-cards", "print", a, "--pdf", str(again))
    assert not again.exists()


def test_coupons_issued_as_a_printed_batch(admin: Admin, tmp_path: Path) -> None:
    admin.json("coupons", "add", "--name", "Spring", "--kind", "percent", "--value", "10")
    pdf = tmp_path / "coupons.pdf"
    out = admin.json(
        "coupons", "issue", "Spring", "--count", "3", "--layout", "a4", "--pdf", str(pdf)
    )
    assert len(out["codes"]) == 3 and out["code"] == out["codes"][0]
    assert out["pdf"]["cards"] == 3
    assert decoded(pdf) == sorted(
        [("EAN13", c) for c in out["codes"]] + [("QRCode", "CP" + c) for c in out["codes"]]
    )
    assert "between 1 and 1000" in admin.fails("coupons", "issue", "Spring", "--count", "1001")
    where = str(tmp_path / "missing" / "c.pdf")
    assert "no such folder" in admin.fails("coupons", "issue", "Spring", "--pdf", where)
