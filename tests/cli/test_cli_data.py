"""``admin members import`` and ``admin export`` run in-process, as a script would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from loyalty_pos import cli
from tests.cli.test_cli import connect

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

GOOD = "name;phone;email;Coffee\nAnna Kiss;+36 30 111 2222;anna@example.hu;4\nBéla Nagy;;;\n"
BROKEN = GOOD + "Cili;12;;\n"


class Admin:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: Path) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = cli.main(["--db", str(self.db), *argv])
        out, err = self.capsys.readouterr()
        return code, out, err


def state(db: Path) -> tuple:
    conn = connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("members", "cards", "ledger", "balances")
        )
    finally:
        conn.close()


@pytest.fixture
def admin(capsys, db_path: Path) -> Admin:
    a = Admin(capsys, db_path)
    assert a("init")[0] == 0
    args = ("programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "10")
    assert a(*args, "--reward", "Free coffee")[0] == 0
    return a


def write(tmp_path: Path, text: str, name: str = "list.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_dry_run_lists_rows_and_writes_nothing(admin: Admin, tmp_path: Path, db_path) -> None:
    before = state(db_path)
    code, out, err = admin("members", "import", str(write(tmp_path, GOOD)), "--dry-run")
    assert (code, err) == (0, "")
    assert "Rows: 2; to import: 2; broken: 0" in out
    assert "Anna Kiss" in out and "Coffee – stamps: 4" in out
    assert "Dry run: nothing written." in out
    assert state(db_path) == before


def test_dry_run_with_a_broken_row_says_which_and_exits_1(admin, tmp_path, db_path) -> None:
    before = state(db_path)
    code, out, _ = admin("--json", "members", "import", str(write(tmp_path, BROKEN)), "--dry-run")
    assert code == 1
    doc = json.loads(out)
    assert (doc["valid"], doc["broken"], doc["imported"]) == (2, 1, False)
    assert doc["errors"][0]["line"] == 4 and "7 to 15 digits" in doc["errors"][0]["problems"][0]
    assert doc["columns"][3] == {"header": "Coffee", "program": "Coffee", "account": "stamps"}
    assert state(db_path) == before
    assert admin("members", "import", str(write(tmp_path, BROKEN)), "--dry-run",
                 "--skip-broken")[0] == 0  # fmt: skip


def test_import_writes_every_row(admin: Admin, tmp_path: Path, db_path) -> None:
    code, out, err = admin("--json", "members", "import", str(write(tmp_path, GOOD)))
    assert (code, err) == (0, "")
    doc = json.loads(out)
    assert (doc["imported"], doc["created"], doc["ledger_rows"]) == (True, 2, 1)
    assert [m["member_id"] for m in doc["members"]] == [1, 2]
    assert doc["members"][0]["balances"] == [
        {"program": "Coffee", "program_id": 1, "account": "stamps", "amount": 4}
    ]
    assert state(db_path)[:3] == (2, 2, 1)
    assert admin("check")[0] == 0


def test_a_broken_row_refuses_the_file_on_one_line(admin, tmp_path, db_path) -> None:
    before = state(db_path)
    code, out, err = admin("members", "import", str(write(tmp_path, BROKEN)))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "1 of 3 rows cannot be imported; line 4:" in err and "--skip-broken" in err
    assert state(db_path) == before


def test_skip_broken_imports_the_others(admin: Admin, tmp_path: Path, db_path) -> None:
    code, out, _ = admin("members", "import", str(write(tmp_path, BROKEN)), "--skip-broken")
    assert code == 0
    assert "Members imported: 2" in out and "Skipped broken lines: 4." in out
    assert state(db_path)[0] == 2


@pytest.mark.parametrize(
    ("content", "says"),
    [(None, "There is no file"), ("phone\n123\n", "no name column")],
)
def test_files_that_cannot_be_read_exit_2(admin, tmp_path, db_path, content, says) -> None:
    path = tmp_path / "x.csv"
    if content is not None:
        path.write_text(content)
    before = state(db_path)
    code, out, err = admin("members", "import", str(path))
    assert (code, out) == (2, "") and says in err and len(err.splitlines()) == 1
    assert state(db_path) == before


@pytest.mark.parametrize("what", ["members", "visits", "ledger"])
def test_export_writes_a_csv(admin: Admin, tmp_path: Path, what: str) -> None:
    admin("members", "import", str(write(tmp_path, GOOD)))
    target = tmp_path / f"{what}.csv"
    code, out, err = admin("--json", "export", what, "--csv", str(target))
    assert (code, err) == (0, "")
    doc = json.loads(out)
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert doc == {"export": what, "path": str(target), "rows": len(rows) - 1}
    assert doc["rows"] == {"members": 2, "visits": 0, "ledger": 1}[what]


def test_export_refuses_bad_input(admin: Admin, tmp_path: Path) -> None:
    code, _, err = admin("export", "members", "--csv", str(tmp_path / "no" / "m.csv"))
    assert code == 2 and "Cannot write" in err and len(err.splitlines()) == 1
    code, _, err = admin("export", "staff", "--csv", str(tmp_path / "s.csv"))
    assert code == 2 and "invalid choice" in err
    code, _, err = admin("export", "members")
    assert code == 2 and "--csv" in err
