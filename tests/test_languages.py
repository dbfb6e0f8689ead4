"""Choosing the language and locale, and money in each locale's style."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from loyalty_pos import l10n
from loyalty_pos.ui import qt_language as languages
from loyalty_pos.ui.formatting import format_date, format_money

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture
def restore_locale():
    yield
    QLocale.setDefault(UK)
    l10n.use_directly([])


def system_is(monkeypatch, locale: str) -> None:
    """The computer's locale, as the environment names it (what Qt reads on Linux too)."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LC_ALL", locale)


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("hu_HU.UTF-8", "hu"),
        ("vi_VN.UTF-8", "vi"),
        ("nb_NO.UTF-8", "nb"),
        ("nn_NO.UTF-8", "nb"),
        ("no_NO", "nb"),
        ("de_DE.UTF-8", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_the_app_follows_the_computers_language(monkeypatch, system, expected):
    system_is(monkeypatch, system)
    assert languages.system_language() == expected
    assert languages.resolve("system") == expected
    assert languages.resolve(None) == expected
    assert languages.resolve("vi") == "vi"  # the owner's choice wins


def test_english_dates_are_day_first_unless_the_computer_is_american(monkeypatch):
    system_is(monkeypatch, "C")
    assert languages.locale_for("en").name() == "en_GB"
    system_is(monkeypatch, "en_US.UTF-8")
    assert languages.locale_for("en").name() == "en_US"
    assert languages.locale_for("hu").name() == "hu_HU"


@pytest.mark.parametrize(
    ("language", "minor", "currency", "expected"),
    [
        ("hu", 2400, "HUF", "2400 Ft"),
        ("hu", 124000, "HUF", "124 000 Ft"),
        ("hu", -500, "HUF", "-500 Ft"),
        ("vi", 50000, "VND", "50.000 ₫"),
        ("nb", 2550, "NOK", "kr 25,50"),
        ("en", 124000, "HUF", "124,000 Ft"),
        ("en", 2550, "EUR", "€25.50"),
        ("hu", 2550, "EUR", "25,50 €"),
        ("en", 2550, "CHF", "25.50 CHF"),
    ],
)
def test_money_is_written_as_each_country_writes_it(
    restore_locale, language, minor, currency, expected
):
    QLocale.setDefault(languages.locale_for(language))
    assert format_money(minor, currency).replace("\u00a0", " ") == expected


def test_dates_follow_the_chosen_language(restore_locale):
    QLocale.setDefault(languages.locale_for("hu"))
    assert format_date(QDate(2026, 3, 10).toPython()) == "2026. 03. 10."
    QLocale.setDefault(languages.locale_for("nb"))
    assert format_date(QDate(2026, 3, 10).toPython()) == "10.03.2026"


def test_applying_a_language_loads_its_catalogue_and_locale(qapp, restore_locale):
    assert languages.apply("hu", install=False) == "hu"
    assert QLocale().name() == "hu_HU"
    # Qt's own Hungarian catalogue is loaded beside ours (standard buttons, dialogs).
    assert l10n.translate("QPlatformTheme", "Cancel") == "Mégse"
    languages.apply("en", install=False)
    assert l10n.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_missing_catalogue_leaves_the_app_in_english(monkeypatch, tmp_path, qapp, restore_locale):
    monkeypatch.setattr(languages, "_resource_dir", lambda: tmp_path / "nothing here")
    monkeypatch.setattr(languages, "_qt_catalogue", lambda _language: None)
    assert languages.apply("nb", install=False) == "nb"
    assert l10n.translate("MainWindow", "Search") == "Search"
    assert QLocale().name() == "nb_NO"


def test_the_catalogue_is_compiled_once_per_change(tmp_path, monkeypatch):
    source = languages._resource_dir() / "loyalty_pos_hu.ts"
    monkeypatch.setattr(languages, "_resource_dir", lambda: tmp_path)
    monkeypatch.setattr(languages, "_cache_dir", lambda: tmp_path / "cache")
    (tmp_path / "loyalty_pos_hu.ts").write_bytes(source.read_bytes())
    first = languages.compiled("hu")
    assert first is not None and first.stat().st_size > 0
    assert languages.compiled("hu") == first  # cached
    (tmp_path / "loyalty_pos_hu.ts").write_bytes(source.read_bytes() + b"\n")
    assert languages.compiled("hu") != first  # a changed .ts is compiled again


def test_messages_show_amounts_in_the_counters_format(services, restore_locale):
    services.shop.set("currency", "HUF")
    assert services.shop.money_text(150000) == "150000 HUF"  # scripts, the command line
    with l10n.speaking("hu"):  # the counter speaks a language (the shop's, at start)
        assert services.shop.money_text(150000).replace("\u00a0", " ") == "150 000 Ft"


def test_vietnamese_dates_have_four_digit_years(restore_locale):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from loyalty_pos.ui.formatting import format_when

    QLocale.setDefault(languages.locale_for("vi"))
    assert format_date(QDate(2026, 3, 7).toPython()) == "07/03/2026"
    at = datetime(2026, 3, 7, 9, 5, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert format_when(at, at.replace(day=9)) == "07/03/2026 09:05"
