"""Locale-aware text for the counter: dates, money, "3 days ago", "12th visit".

Everything goes through ``QLocale`` (dates, numbers) and Qt's translation (words), so
the same screen reads right in Budapest, Hanoi and Bergen. Times arrive from the
services as aware datetimes; they are shown in the zone of the shop's clock.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from ..domain.clock import days_between
from ..domain.money import minor_digits, to_major
from ..domain.programs import RewardKind
from ..i18n import translate
from ..services.views import CardProgress, VisitSummary

CONTEXT = "Formatting"

# ISO 4217 minor-unit exponents for the currencies the shops use; two is the default.


def tr(text: str) -> str:
    return translate(CONTEXT, text)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qdatetime(dt: datetime, tz_of: datetime | None) -> QDateTime:
    local = dt.astimezone(tz_of.tzinfo) if tz_of is not None and tz_of.tzinfo else dt
    return QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second))


def _short_date_format(loc: QLocale) -> str:
    """The locale's short date, with a four-digit year where Qt's is two ("7/3/26" in
    Vietnamese reads badly on a receipt; shops write 07/03/2026)."""
    if loc.language() == QLocale.Language.Vietnamese:
        return "dd/MM/yyyy"
    return loc.dateFormat(QLocale.FormatType.ShortFormat)


def format_date(d: date | datetime, now: datetime | None = None) -> str:
    """A short date in the shop's locale (2026. 03. 10., 10.03.2026, 10/03/2026)."""
    loc = QLocale()
    qdate = _qdatetime(d, now).date() if isinstance(d, datetime) else _qdate(d)
    return loc.toString(qdate, _short_date_format(loc))


def format_time(dt: datetime, now: datetime | None = None) -> str:
    return QLocale().toString(_qdatetime(dt, now).time(), QLocale.FormatType.ShortFormat)


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


# The sign a shop writes for its currency. Word-like signs go after the number outside
# their home locale ("2,400 Ft" in English), as people write them.
CURRENCY_SIGNS = {
    "HUF": "Ft", "VND": "₫", "NOK": "kr", "SEK": "kr", "DKK": "kr", "ISK": "kr",
    "EUR": "€", "USD": "$", "GBP": "£", "CZK": "Kč", "PLN": "zł", "RON": "lei",
}  # fmt: skip
_PREFIX_SIGNS = frozenset({"€", "$", "£"})


def _is_home_currency(loc: QLocale, code: str) -> bool:
    return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code


def currency_sign(currency: str) -> str:
    """What a till shows beside an amount field: "Ft", "kr", "₫", "€" (else the code)."""
    code = currency.upper()
    loc = QLocale()
    return loc.currencySymbol() if _is_home_currency(loc, code) else CURRENCY_SIGNS.get(code, code)


def format_money(minor: int, currency: str) -> str:
    """An amount in minor units, in the locale's style: "2400 Ft" and "12 400 Ft" in
    Hungarian, "kr 25,00" in Norwegian, "50.000 ₫" in Vietnamese, "2,400 Ft" in English.
    HUF and VND have no decimals."""
    code = currency.upper()
    digits = minor_digits(code)
    # QLocale formats doubles; a Decimal of a few million is exact as one.
    value = float(to_major(minor, code))
    loc = QLocale()
    sign = currency_sign(code)
    if _is_home_currency(loc, code) or sign in _PREFIX_SIGNS:
        return loc.toCurrencyString(value, sign, digits)
    return f"{loc.toString(value, 'f', digits)}\u00a0{sign}"


def reward_description(card: CardProgress, currency: str) -> str:
    """The reward as the cashier hands it over: "Free coffee", "Car wash (500 Ft off)"."""
    if card.reward_kind == RewardKind.FIXED_DISCOUNT:
        return tr("{reward} ({amount} off)").format(
            reward=card.reward_text, amount=format_money(card.reward_value, currency)
        )
    if card.reward_kind == RewardKind.PERCENT_DISCOUNT:
        return tr("{reward} ({percent}% off)").format(
            reward=card.reward_text, percent=QLocale().toString(card.reward_value)
        )
    return card.reward_text


def stamps_of(stamps: int, needed: int) -> str:
    """ "7 / 10" with the locale's digits."""
    loc = QLocale()
    return tr("{stamps} / {needed}").format(
        stamps=loc.toString(stamps), needed=loc.toString(needed)
    )


def _signed(n: int, account: str, currency: str | None) -> str:
    """ "+2", "−30", or "+150 Ft" for store credit (kept in minor units)."""
    sign = "+" if n > 0 else "−"
    if account == "credit" and currency:
        return sign + format_money(abs(n), currency)
    return sign + QLocale().toString(abs(n))


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
    """What a coupon gives, in a few words: "10 % off (at most 2 000 Ft)", "Free latte".

    ``offer`` is a ``domain.coupons.CouponOffer``; printed coupons and the counter's
    Apply list word it the same way.
    """
    if offer.kind is RewardKind.FIXED_DISCOUNT:
        return tr("{amount} off").format(amount=format_money(offer.value, currency))
    if offer.kind is RewardKind.PERCENT_DISCOUNT:
        text = tr("{percent} % off").format(percent=offer.value)
        if offer.max_discount is not None:
            text += " " + tr("(at most {amount})").format(
                amount=format_money(offer.max_discount, currency)
            )
        return text
    if item_name:
        return tr("Free {item}").format(item=item_name)
    return tr("A free item")
