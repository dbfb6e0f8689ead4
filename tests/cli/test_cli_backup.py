"""``admin backup list|now|restore`` over a real file, text and JSON."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def names(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        rows = [r[0] for r in conn.execute("SELECT name FROM members ORDER BY id")]
    conn.close()
    return rows


@pytest.fixture
def db(tmp_path, capsys) -> str:
    path = str(tmp_path / "shop.sqlite3")
    assert run(capsys, "--db", path, "init")[0] == 0
    assert run(capsys, "--db", path, "members", "add", "--name", "Kovács Éva")[0] == 0
    return path


def test_now_list_and_restore_in_json(db, capsys, tmp_path):
    code, out, _ = run(capsys, "--db", db, "--json", "backup", "now")
    made = json.loads(out)
    assert code == 0 and made["kind"] == "manual" and made["members"] == 1
    assert made["visits"] == 0 and made["usable"] and not made["older_version"]
    assert Path(made["path"]).parent == tmp_path / "backups"
    assert made["taken_at"].endswith("+00:00") and made["size"] > 0
    run(capsys, "--db", db, "members", "add", "--name", "Nguyễn Văn Đức")
    assert names(Path(db)) == ["Kovács Éva", "Nguyễn Văn Đức"]

    code, out, _ = run(capsys, "--db", db, "--json", "backup", "restore", made["file"])
    restored = json.loads(out)
    assert code == 0 and names(Path(db)) == ["Kovács Éva"]
    assert restored["restored"]["file"] == made["file"]
    assert (restored["members"], restored["visits"]) == (1, 0)
    assert restored["migrated"] == [] and restored["problems"] == []
    assert "before-restore" in restored["saved_as"]

    code, out, _ = run(capsys, "--db", db, "--json", "backup", "list")
    listed = json.loads(out)
    assert code == 0 and [b["kind"] for b in listed] == ["before-restore", "manual"]
    assert listed[0]["path"] == restored["saved_as"] and listed[0]["members"] == 2
    assert set(listed[0]) == set(made)

    code, out, _ = run(capsys, "--db", db, "backup", "restore", restored["saved_as"])
    assert code == 0 and names(Path(db)) == ["Kovács Éva", "Nguyễn Văn Đức"]  # undone
    assert "restore it to undo" in out


def test_text_output(db, capsys):
    code, out, _ = run(capsys, "--db", db, "backup", "list")
    assert code == 0 and out.strip() == "No backups yet."
    code, out, _ = run(capsys, "--db", db, "backup", "now")
    assert code == 0 and out.startswith("Backup taken: ")
    code, out, _ = run(capsys, "--db", db, "backup", "list")
    assert "manual" in out and "1 members, 0 visits" in out and out.count("\n") == 1


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"not a database at all\n" * 100, "not an SQLite database"),
        (None, "There is no backup file"),
    ],
)
def test_bad_files_exit_2_with_one_line_and_change_nothing(db, capsys, tmp_path, content, said):
    file = tmp_path / "suspicious.sqlite3"
    if content is not None:
        file.write_bytes(content)
    before = names(Path(db))
    code, out, err = run(capsys, "--db", db, "--json", "backup", "restore", str(file))
    assert code == 2 and out == "" and said in err
    assert err.count("\n") == 1
    assert names(Path(db)) == before
    assert not (tmp_path / "backups").exists()  # not even a copy of the current data


def test_another_apps_database_is_refused(db, capsys, tmp_path):
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    code, out, err = run(capsys, "--db", db, "backup", "restore", str(other))
    assert code == 2 and out == "" and "not one of Loyalty POS" in err


def test_usage_errors(db, capsys):
    code, _, err = run(capsys, "--db", db, "backup")
    assert code == 2 and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db, "backup", "restore")
    assert code == 2 and "FILE" in err


def test_restore_refuses_a_missing_database(tmp_path, capsys):
    code, _, err = run(
        capsys, "--db", str(tmp_path / "typo.sqlite3"), "backup", "restore", "x.sqlite3"
    )
    assert code == 2 and "There is no database" in err
    assert not (tmp_path / "typo.sqlite3").exists()


def test_copy_to_another_folder(db, capsys, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, _ = run(capsys, "--db", db, "--json", "backup", "copy", str(stick))
    made = json.loads(out)
    assert code == 0 and Path(made["path"]).parent == stick and made["members"] == 1
    assert names(made["path"]) == ["Kovács Éva"]
    code, out, err = run(capsys, "--db", db, "backup", "copy", str(tmp_path / "nowhere"))
    assert (code, out) == (2, "") and "is not a folder" in err and len(err.splitlines()) == 1


def test_the_list_says_which_backups_were_verified(db, capsys):
    code, out, _ = run(capsys, "--db", db, "--json", "backup", "now")
    made = json.loads(out)
    assert code == 0 and made["verified"] is True and made["file"].endswith(".sqlite3.pack")
    code, out, _ = run(capsys, "--db", db, "--json", "backup", "list")
    listed = json.loads(out)
    assert [b["verified"] for b in listed] == [True]
    assert listed[0]["members"] == made["members"]  # read from the note, not unpacked
