"""The scan-or-typing decision, without widgets and without real time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.ui.scan_filter import ScanParser

T = 0.040


def feed(parser: ScanParser[str], text: str, start: float, gap: float) -> list[str]:
    """Type ``text`` with ``gap`` seconds between keys; returns what was replayed."""
    replayed: list[str] = []
    for i, ch in enumerate(text):
        out = parser.printable(ch, ch, start + i * gap)
        assert out.swallow
        replayed += out.replay
    return replayed


def test_fast_burst_then_enter_is_a_scan():
    p: ScanParser[str] = ScanParser(T, 8)
    assert feed(p, "2900000012349", 0.0, 0.003) == []
    out = p.enter(0.003 * 13 + 0.002)
    assert out.scan == "2900000012349"
    assert out.swallow and out.replay == []
    assert not p.pending


def test_qr_payload_with_letters_is_a_scan():
    p: ScanParser[str] = ScanParser(T, 8)
    feed(p, "LP2900000012349", 0.0, 0.002)
    assert p.enter(0.05).scan == "LP2900000012349"


def test_short_fast_burst_is_replayed_at_enter():
    p: ScanParser[str] = ScanParser(T, 8)
    feed(p, "2", 0.0, 0.0)
    out = p.enter(0.01)
    assert out.scan is None
    assert not out.swallow  # the Enter itself goes on to the widget
    assert out.replay == ["2"]


def test_human_typing_is_replayed_in_order_as_gaps_appear():
    p: ScanParser[str] = ScanParser(T, 8)
    replayed = feed(p, "anna kovacs", 0.0, 0.15)
    replayed += p.flush()
    assert "".join(replayed) == "anna kovacs"


def test_slow_enter_after_fast_burst_is_not_a_scan():
    p: ScanParser[str] = ScanParser(T, 8)
    feed(p, "2900000012349", 0.0, 0.002)
    out = p.enter(1.0)
    assert out.scan is None
    assert "".join(out.replay) == "2900000012349"


def test_other_key_releases_what_is_held():
    p: ScanParser[str] = ScanParser(T, 8)
    feed(p, "abc", 0.0, 0.001)
    out = p.other()
    assert out.replay == ["a", "b", "c"] and not out.swallow
    assert not p.pending


def test_gap_inside_a_burst_splits_it():
    p: ScanParser[str] = ScanParser(T, 8)
    feed(p, "1234", 0.0, 0.002)
    out = p.printable("5", "5", 0.5)  # a pause: the first four were typed by a person
    assert out.replay == ["1", "2", "3", "4"]
    assert p.text == "5"


@given(
    text=st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=30),
    gaps=st.lists(st.floats(min_value=0.0, max_value=0.5), min_size=30, max_size=30),
    enter_gap=st.floats(min_value=0.0, max_value=0.5),
)
def test_every_key_is_either_replayed_once_in_order_or_part_of_the_scan(text, gaps, enter_gap):
    """Nothing typed is ever lost, duplicated or reordered."""
    p: ScanParser[str] = ScanParser(T, 8)
    replayed: list[str] = []
    now = 0.0
    for ch, gap in zip(text, gaps, strict=False):
        now += gap
        replayed += p.printable(ch, ch, now).replay
    out = p.enter(now + enter_gap)
    replayed += out.replay
    scanned = out.scan or ""
    assert "".join(replayed) + scanned == text
    if out.scan is not None:
        assert len(out.scan) >= 8
        assert enter_gap <= T
