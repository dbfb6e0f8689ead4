"""The bar and module patterns, before anything is drawn."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.card_design import BarcodeKind
from loyalty_pos.domain.cardnumber import make_card_number, qr_payload
from loyalty_pos.printing.patterns import (
    bar_pattern,
    code128_pattern,
    ean13_pattern,
    qr_matrix,
)


def test_ean13_has_95_modules_guards_and_the_standard_quiet_zones() -> None:
    p = ean13_pattern("2945466260071")
    assert len(p.modules) == 95
    assert p.modules[:3] == "101" and p.modules[-3:] == "101"
    assert p.modules[45:50] == "01010"  # centre guard
    assert (p.quiet_left, p.quiet_right) == (11, 7)
    assert p.total_modules == 113


def test_ean13_refuses_a_wrong_check_digit() -> None:
    with pytest.raises(ValueError):
        ean13_pattern("2945466260072")


def test_code128_quiet_zones_and_stop_pattern() -> None:
    p = code128_pattern("2945466260071")
    assert (p.quiet_left, p.quiet_right) == (10, 10)
    assert p.modules.endswith("1100011101011")  # stop character + final bar


def test_code128_for_codes_that_are_not_card_numbers() -> None:
    """A coupon code is not an EAN-13 number: the EAN-13 choice falls back to Code 128."""
    assert bar_pattern(BarcodeKind.EAN13, "SPRING-10").kind is BarcodeKind.CODE128
    assert bar_pattern(BarcodeKind.EAN13, "2945466260071").kind is BarcodeKind.EAN13


def test_qr_payload_fits_the_smallest_symbol() -> None:
    matrix = qr_matrix(qr_payload("2945466260071"))
    assert len(matrix) == 21 and all(len(r) == 21 for r in matrix)
    assert matrix[0][:7] == [True] * 7  # finder pattern


@given(st.integers(min_value=0, max_value=10**10 - 1), st.sampled_from(list(BarcodeKind)))
def test_bar_runs_cover_exactly_the_dark_modules(serial: int, kind: BarcodeKind) -> None:
    p = bar_pattern(kind, make_card_number("29", serial))
    rebuilt = ["0"] * len(p.modules)
    for start, width in p.runs():
        assert width >= 1
        rebuilt[start : start + width] = ["1"] * width
    assert "".join(rebuilt) == p.modules
    assert p.modules[0] == "1" and p.modules[-1] == "1"
