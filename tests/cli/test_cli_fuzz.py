"""No traceback, ever, on the command line: every command, hostile values.

The argv is built from the registry itself (every command's path, options and
positionals as registered), so a command added later is fuzzed without editing this
file. The values are what broke it before (issue finding 7): ids beyond 64 bits,
``inf``, dates at the end of the calendar, thousands of digits, undecodable bytes
(lone surrogates, as ``sys.argv`` carries them on POSIX), newlines and escape codes.

Each example runs ``cli.main`` in-process on one prepared shop. The promises checked:
no "Traceback" anywhere, a status in {0, 1, 2, 3} with 1 only from the commands that
check (``check``, the check after ``backup restore``, a dry-run ``members import``), at
most one line on stderr, and a shop file byte for byte unchanged whenever the status
is 2. The shop is copied back only when an example changed it.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_pos import cli
from loyalty_pos.cli import runner
from loyalty_pos.cli.registry import Command, CommandSpec
from loyalty_pos.cli.runner import registry

CHECKS = {("check",), ("backup", "restore"), ("members", "import")}
"""The commands whose status 1 means "the check found a problem" (docs/cli.md)."""

HOSTILE = [
    "", " ", "0", "1", "2", "-1", "+3", "1_000", "٣", "1.5", "0,5", "2.555",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808",
    "9" * 30, "9" * 5000, "-" + "9" * 5000, "1e30", "0x10",
    "inf", "-inf", "Infinity", "nan", "NaN",
    "2026-08-10", "2026-08-10T10:00", "2000-01-01", "2099-12-31", "1999-12-31",
    "2100-01-01", "9999-12-31", "0001-01-01", "9999-12-31T23:59", "2026-02-30",
    "a\nb", "two\r\nlines", "\x1b[31mred", "tab\there", "\u2028", "\x7f",
    "\udcff", "caf\udce9", "\udc80\udc80", "\x00", "nul\x00byte",
    "Đức", "Ødegård", "🙂", "A" * 5000, "none", "yes", "no", "-", "--", "-x",
    "Coffee", "Points", "Credit", "Espresso", "Gold", "Ten", "a4", "cr80",
]  # fmt: skip


def specs(spec: CommandSpec) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every recorded ``add_argument`` call of a command, its exclusive groups included."""
    calls = list(spec.calls)
    for _required, group in spec.groups:
        calls.extend(specs(group))
    return calls


COMMANDS: list[Command] = registry().commands()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small shop with one of each kind of thing a command may name, and its bytes."""
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "shop.sqlite3"

    def run(*argv: str) -> Any:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            assert cli.main(["--db", str(db), "--json", *argv]) == 0, argv
        return json.loads(out.getvalue())

    run("init")
    run("programs", "add-stamp-card", "--name", "Coffee", "--stamps-needed", "3", "--reward", "x")
    run("programs", "add-points", "--name", "Points", "--points-per-amount", "1",
        "--amount-step", "100")  # fmt: skip
    run("programs", "add-credit", "--name", "Credit", "--percent", "5")
    run("programs", "add-pass", "--name", "Ten", "--uses", "10", "--price", "5000")
    run("programs", "add-item", "--name", "Espresso", "--price", "450", "--counts-for", "Coffee")
    member = run("members", "add", "--name", "Kovács Éva")
    run("visit", member["card_number"], "--amount", "1000", "--item", "Espresso=2")
    gift = run("gift-cards", "issue", "--amount", "2000")
    codes = [member["card_number"], "LP" + member["card_number"]]
    codes += [v for v in _strings(gift) if v.isdigit() and len(v) == 13]
    return {"db": db, "bytes": db.read_bytes(), "codes": codes, "folder": folder}


def _strings(doc: Any) -> list[str]:
    if isinstance(doc, dict):
        return [s for v in doc.values() for s in _strings(v)]
    if isinstance(doc, list):
        return [s for v in doc for s in _strings(v)]
    return [doc] if isinstance(doc, str) else []


def values(codes: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(HOSTILE + codes),
        st.integers(min_value=-(2**80), max_value=2**80).map(str),
        st.text(max_size=12),
    )


@st.composite
def argvs(draw: st.DrawFn, codes: list[str]) -> tuple[Command, list[str]]:
    """A command and its arguments: each positional given (rarely left out), each
    option now and then, a value from ``choices`` half the time, else a hostile one."""
    command = draw(st.sampled_from(COMMANDS))
    argv = list(command.path)
    value = values(codes)
    for args, kwargs in specs(command.arguments):
        flags = [a for a in args if a.startswith("-")]
        choices = kwargs.get("choices")

        def one(choices: Any = choices) -> str:
            if choices is not None and draw(st.booleans()):
                return str(draw(st.sampled_from(list(choices))))
            return draw(value)

        if not flags:
            if draw(st.integers(0, 19)) == 0:
                continue  # a missing positional is a usage error: also fuzzed
            argv.extend(one() for _ in range(2 if kwargs.get("nargs") == "+" else 1))
        elif draw(st.booleans()):
            argv.append(flags[0])
            if kwargs.get("action") not in ("store_true", "store_false"):
                argv.append(one())
    if draw(st.integers(0, 9)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(value))  # a stray word
    if draw(st.booleans()):
        argv.insert(0, "--json")
    return command, argv


def shop_state(folder: Path) -> str:
    """The shop's file and everything beside it named after it (journal, damage mark)."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("shop.sqlite3*")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def restore(prepared: dict[str, Any]) -> None:
    for path in prepared["folder"].glob("shop.sqlite3*"):
        path.unlink()
    prepared["db"].write_bytes(prepared["bytes"])


TALLY: Counter[int] = Counter()


@pytest.mark.timeout(900)  # ~1 min alone; the shared CI machine can be far slower
def test_every_command_survives_hostile_values(
    prepared: dict[str, Any],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One parser for all examples (it is rebuilt per command only to speak the shop's
    # language, and parsing does not change it): two thousand builds would be most of
    # the run. The parser is the real one, text guard included.
    monkeypatch.setattr(runner, "build_parser", functools.cache(runner.build_parser))
    db, folder = prepared["db"], prepared["folder"]
    pristine = shop_state(folder)
    scratch = tmp_path_factory.mktemp("cwd")  # relative PDF/CSV paths land here

    @settings(
        max_examples=2000,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(argvs(prepared["codes"]))
    def one_command(case: tuple[Command, list[str]]) -> None:
        command, argv = case
        out, err = io.StringIO(), io.StringIO()
        with contextlib.chdir(scratch), contextlib.redirect_stdout(out), \
                contextlib.redirect_stderr(err):  # fmt: skip
            code = cli.main(["--db", str(db), *argv])
        TALLY[code] += 1
        shown = (argv, code, err.getvalue()[:500])
        assert "Traceback" not in err.getvalue() + out.getvalue(), shown
        assert code in (0, 1, 2, 3), shown
        assert code != 1 or command.path in CHECKS, shown
        assert len(err.getvalue().splitlines()) <= 1, shown
        after = shop_state(folder)
        if after != pristine:
            restore(prepared)  # before the check below, so one failure does not hide the next
        if code == 2:
            assert after == pristine, shown

    one_command()
    # The fuzz reached the services too, not only the parser: some commands succeeded.
    assert TALLY[0] > 50 and TALLY[2] > 500, TALLY


# Real bytes on a real command line ----------------------------------------------------


def admin(db: Path, *argv: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """``python -m loyalty_pos admin --db DB ...`` with argv given as bytes, as a shell
    passes them: ``os.fsencode`` keeps a str's bytes, a bytes argument goes as is."""
    command = [os.fsencode(sys.executable), b"-m", b"loyalty_pos", b"admin", b"--db"]
    command += [os.fsencode(db), *(a if isinstance(a, bytes) else os.fsencode(a) for a in argv)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(command, capture_output=True, env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def small_shop(prepared: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sub") / "shop.sqlite3"
    db.write_bytes(prepared["bytes"])
    return db


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ((b"members", b"find", b"Kov\xe1cs"), b"TEXT"),  # Latin-1 "á", not UTF-8
        ((b"members", b"add", b"--name", b"\xff\xfe"), b"--name"),
        ((b"void", b"1", b"--reason", b"bad \xc3"), b"--reason"),
        ((b"export", b"members", b"--csv", b"out-\xe9.csv"), b"--csv"),
    ],
)
def test_bytes_that_are_not_utf8_are_refused_naming_the_argument(
    small_shop: Path, argv: tuple[bytes, ...], named: bytes
) -> None:
    before = small_shop.read_bytes()
    r = admin(small_shop, *argv)
    assert r.returncode == 2, r.stderr
    assert b"Traceback" not in r.stderr and r.stdout == b""
    assert len(r.stderr.splitlines()) == 1 and named in r.stderr
    assert b"UTF-8" in r.stderr
    assert small_shop.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (("void", "9223372036854775808", "--reason", "x"), "too large"),
        (("refund", "-9223372036854775809", "--reason", "x"), "too small"),
        (("programs", "add-credit", "--name", "C", "--percent", "inf"), "percentage"),
        (("programs", "add-credit", "--name", "C", "--percent", "nan"), "percentage"),
        (("report", "--from", "2026-01-01", "--to", "9999-12-31"), "2099-12-31"),
        (("audit", "--from", "0001-01-01"), "2000-01-01"),
        (("void", "9" * 5000, "--reason", "x"), "too large"),
        (("visit", "--no-member", "--amount", "9" * 5000), "too large"),
        (("void", "1", "--reason", "x", "stray\nword"), "stray word"),
    ],
)
def test_the_findings_examples_exit_2_in_one_line(
    small_shop: Path, argv: tuple[str, ...], says: str
) -> None:
    before = small_shop.read_bytes()
    r = admin(small_shop, *argv)
    err = r.stderr.decode()
    assert (r.returncode, r.stdout) == (2, b""), err
    assert "Traceback" not in err and len(err.splitlines()) == 1 and says in err
    assert len(err) < 300  # the 5000 digits are not echoed back
    assert small_shop.read_bytes() == before


def test_a_surrogate_reaching_main_directly_is_refused_too(prepared: dict[str, Any]) -> None:
    """``cli.main`` called by a program (not a shell) gets the same check."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["--db", str(prepared["db"]), "members", "find", "caf\udce9"])
    assert code == 2 and "argument TEXT" in err.getvalue() and "\\udce9" in err.getvalue()


def test_the_prepared_shop_is_a_real_copy(prepared: dict[str, Any]) -> None:
    """The state the fuzz compares sees a change: a visit written changes it."""
    copy = prepared["folder"].parent / "copy"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir()
    (copy / "shop.sqlite3").write_bytes(prepared["bytes"])
    before = shop_state(copy)
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(
            ["--db", str(copy / "shop.sqlite3"), "visit", prepared["codes"][0], "--amount", "5"]
        )
    assert code == 0 and shop_state(copy) != before
