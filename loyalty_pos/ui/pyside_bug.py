"""Stopgap for a PySide6 6.12.0 reference-counting bug on Python 3.11.

PySide6 6.12.0 (abi3 wheels) returns None from void methods (``setText``, ``hide``...)
and True/False from some calls (``Signal.emit``) without taking a new reference. On
Python 3.12+ these objects are immortal and nothing happens; on 3.11 every call takes
one reference away, and after a few thousand calls the interpreter aborts with
"none_dealloc" / "bool_dealloc". At the counter that is roughly a thousand scans: the
till would die mid-shift.

The real fix is a PySide6 without the bug (6.11.x works; see the UI report) or Python
3.12+. Until then the counter lends None, True and False a very large number of
references once at start, so the lost ones can never bring the count to zero. It does
nothing on any other combination of versions.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED_PYSIDE = ("6.12.0",)
LOAN = 1 << 40  # a trillion references: more than any shop will ever lose
_lent = False


def affected() -> bool:
    return sys.version_info < (3, 12) and PySide6.__version__ in AFFECTED_PYSIDE


def lend_references() -> bool:
    """Raise the reference counts of None, True and False once; True if it did."""
    global _lent
    if _lent or not affected():
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11 release builds.
        ctypes.c_ssize_t.from_address(id(obj)).value += LOAN
    _lent = True
    return True
