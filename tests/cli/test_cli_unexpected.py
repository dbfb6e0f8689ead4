"""A bug on the command line: exit 3, one line, the traceback in the log file.

Exit 1 is ``check``'s and 2 a refusal; a script must be able to tell "the shop said
no" from "the program broke", and the person helping the shop must find the details.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty_pos import cli, errorlog
from loyalty_pos.cli import runner
from loyalty_pos.cli.output import UNEXPECTED, one_line, shown


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    assert run("--db", str(path), "init")[0] == 0
    return path


def explode(setting: str | None) -> None:
    raise RuntimeError("boom\nsecond line \x1b[31m")


@pytest.mark.parametrize("as_json", [False, True])
def test_an_unexpected_error_is_exit_3_one_line_and_logged(
    db: Path, monkeypatch: pytest.MonkeyPatch, as_json: bool
) -> None:
    monkeypatch.setattr(runner, "speak", explode)
    code, out, err = run("--db", str(db), *(["--json"] if as_json else []), "members", "find", "x")
    log = (db.parent / errorlog.LOG_NAME).resolve()
    assert code == UNEXPECTED == 3
    assert out == ""  # --json prints its document only on success, as for exit 2
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith("Unexpected error: RuntimeError: boom second line \\x1b[31m")
    assert f"Details in {log}" in err
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: boom" in text
    assert "explode" in text  # the frame that raised is there for whoever reads it


def test_the_log_goes_elsewhere_when_the_shop_folder_cannot_be_written(
    db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    spare = tmp_path / "spare"
    monkeypatch.setattr(runner, "speak", explode)
    monkeypatch.setattr(runner, "_log_folders", lambda path: [Path("/proc/no/such"), spare])
    code, _, err = run("--db", str(db), "members", "find", "x")
    assert code == 3 and str(spare / errorlog.LOG_NAME) in err
    assert "RuntimeError" in (spare / errorlog.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_rotates_like_the_counters(tmp_path: Path) -> None:
    (tmp_path / errorlog.LOG_NAME).write_text("x" * (errorlog.MAX_BYTES + 1))
    errorlog.record(tmp_path, "test", ValueError("new"))
    assert (tmp_path / f"{errorlog.LOG_NAME}.1").stat().st_size == errorlog.MAX_BYTES + 1
    assert "ValueError: new" in (tmp_path / errorlog.LOG_NAME).read_text()


def test_help_names_every_exit_status() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for status in ("0 done", "1 check", "2 refused", "3 unexpected error"):
        assert status in " ".join(out.split())


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        ("a\nb\r\nc", "a b c"),
        ("\x1b[2J", "\\x1b[2J"),
        ("caf\udce9", "caf\\udce9"),
        ("para\u2029graph", "para graph"),
        ("Kovács Éva 🙂", "Kovács Éva 🙂"),
    ],
)
def test_one_line_escapes_what_would_break_the_line(raw: str, line: str) -> None:
    assert one_line(raw) == line


def test_a_long_value_is_shortened_when_repeated() -> None:
    assert shown("9" * 5000) == "9" * 39 + "…"


def test_the_real_entry_point_prints_no_traceback(db: Path) -> None:
    """Through ``python -m``'s path (``app.main`` → ``admin``), in a fresh process: a
    bug is exit 3 and one line there too, and the traceback is only in the log."""
    script = (
        "import sys\n"
        "from loyalty_pos.cli import runner\n"
        "def explode(setting):\n"
        "    raise KeyError('no such key')\n"
        "runner.speak = explode\n"
        "from loyalty_pos.app import main\n"
        f"sys.exit(main(['admin', '--db', {str(db)!r}, 'members', 'find', 'x']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert (r.returncode, r.stdout) == (3, ""), r.stderr
    assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
    assert "KeyError" in r.stderr and errorlog.LOG_NAME in r.stderr
    assert "Traceback" in (db.parent / errorlog.LOG_NAME).read_text(encoding="utf-8")
