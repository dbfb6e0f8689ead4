"""Locale-aware text for the counter: dates, money, "3 days ago", "12th visit".

Dates, numbers and money are written by :mod:`loyalty_pos.l10n` (one implementation for
the screens, the printed slips and the services' messages) in Qt's default locale, which
the language switch sets; the words come from the shop's catalogue. So the same screen
reads right in Budapest, Hanoi and Bergen. Times arrive from the services as aware
datetimes; they are shown in the zone of the shop's clock.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from .. import l10n
from ..domain.clock import days_between
from ..l10n import translate
from ..l10n.formats import _PREFIX_SIGNS, CURRENCY_SIGNS  # noqa: F401 - the report axes use them
from ..services import wording
from ..services.views import CardProgress, VisitSummary

CONTEXT = "Formatting"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def _local(dt: datetime, tz_of: datetime | None) -> datetime:
    return dt.astimezone(tz_of.tzinfo) if tz_of is not None and tz_of.tzinfo else dt


def format_date(d: date | datetime, now: datetime | None = None) -> str:
    """A short date in the shop's locale (2026. 03. 10., 10.03.2026, 10/03/2026)."""
    day = _local(d, now).date() if isinstance(d, datetime) else d
    return l10n.format_date(day, _locale())


def format_time(dt: datetime, now: datetime | None = None) -> str:
    return l10n.format_time(_local(dt, now), _locale())


def format_when(dt: datetime, now: datetime) -> str:
    """Time only for today, date and time otherwise: what a visit list needs."""
    if days_between(dt, now) == 0:
        return format_time(dt, now)
    return f"{format_date(dt, now)} {format_time(dt, now)}"


def relative_day(then: datetime, now: datetime) -> str:
    """ "earlier today", "yesterday", "3 days ago", "5 weeks ago", "4 months ago"."""
    days = days_between(then, now)
    if days <= 0:
        return tr("earlier today")
    if days == 1:
        return tr("yesterday")
    if days < 14:
        return tr("{n} days ago").format(n=days)
    if days < 60:
        return tr("{n} weeks ago").format(n=days // 7)
    if days < 730:
        return tr("{n} months ago").format(n=days // 30)
    return tr("{n} years ago").format(n=days // 365)


def ordinal_visit(n: int) -> str:
    """ "1st visit", "12th visit", "23rd visit".

    The English suffix rule picks one of four patterns; a translation maps each to its
    own language's form (Hungarian "{n}. látogatás" for all four, for instance).
    """
    if n % 100 in (11, 12, 13):
        return tr("{n}th visit").format(n=n)
    pattern = {1: tr("{n}st visit"), 2: tr("{n}nd visit"), 3: tr("{n}rd visit")}.get(
        n % 10, tr("{n}th visit")
    )
    return pattern.format(n=n)


def recognition_hint(visit_count: int, last_visit: datetime | None, now: datetime) -> str:
    """What helps the cashier recognise a regular: "12th visit · last here 3 days ago"."""
    if visit_count == 0 or last_visit is None:
        return tr("first visit")
    return tr("{visit} · last here {when}").format(
        visit=ordinal_visit(visit_count + 1), when=relative_day(last_visit, now)
    )


def _locale() -> str:
    """The locale the screens write in: Qt's default, which the language switch sets to
    the one :mod:`loyalty_pos.l10n` speaks (``hu_HU``)."""
    return QLocale().name()


def _is_home_currency(loc: QLocale, code: str) -> bool:
    return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code


def currency_sign(currency: str) -> str:
    """What a till shows beside an amount field: "Ft", "kr", "₫", "€" (else the code)."""
    return l10n.currency_sign(currency, _locale())


def format_money(minor: int, currency: str) -> str:
    """An amount in minor units, in the locale's style: "2400 Ft" and "12 400 Ft" in
    Hungarian, "kr 25,00" in Norwegian, "50.000 ₫" in Vietnamese, "2,400 Ft" in English.
    HUF and VND have no decimals."""
    return l10n.format_money(minor, currency, _locale())


def reward_description(card: CardProgress, currency: str) -> str:
    """The reward as the cashier hands it over: "Free coffee", "Car wash (500 Ft off)"."""
    return wording.reward_description(card, currency, _locale())


def stamps_of(stamps: int, needed: int) -> str:
    """ "7 / 10" with the locale's digits."""
    return wording.stamps_of(stamps, needed, _locale())


def _signed(n: int, account: str, currency: str | None) -> str:
    """ "+2", "−30", or "+150 Ft" for store credit (kept in minor units)."""
    sign = "+" if n > 0 else "−"
    if account == "credit" and currency:
        return sign + format_money(abs(n), currency)
    return sign + l10n.format_number(abs(n), locale=_locale())


def visit_changes(summary: VisitSummary, currency: str | None = None) -> str:
    """What a past visit did, e.g. "Coffee +2, reward given · Points +34 · Credit −500 Ft"."""
    parts = []
    for ch in summary.changes:
        bits = []
        if ch.stamps:
            bits.append(
                tr("{program} {change}").format(
                    program=ch.program, change=_signed(ch.stamps, ch.account, currency)
                )
            )
        else:
            bits.append(ch.program)
        if ch.completed:
            bits.append(tr("card complete"))
        if ch.redeemed:
            bits.append(tr("reward given"))
        if ch.used:
            bits.append(tr("{change} used").format(change=_signed(-ch.used, ch.account, currency)))
        parts.append(", ".join(bits))
    return " · ".join(parts) if parts else tr("no change")


def visit_what(summary: VisitSummary, currency: str | None = None) -> str:
    """The "what happened" column: the amount, the changes, and a void or refund in front."""
    what = visit_changes(summary, currency)
    if currency and summary.charged:
        what = tr("{amount} · {what}").format(
            amount=format_money(summary.charged, currency), what=what
        )
    if summary.voided:
        return tr("VOIDED ({reason}): {what}").format(reason=summary.void_reason or "—", what=what)
    if summary.refunded_in_full:
        return tr("REFUNDED: {what}").format(what=what)
    if summary.refunded and currency:
        return tr("Refunded {amount}: {what}").format(
            amount=format_money(summary.refunded, currency), what=what
        )
    return what


def visit_line(summary: VisitSummary, now: datetime, currency: str | None = None) -> str:
    """A visit in one line: time, what happened, cashier."""
    return tr("{when}  {what}  ({staff})").format(
        when=format_when(summary.at, now), what=visit_what(summary, currency), staff=summary.staff
    )


def coupon_terms(offer, currency: str, item_name: str | None = None) -> str:
    """What a coupon gives, in a few words: "10 % off (at most 2 000 Ft)", "Free latte"."""
    return wording.coupon_terms(offer, currency, item_name, _locale())
