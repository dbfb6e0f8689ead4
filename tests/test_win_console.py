"""When the Windows window executable attaches to the terminal that started it."""

from __future__ import annotations

import sys

import pytest

from loyalty_pos.win_console import attach_parent_console, needs_parent_console


@pytest.mark.parametrize(
    ("argv", "printing"),
    [
        (["admin", "members", "find", "kovacs"], True),
        (["--self-check"], True),
        (["--version"], True),
        (["--help"], True),
        (["--db", "shop.sqlite3", "-h"], True),
        ([], False),  # the counter window: nothing to print
        (["--demo"], False),
        (["--db", "admin"], False),  # a file called "admin" is not the admin command
    ],
)
def test_only_the_frozen_windows_window_exe_attaches_and_only_to_print(argv, printing):
    windows_gui = {"platform": "win32", "frozen": True, "has_stdout": False}
    assert needs_parent_console(argv, **windows_gui) is printing
    # The console build (loyalty-pos.com) has a stdout; from source there is python.exe's
    # console; Linux and macOS terminals print either way.
    assert not needs_parent_console(argv, **{**windows_gui, "has_stdout": True})
    assert not needs_parent_console(argv, **{**windows_gui, "frozen": False})
    assert not needs_parent_console(argv, **{**windows_gui, "platform": "linux"})
    assert not needs_parent_console(argv, **{**windows_gui, "platform": "darwin"})


def test_nothing_is_attached_here(capsys):
    stdout = sys.stdout
    assert attach_parent_console(["admin", "--help"]) is False
    assert sys.stdout is stdout
