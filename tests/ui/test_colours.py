"""Colours: every text on its background reads at WCAG contrast (4.5:1 standard, 7:1 in
high contrast), in light and dark; the high-contrast set follows the system's colour
scheme live; no state is told by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from loyalty_pos.ui import theme
from loyalty_pos.ui.colours import (
    CONTRAST_DARK,
    CONTRAST_LIGHT,
    SETS,
    STANDARD_DARK,
    STANDARD_LIGHT,
    contrast_ratio,
    mark_pairs,
    pick,
    text_pairs,
)
from loyalty_pos.ui.style_sheet import style_sheet
from loyalty_pos.ui.theme import Tone


def test_the_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)  # AAA
    assert contrast_ratio("#ffffff", "#0b4f9c") == contrast_ratio("#0b4f9c", "#ffffff")
    with pytest.raises(ValueError):
        contrast_ratio("#fff", "#000000")


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_text_pair_reads_at_wcag_contrast(name):
    colours = SETS[name]
    need = 7.0 if colours.high_contrast else 4.5
    low = [
        (where, round(contrast_ratio(ink, bg), 2))
        for where, ink, bg in text_pairs(colours)
        if contrast_ratio(ink, bg) < need
    ]
    assert low == []
    where = {w for w, _, _ in text_pairs(colours)}
    assert {f"banner {t}" for t in Tone} | {"feedback low", "feedback high"} <= where


@pytest.mark.parametrize("name", sorted(SETS))
def test_focus_rings_and_stamps_stand_out(name):
    """Lines and marks need 3:1 (WCAG 1.4.11); the high-contrast focus ring is thicker."""
    colours = SETS[name]
    low = [w for w, mark, bg in mark_pairs(colours) if contrast_ratio(mark, bg) < 3.0]
    assert low == []
    if colours.high_contrast:
        assert colours.focus_px >= 4 and colours.border_px >= 2
        assert contrast_ratio(colours.line, colours.paper) >= 7.0  # borders, not only fills


def test_each_choice_has_a_light_and_a_dark_set():
    assert pick(False, False) is STANDARD_LIGHT and pick(False, True) is STANDARD_DARK
    assert pick(True, False) is CONTRAST_LIGHT and pick(True, True) is CONTRAST_DARK
    assert not CONTRAST_LIGHT.dark and CONTRAST_DARK.dark
    # A meaning keeps its hue in every set: the reward is yellow, the error red.
    for c in SETS.values():
        assert c.tones["reward"][0].lower().startswith("#ff")
        assert int(c.tones["error"][0][1:3], 16) > int(c.tones["error"][0][3:5], 16)


def test_the_style_sheet_draws_the_thick_focus_ring_and_big_checkboxes():
    sheet = style_sheet(CONTRAST_LIGHT)
    assert f"border: 4px solid {CONTRAST_LIGHT.focus}" in sheet
    assert "QCheckBox::indicator:checked" in sheet and "image: url(" in sheet
    assert "width: 30px; height: 30px" in sheet


def _app_paper() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_high_contrast_follows_the_systems_dark_mode_live(
    qtbot, monkeypatch, window, services, member
):
    """The owner chose high contrast; the system turns dark at sunset: the open counter
    restyles at once, with the member still on screen; at dawn it turns light again."""
    services.display.set("colours", "high_contrast")
    theme.configure(high_contrast=True)
    window.open_code(member.card_number)
    assert _app_paper() == CONTRAST_LIGHT.paper
    changed: list[bool] = []
    theme.signals().changed.connect(lambda: changed.append(True))
    hints = QGuiApplication.styleHints()
    for system_dark, scheme, expected in (
        (True, Qt.ColorScheme.Dark, CONTRAST_DARK),
        (False, Qt.ColorScheme.Light, CONTRAST_LIGHT),
    ):
        monkeypatch.setattr(theme, "system_dark", lambda d=system_dark: d)
        hints.colorSchemeChanged.emit(scheme)
        assert _app_paper() == expected.paper
        assert f"background: {expected.paper}" in QApplication.instance().styleSheet()
        ink = window.panel.name.palette().color(QPalette.ColorRole.WindowText).name()
        assert ink == expected.ink
        # A field's hint text keeps its contrast (Qt would draw it half transparent).
        hint = window.search.palette().color(QPalette.ColorRole.PlaceholderText)
        assert (hint.name(), hint.alpha()) == (expected.muted, 255)
    assert len(changed) == 2
    assert window.panel.name.text() == "Kovács Éva"  # nothing was rebuilt


def test_the_banner_says_its_state_with_an_icon_too(window):
    icons = {}
    for tone in Tone:
        window.banner.show_message(tone, "x")
        assert window.banner.property("tone") == tone.value
        assert window.banner.icon.isVisibleTo(window.banner)
        drawn = window.banner.grab(window.banner.icon.geometry()).toImage()
        icons[tone] = (window.banner.icon.accessibleName(), drawn)
    assert [name for name, _ in icons.values()] == [
        "Information",
        "Done",
        "Reward",
        "Warning",
        "Error",
    ]
    images = [image for _, image in icons.values()]
    assert all(a != b for i, a in enumerate(images) for b in images[i + 1 :])  # five shapes


def test_the_owner_switches_colours_in_settings_without_a_rebuild(
    qtbot, window, services, owner_signed_in, member
):
    window.open_code(member.card_number)
    window.owner_actions.open_settings()
    dialog = window.owner_actions.settings_dialog
    dialog.colours.setCurrentIndex(dialog.colours.findData("high_contrast"))
    dialog.save()
    assert services.display.get().high_contrast
    assert theme.colours().high_contrast
    assert _app_paper() == theme.colours().paper
    assert window.isVisible() and window.current_member is not None  # the same window
