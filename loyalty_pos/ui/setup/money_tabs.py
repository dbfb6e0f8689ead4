"""Set-up tabs for the programs members hold a balance in: points, store credit, passes.

Money is typed as the shop writes it ("1 500", "12,50"), percentages as percent
("5", "2.5"); the services validate the rest and their messages appear beside the form.
Changing one applies from the next checkout; what members already hold stays theirs
(``domain/schemes.py``), and the tab says so when a change touches it.
"""

from __future__ import annotations

from typing import Any

from ...domain.checkout import Schemes
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.schemes import CreditProgram, PassProgram, PointsProgram, expiry_tightened
from ..checkout.totals import percent_text, points_rule
from ..formatting import format_money
from .base import SchemeTab
from .fields import QT_TR_NOOP as N
from .fields import Spec, days_text, opt_text, or_none, or_zero, tr

C = "Setup"
EXPIRY = Spec(
    "expiry",
    N("&Expire after (days)"),
    "int",
    "expiry_days",
    optional=True,
    placeholder=N("empty: never"),
)


def _expiry_note(before: int | None, after: int | None) -> str:
    if not expiry_tightened(before, after):
        return ""
    return tr("What members already hold gets the full {days} days from today.").format(days=after)


class PointsTab(SchemeTab):
    kind = "points"
    columns = (
        QT_TRANSLATE_NOOP(C, "Program"),
        QT_TRANSLATE_NOOP(C, "Earning"),
        QT_TRANSLATE_NOOP(C, "Point value"),
        QT_TRANSLATE_NOOP(C, "Expiry"),
        QT_TRANSLATE_NOOP(C, "Daily cap"),
    )

    scheme_type = PointsProgram
    specs = (
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. Points")),
        Spec("per_step", N("&Points per step *"), "int", "points_per_step", default="1"),
        Spec("step", N("Amount &step *"), "money", "amount_step", default="100"),
        Spec(
            "per_visit",
            N("Points per &visit"),
            "int",
            "points_per_visit",
            optional=True,
            example="0",
            show=or_none,
            read=or_zero,
        ),
        Spec(
            "per_item",
            N("Points per &item"),
            "int",
            "points_per_item",
            optional=True,
            example="0",
            show=or_none,
            read=or_zero,
        ),
        Spec(
            "value",
            N("Point va&lue (pay with points)"),
            "money",
            "point_value",
            optional=True,
            placeholder=N("empty: catalogue only"),
        ),
        EXPIRY,
        Spec(
            "cap",
            N("Daily &cap (points)"),
            "int",
            "per_day_limit",
            optional=True,
            placeholder=N("empty: none"),
        ),
    )

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        return [
            (
                p,
                [
                    p.name,
                    points_rule(p, self.currency),
                    format_money(p.point_value, self.currency) if p.point_value else "—",
                    days_text(p.expiry_days),
                    opt_text(p.per_day_limit),
                ],
            )
            for p in s.points.values()
        ]

    def change_note(self, before: PointsProgram, after: PointsProgram) -> str:
        notes = []
        if after.point_value != before.point_value:
            notes.append(
                tr("Points already held are now worth {value} each.").format(
                    value=format_money(after.point_value, self.currency)
                )
                if after.point_value
                else tr("Points already held can now only buy catalogue rewards.")
            )
        notes.append(_expiry_note(before.expiry_days, after.expiry_days))
        return " ".join(n for n in notes if n)


class CreditTab(SchemeTab):
    kind = "credit"
    columns = (
        QT_TRANSLATE_NOOP(C, "Program"),
        QT_TRANSLATE_NOOP(C, "Cashback"),
        QT_TRANSLATE_NOOP(C, "Expiry"),
    )

    scheme_type = CreditProgram
    specs = (
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. Cashback")),
        Spec("rate", N("&Cashback (% of what is paid) *"), "percent", "rate_bp", example="5"),
        EXPIRY,
    )

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        return [
            (c, [c.name, percent_text(c.rate_bp), days_text(c.expiry_days)])
            for c in s.credit.values()
        ]

    def change_note(self, before: CreditProgram, after: CreditProgram) -> str:
        return _expiry_note(before.expiry_days, after.expiry_days)


class PassesTab(SchemeTab):
    kind = "pass"
    columns = (
        QT_TRANSLATE_NOOP(C, "Pass"),
        QT_TRANSLATE_NOOP(C, "Uses"),
        QT_TRANSLATE_NOOP(C, "Price"),
        QT_TRANSLATE_NOOP(C, "Expiry"),
    )

    scheme_type = PassProgram
    specs = (
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. 10 car washes")),
        Spec("uses", N("&Uses *"), "int", "pass_uses", default="10"),
        Spec("price", N("&Price *"), "money", "price"),
        EXPIRY,
    )

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        return [
            (
                p,
                [
                    p.name,
                    str(p.pass_uses),
                    format_money(p.price, self.currency),
                    days_text(p.expiry_days),
                ],
            )
            for p in s.passes.values()
        ]

    def change_note(self, before: PassProgram, after: PassProgram) -> str:
        if (before.price, before.pass_uses) == (after.price, after.pass_uses):
            return ""
        return tr("Passes already bought keep their uses; the new terms are for new sales.")
