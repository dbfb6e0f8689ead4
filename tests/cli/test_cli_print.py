"""``print-cards`` and ``cards replace`` on the admin command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loyalty_pos import cli
from loyalty_pos.domain.cardnumber import qr_payload
from tests.cli.test_cli import connect

from ..printing.conftest import read_pdf

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


class Admin:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path) -> None:
        self.capsys = capsys
        self.db = db

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = cli.main(["--db", str(self.db), *argv])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def json(self, *argv: str):
        code, out, err = self.run("--json", *argv)
        assert (code, err) == (0, ""), err
        return json.loads(out)

    def fails(self, *argv: str) -> str:
        before = cards(self.db)
        code, out, err = self.run("--json", *argv)
        assert (code, out) == (2, "")
        lines = err.splitlines()
        assert len(lines) == 1 and "Traceback" not in err
        assert cards(self.db) == before
        return lines[0]


def cards(db: Path) -> list[tuple]:
    conn = connect(db)
    try:
        return conn.execute("SELECT * FROM cards ORDER BY code").fetchall()
    finally:
        conn.close()


@pytest.fixture
def admin(capsys, db_path: Path) -> Admin:
    a = Admin(capsys, db_path)
    a.json("init")
    return a


def test_print_members_to_a_pdf_that_scans(admin: Admin, tmp_path: Path) -> None:
    eva = admin.json("members", "add", "--name", "Kovács Éva")
    duc = admin.json("members", "add", "--name", "Nguyễn Văn Đức")
    pdf = tmp_path / "cards.pdf"
    doc = admin.json(
        "print-cards", "--member", eva["card_number"], "--member", "LP" + duc["card_number"],
        "--layout", "cr80", "--pdf", str(pdf),
    )  # fmt: skip
    assert doc["count"] == 2 and doc["pages"] == 2 and doc["path"] == str(pdf)
    assert doc["codes"] == [eva["card_number"], duc["card_number"]]
    pages = read_pdf(pdf, dpi=300)
    assert [p.decode() for p in pages] == [
        sorted([("EAN13", c), ("QRCode", qr_payload(c))]) for c in doc["codes"]
    ]


def test_print_all_on_letter(admin: Admin, tmp_path: Path) -> None:
    for name in ("Ødegård Æsa", "Őry Árpád Öcsi", "Bjørn Ås"):
        admin.json("members", "add", "--name", name)
    doc = admin.json("print-cards", "--all", "--layout", "letter", "--pdf", str(tmp_path / "a.pdf"))
    assert doc["count"] == 3 and doc["layout"] == "letter"
    found = read_pdf(tmp_path / "a.pdf")[0].decode()
    assert {t for f, t in found if f == "EAN13"} == set(doc["codes"])


def test_blank_cards_are_reserved_printed_and_assigned_at_enrolment(
    admin: Admin, tmp_path: Path
) -> None:
    pdf = tmp_path / "blank.pdf"
    doc = admin.json("print-cards", "--blank", "12", "--layout", "a4", "--pdf", str(pdf))
    assert doc["count"] == 12 and doc["blank"] and len(set(doc["codes"])) == 12
    decoded = [c for p in read_pdf(pdf) for c in p.decode()]
    assert sorted(t for f, t in decoded if f == "EAN13") == sorted(doc["codes"])
    statuses = {row[0]: (row[1], row[2]) for row in cards(admin.db)}
    assert all(statuses[c] == (None, "blank") for c in doc["codes"])

    member = admin.json("members", "add", "--name", "Tóth Ödön", "--card", doc["codes"][3])
    assert member["card_number"] == doc["codes"][3]
    assert admin.json("members", "show", doc["codes"][3])["name"] == "Tóth Ödön"
    msg = admin.fails("members", "add", "--name", "Other", "--card", doc["codes"][3])
    assert "already in use" in msg


def test_a_pdf_that_cannot_be_written_reserves_nothing(admin: Admin, tmp_path: Path) -> None:
    msg = admin.fails("print-cards", "--blank", "5", "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert "Cannot write" in msg
    assert admin.fails("print-cards", "--blank", "5", "--pdf", str(tmp_path))


@pytest.mark.parametrize(
    "argv",
    [
        ["print-cards", "--pdf", "x.pdf"],  # nobody chosen
        ["print-cards", "--all", "--blank", "3", "--pdf", "x.pdf"],
        ["print-cards", "--blank", "0", "--pdf", "x.pdf"],
        ["print-cards", "--blank", "ten", "--pdf", "x.pdf"],
        ["print-cards", "--all", "--layout", "a5", "--pdf", "x.pdf"],
        ["print-cards", "--all", "--pdf", "x.pdf"],  # no members yet
        ["print-cards", "--member", "2945466260072", "--pdf", "x.pdf"],  # check digit
    ],
)
def test_bad_input_exits_2_with_one_line(admin: Admin, argv: list[str], tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    admin.fails(*argv)
    assert not (tmp_path / "x.pdf").exists()


def test_replace_a_lost_card(admin: Admin, tmp_path: Path) -> None:
    admin.json(
        "programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "5",
        "--reward", "Free coffee",
    )  # fmt: skip
    eva = admin.json("members", "add", "--name", "Kovács Éva")
    admin.json("visit", eva["card_number"], "--program", "Coffee", "--items", "3")
    pdf = tmp_path / "new.pdf"
    doc = admin.json("cards", "replace", eva["card_number"], "--pdf", str(pdf))
    assert doc["old"] == eva["card_number"] and doc["new"] != doc["old"]
    assert doc["member"]["card_number"] == doc["new"]
    assert doc["member"]["cards"][0]["stamps"] == 3
    assert read_pdf(pdf, dpi=300)[0].decode() == sorted(
        [("EAN13", doc["new"]), ("QRCode", qr_payload(doc["new"]))]
    )
    msg = admin.fails("members", "show", eva["card_number"])
    assert doc["new"] in msg and "replaced" in msg
    assert "already replaced" in admin.fails("cards", "replace", eva["card_number"])
