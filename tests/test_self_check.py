"""``loyalty-pos --self-check`` run from source: every check passes, and a broken
installation is reported with its reason and exit status 1."""

from __future__ import annotations

import io
from pathlib import Path

from loyalty_pos import self_check
from loyalty_pos.app import main
from loyalty_pos.self_check import CHECKS, CheckFailed, run
from loyalty_pos.ui import qt_language as languages


def test_self_check_passes_from_source_and_prints_one_line_per_check(qapp, capsys, tmp_path):
    assert main(["--self-check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [f"ok   {name}" for name, _ in CHECKS]
    assert lines[-1] == "self-check passed"
    text = "\n".join(lines)
    assert "migrations, demo shop with 200 members" in text
    assert "panel shows" in text
    assert "Mégse" in text  # Qt's own Hungarian catalogue translates "Cancel"
    assert "member card to PDF" in text
    # It worked in a temporary folder: the per-user file was not created.
    assert not (tmp_path / "env-default.sqlite3").exists()


def test_a_failing_check_stops_the_run_and_exits_1(qapp):
    ran = []

    def good(_ctx):
        ran.append("good")
        return "fine"

    def broken(_ctx):
        raise CheckFailed("the widget is missing")

    def after(_ctx):
        ran.append("after")
        return "never"

    out = io.StringIO()
    status = run([("first", good), ("second", broken), ("third", after)], out=out)
    assert status == 1
    assert out.getvalue().splitlines() == [
        "ok   first: fine",
        "FAIL second: the widget is missing",
        "self-check FAILED",
    ]
    assert ran == ["good"]


def test_a_crashing_check_is_a_failure_with_its_reason(qapp):
    def crash(_ctx):
        raise ModuleNotFoundError("No module named 'anyascii._data'")

    out = io.StringIO()
    assert run([("database", crash)], out=out) == 1
    assert "FAIL database: ModuleNotFoundError: No module named 'anyascii._data'" in out.getvalue()


def test_missing_catalogues_fail_the_translations_check(qapp, tmp_path, monkeypatch):
    (tmp_path / "i18n").mkdir()  # an installed folder whose catalogues were left out
    monkeypatch.setattr(languages, "_resource_dir", lambda: tmp_path / "i18n")
    monkeypatch.setattr(self_check, "resource_dir", lambda: tmp_path)
    out = io.StringIO()
    assert run([("translations", self_check.check_translations)], out=out) == 1
    assert out.getvalue().startswith(
        f"FAIL translations: loyalty_pos_en.qm is missing from {tmp_path / 'i18n'}"
    )


def test_missing_platform_plugin_fails_the_plugins_check(qapp, monkeypatch):
    monkeypatch.setattr(self_check, "native_platforms", lambda: ("xcb", "cocoa"))
    out = io.StringIO()
    assert run([("qt plugins", self_check.check_qt_plugins)], out=out) == 1
    assert "FAIL qt plugins: platform plugins missing from" in out.getvalue()
    assert out.getvalue().splitlines()[0].endswith(": cocoa")


def test_a_platform_plugin_that_cannot_load_fails_the_plugins_check(qapp, monkeypatch, tmp_path):
    broken = tmp_path / "libqtill.so"
    broken.write_bytes(b"not a shared library")
    real = self_check._plugin_files

    def files(folder):
        return {**real(folder), "till": broken} if folder.name == "platforms" else real(folder)

    monkeypatch.setattr(self_check, "_plugin_files", files)
    monkeypatch.setattr(self_check, "native_platforms", lambda: ("till",))
    out = io.StringIO()
    assert run([("qt plugins", self_check.check_qt_plugins)], out=out) == 1
    assert out.getvalue().startswith("FAIL qt plugins: no desktop platform plugin loads: till: ")


def test_a_catalogue_without_the_words_fails_the_translations_check(qapp, tmp_path, monkeypatch):
    """An installed folder whose Hungarian .qm is empty (compiled from an untranslated
    .ts): it loads, but the counter would speak English."""
    import subprocess

    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        lrelease = lrelease.with_suffix(".exe")
    english = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "loyalty_pos_en.ts"
    for language in ("en", "hu", "vi", "nb"):
        target = tmp_path / f"loyalty_pos_{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(english), "-qm", str(target)], check=True)
    monkeypatch.setattr(languages, "_resource_dir", lambda: tmp_path)
    out = io.StringIO()
    assert run([("translations", self_check.check_translations)], out=out) == 1
    assert out.getvalue().startswith(
        "FAIL translations: loyalty_pos_hu.qm does not translate 'Ready. Scan a card"
    )
