"""Printing to the terminal from the Windows window executable.

The built app's ``loyalty-pos.exe`` is a GUI program: Windows gives it no console, and
Python's ``sys.stdout`` is ``None``, so ``loyalty-pos.exe admin members find ...`` typed
in cmd.exe would print nothing. The folder also holds ``loyalty-pos.com``, the same
program built for the console, which cmd.exe and PowerShell find first when one types
``loyalty-pos``; this module covers the case where someone names the ``.exe``
explicitly: it attaches to the console of the terminal that started it and writes
there. (cmd.exe does not wait for a GUI program, so its prompt may come back before the
output; the ``.com`` has no such quirk.)

Only the decision is tested here; the Windows calls run only in the frozen Windows app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Arguments whose whole point is printed output (help, version, the self-check).
_PRINTING_FLAGS = frozenset({"--self-check", "--version", "-h", "--help"})


def prints_to_terminal(argv: Sequence[str]) -> bool:
    """Whether this command line prints for a person to read: ``admin ...`` or a flag."""
    if argv and argv[0] == "admin":
        return True
    return any(arg in _PRINTING_FLAGS for arg in argv)


def needs_parent_console(
    argv: Sequence[str], *, platform: str, frozen: bool, has_stdout: bool
) -> bool:
    """The frozen Windows GUI executable (no stdout) asked for printed output."""
    return platform == "win32" and frozen and not has_stdout and prints_to_terminal(argv)


def attach_parent_console(argv: Sequence[str]) -> bool:
    """Send stdout and stderr to the starting terminal's console if this process is the
    Windows GUI executable asked to print; returns whether it did."""
    if not needs_parent_console(
        argv,
        platform=sys.platform,
        frozen=bool(getattr(sys, "frozen", False)),
        has_stdout=sys.stdout is not None,
    ):
        return False
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):  # type: ignore[attr-defined]
        return False  # started from Explorer or a shortcut: no console to print to
    # "CONOUT$" opens as a console file: Python writes it with WriteConsoleW, so
    # "Kovács Éva" and "Nguyễn" show right whatever the console's code page.
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    return True
