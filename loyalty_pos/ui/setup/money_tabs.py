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
from .fields import days_text, opt_text, tr

C = "Setup"


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

    def build(self) -> None:
        self.add("name", tr("&Name *"), placeholder=tr("e.g. Points"))
        self.add("per_step", tr("&Points per step *"), "int", default="1")
        self.add("step", tr("Amount &step *"), "money", default="100")
        self.add("per_visit", tr("Points per &visit"), "int", optional=True, placeholder="0")
        self.add("per_item", tr("Points per &item"), "int", optional=True, placeholder="0")
        self.add(
            "value",
            tr("Point va&lue (pay with points)"),
            "money",
            optional=True,
            placeholder=tr("empty: catalogue only"),
        )
        self.add(
            "expiry",
            tr("&Expire after (days)"),
            "int",
            optional=True,
            placeholder=tr("empty: never"),
        )
        self.add(
            "cap", tr("Daily &cap (points)"), "int", optional=True, placeholder=tr("empty: none")
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

    def fill(self, p: PointsProgram) -> None:
        f = self.fields
        f["name"].set(p.name)
        f["per_step"].set(p.points_per_step)
        f["step"].set(p.amount_step)
        f["per_visit"].set(p.points_per_visit or None)
        f["per_item"].set(p.points_per_item or None)
        f["value"].set(p.point_value)
        f["expiry"].set(p.expiry_days)
        f["cap"].set(p.per_day_limit)

    def make(self, v: dict[str, Any], base: PointsProgram | None) -> PointsProgram:
        return PointsProgram(
            base.id if base else 0,
            v["name"],
            points_per_step=v["per_step"],
            amount_step=v["step"],
            points_per_visit=v["per_visit"] or 0,
            points_per_item=v["per_item"] or 0,
            point_value=v["value"],
            expiry_days=v["expiry"],
            per_day_limit=v["cap"],
            active=base.active if base else True,
        )

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

    def build(self) -> None:
        self.add("name", tr("&Name *"), placeholder=tr("e.g. Cashback"))
        self.add("rate", tr("&Cashback (% of what is paid) *"), "percent", placeholder="5")
        self.add(
            "expiry",
            tr("&Expire after (days)"),
            "int",
            optional=True,
            placeholder=tr("empty: never"),
        )

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        return [
            (c, [c.name, percent_text(c.rate_bp), days_text(c.expiry_days)])
            for c in s.credit.values()
        ]

    def fill(self, c: CreditProgram) -> None:
        self.fields["name"].set(c.name)
        self.fields["rate"].set(c.rate_bp)
        self.fields["expiry"].set(c.expiry_days)

    def make(self, v: dict[str, Any], base: CreditProgram | None) -> CreditProgram:
        return CreditProgram(
            base.id if base else 0,
            v["name"],
            v["rate"],
            v["expiry"],
            active=base.active if base else True,
        )

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

    def build(self) -> None:
        self.add("name", tr("&Name *"), placeholder=tr("e.g. 10 car washes"))
        self.add("uses", tr("&Uses *"), "int", default="10")
        self.add("price", tr("&Price *"), "money")
        self.add(
            "expiry",
            tr("&Expire after (days)"),
            "int",
            optional=True,
            placeholder=tr("empty: never"),
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

    def fill(self, p: PassProgram) -> None:
        self.fields["name"].set(p.name)
        self.fields["uses"].set(p.pass_uses)
        self.fields["price"].set(p.price)
        self.fields["expiry"].set(p.expiry_days)

    def make(self, v: dict[str, Any], base: PassProgram | None) -> PassProgram:
        return PassProgram(
            base.id if base else 0,
            v["name"],
            v["uses"],
            v["price"],
            v["expiry"],
            active=base.active if base else True,
        )

    def change_note(self, before: PassProgram, after: PassProgram) -> str:
        if (before.price, before.pass_uses) == (after.price, after.pass_uses):
            return ""
        return tr("Passes already bought keep their uses; the new terms are for new sales.")
