"""Set-up tabs for what the counter offers: catalogue rewards, promotions, tiers, items,
and the rules (stacking, referral bonus).

Multipliers are typed as times ("2", "1.5"), percentages as percent. A program switched
off still appears in the choices, marked "(off)", so changing a reward, a promotion or
an item never silently drops the program it belongs to.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ...domain.checkout import Schemes
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.programs import RewardKind
from ...domain.schemes import CatalogueReward, Item, Promotion, Tier
from ..checkout.totals import percent_text, times_text
from ..formatting import format_money
from .base import SchemeTab
from .fields import QT_TR_NOOP as N
from .fields import FieldError, Spec, checks, named, set_options, tr

C = "Setup"
WEEKDAYS = [
    QT_TRANSLATE_NOOP(C, "Monday"),
    QT_TRANSLATE_NOOP(C, "Tuesday"),
    QT_TRANSLATE_NOOP(C, "Wednesday"),
    QT_TRANSLATE_NOOP(C, "Thursday"),
    QT_TRANSLATE_NOOP(C, "Friday"),
    QT_TRANSLATE_NOOP(C, "Saturday"),
    QT_TRANSLATE_NOOP(C, "Sunday"),
]


def _times(pct: int) -> str:
    """A stored multiplier as the owner typed it: 133 → "×1.33" (exact, no float)."""
    return f"×{times_text(Fraction(pct, 100))}"


def _reward_kinds() -> list[tuple[str, Any]]:
    # Plain strings as the choice's data: Qt hands a str-based enum back as a str.
    return [
        (tr("Money off"), RewardKind.FIXED_DISCOUNT.value),
        (tr("Percent off"), RewardKind.PERCENT_DISCOUNT.value),
        (tr("Free item"), RewardKind.FREE_ITEM.value),
    ]


def _weekdays() -> list[tuple[str, Any]]:
    return [(tr("any day"), None)] + [(tr(d), i) for i, d in enumerate(WEEKDAYS)]


POINTS_PROGRAM = Spec("program", N("&Points program *"), "choice", "program_id")


def _points_options(s: Schemes) -> list[tuple[str, Any]]:
    return [(named(p.name, p.active), p.id) for p in s.points.values()]


class RewardsTab(SchemeTab):
    kind = "reward"
    columns = (
        N("Reward"),
        N("Program"),
        N("Cost"),
        N("Gives"),
    )

    specs = (
        POINTS_PROGRAM,
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. 500 Ft off")),
        Spec("cost", N("&Cost (points) *"), "int", "cost"),
        Spec(
            "kind",
            N("&Kind"),
            "choice",
            "kind",
            options=_reward_kinds,
            show=lambda k: k.value,
            read=RewardKind,
        ),
        # What the reward gives depends on its kind: read and shown in make and fill.
        Spec("money", N("&Money off"), "money", optional=True),
        Spec("percent", N("P&ercent off"), "whole_percent", optional=True),
        Spec("max", N("Ma&ximum discount"), "money", "max_discount", optional=True),
        Spec("item", N("Free &item"), "choice"),
    )

    def build(self) -> None:
        super().build()
        self.program = self.choice_of("program")
        self.item = self.choice_of("item")

    def refresh_choices(self, s: Schemes) -> None:
        set_options(self.program, _points_options(s))
        set_options(self.item, [(tr("(none)"), None)] + [(i.name, i.id) for i in s.items.values()])

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        out = []
        for r in s.rewards.values():
            if r.kind is RewardKind.FIXED_DISCOUNT:
                gives = tr("{amount} off").format(amount=format_money(r.value, self.currency))
            elif r.kind is RewardKind.PERCENT_DISCOUNT:
                gives = tr("{p} % off").format(p=r.value)
            else:
                item = s.items.get(r.item_id) if r.item_id else None
                gives = tr("free {item}").format(item=item.name if item else r.name)
            program = s.points.get(r.program_id)
            out.append((r, [r.name, program.name if program else "?", str(r.cost), gives]))
        return out

    def fill(self, r: CatalogueReward) -> None:
        super().fill(r)
        f = self.fields
        f["money"].set(r.value if r.kind is RewardKind.FIXED_DISCOUNT else None)
        f["percent"].set(r.value if r.kind is RewardKind.PERCENT_DISCOUNT else None)
        f["item"].set(r.item_id)

    def make(self, v: dict[str, Any], base: CatalogueReward | None) -> CatalogueReward:
        if v["program"] is None:
            raise FieldError(tr("Add a points program first (Points tab)."), self.program)
        fields = self.scheme_values(v)
        kind = fields["kind"]
        value = {
            RewardKind.FIXED_DISCOUNT: v["money"] or 0,
            RewardKind.PERCENT_DISCOUNT: v["percent"] or 0,
        }.get(kind, 0)
        return CatalogueReward(
            id=base.id if base else 0,
            value=value,
            item_id=v["item"] if kind is RewardKind.FREE_ITEM else None,
            active=base.active if base else True,
            **fields,
        )


class PromotionsTab(SchemeTab):
    kind = "promotion"
    columns = (
        QT_TRANSLATE_NOOP(C, "Promotion"),
        QT_TRANSLATE_NOOP(C, "Program"),
        QT_TRANSLATE_NOOP(C, "Multiplier"),
        QT_TRANSLATE_NOOP(C, "When"),
    )

    scheme_type = Promotion
    specs = (
        POINTS_PROGRAM,
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. Double Tuesdays")),
        Spec("mult", N("&Multiply points by *"), "times", "multiplier_pct", default="2"),
        Spec("weekday", N("&Weekday"), "choice", "weekday", options=_weekdays),
        Spec("start", N("&From (YYYY-MM-DD)"), "date", "starts_on", optional=True),
        Spec("end", N("&Until (YYYY-MM-DD)"), "date", "ends_on", optional=True),
    )

    def build(self) -> None:
        super().build()
        self.program = self.choice_of("program")

    def refresh_choices(self, s: Schemes) -> None:
        set_options(self.program, _points_options(s))

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        out = []
        for p in s.promotions:
            when = [tr(WEEKDAYS[p.weekday]) if p.weekday is not None else ""]
            if p.starts_on or p.ends_on:
                when.append(f"{p.starts_on or '…'} – {p.ends_on or '…'}")
            program = s.points.get(p.program_id)
            out.append(
                (
                    p,
                    [
                        p.name,
                        program.name if program else "?",
                        _times(p.multiplier_pct),
                        " ".join(w for w in when if w) or tr("every day"),
                    ],
                )
            )
        return out

    def make(self, v: dict[str, Any], base: Promotion | None) -> Promotion:
        if v["program"] is None:
            raise FieldError(tr("Add a points program first (Points tab)."), self.program)
        return super().make(v, base)


class TiersTab(SchemeTab):
    kind = "tier"
    columns = (
        QT_TRANSLATE_NOOP(C, "Tier"),
        QT_TRANSLATE_NOOP(C, "Rank"),
        QT_TRANSLATE_NOOP(C, "Reached by"),
        QT_TRANSLATE_NOOP(C, "Gives"),
        QT_TRANSLATE_NOOP(C, "Fee"),
    )

    scheme_type = Tier
    specs = (
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. Gold")),
        Spec("rank", N("&Rank (1 = lowest) *"), "int", "rank"),
        Spec("spend", N("Minimum &spend"), "money", "min_spend", optional=True),
        Spec("visits", N("Minimum &visits"), "int", "min_visits", optional=True),
        Spec("window", N("&Window (days) *"), "int", "window_days", default="365"),
        Spec("mult", N("Points &multiplier"), "times", "earn_multiplier_pct", default="1"),
        Spec("discount", N("Standing &discount (%)"), "discount", "discount_bp", default="0"),
        Spec("fee", N("Membership &fee (paid tier)"), "money", "fee", optional=True),
    )

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        out = []
        for t in s.tiers:
            by = []
            if t.min_spend is not None:
                by.append(
                    tr("spend {amount}").format(amount=format_money(t.min_spend, self.currency))
                )
            if t.min_visits is not None:
                by.append(tr("{n} visits").format(n=t.min_visits))
            gives = []
            if t.earn_multiplier_pct != 100:
                gives.append(_times(t.earn_multiplier_pct))
            if t.discount_bp:
                gives.append(tr("{p} off").format(p=percent_text(t.discount_bp)))
            reached = (
                tr("{what} in {days} days").format(what=tr(" or ").join(by), days=t.window_days)
                if by
                else tr("paid only")
            )
            fee = format_money(t.fee, self.currency) if t.fee is not None else "—"
            out.append((t, [t.name, str(t.rank), reached, ", ".join(gives) or "—", fee]))
        return out


class ItemsTab(SchemeTab):
    kind = "item"
    columns = (
        QT_TRANSLATE_NOOP(C, "Item"),
        QT_TRANSLATE_NOOP(C, "Category"),
        QT_TRANSLATE_NOOP(C, "Price"),
        QT_TRANSLATE_NOOP(C, "Counts for"),
    )

    scheme_type = Item
    specs = (
        Spec("name", N("&Name *"), attr="name", placeholder=N("e.g. Latte")),
        Spec("category", N("&Category"), attr="category", placeholder=N("e.g. coffee")),
        Spec("price", N("&Price"), "money", "price", optional=True),
        Spec("programs", N("Counts &for"), "checks", "programs", read=frozenset),
    )

    def build(self) -> None:
        super().build()
        self.programs = self.fields["programs"].widget

    def refresh_choices(self, s: Schemes) -> None:
        """Stamp and points programs, switched-off ones marked, keeping what is ticked."""
        ticked = self.fields["programs"].value()
        options = [(named(p.name, p.active), p.id) for p in s.stamp_programs.values()]
        options += _points_options(s)
        fresh = checks(self, options)
        self.form.replaceWidget(self.programs, fresh)
        self.programs.deleteLater()
        self.programs = fresh
        self.fields["programs"].widget = fresh
        self.fields["programs"].set(ticked)
        fresh.setAccessibleName(tr("Counts for"))

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        names = {
            **{p.id: p.name for p in s.stamp_programs.values()},
            **{p.id: p.name for p in s.points.values()},
        }
        return [
            (
                i,
                [
                    i.name,
                    i.category,
                    format_money(i.price, self.currency) if i.price is not None else "—",
                    ", ".join(sorted(names.get(p, "?") for p in i.programs)) or "—",
                ],
            )
            for i in s.items.values()
        ]


class RulesTab(SchemeTab):
    """How many discounts stack on one visit, and the referral bonus."""

    specs = (
        Spec("stack", N("&Discounts per visit (0 = no limit) *"), "int", default="1"),
        Spec("program", N("Referral bonus &program"), "choice"),
        Spec("bonus", N("Referral &bonus (points, or minor units of credit)"), "int", default="0"),
    )

    def build(self) -> None:
        self.button.setText(tr("Save rules (Ctrl+Enter)"))
        super().build()
        self.program = self.choice_of("program")

    def refresh_choices(self, s: Schemes) -> None:
        """Programs that are on, and the one chosen now even if it was switched off."""
        chosen = s.referral_program_id
        options = [(tr("(no referral bonus)"), None)] + [
            (named(p.name, p.active), p.id)
            for p in [*s.points.values(), *s.credit.values()]
            if p.active or p.id == chosen
        ]
        set_options(self.program, options)
        self.fields["stack"].set(s.discounts_per_visit)
        self.fields["stack"].default = str(s.discounts_per_visit)
        self.fields["program"].set(chosen)
        self.fields["bonus"].set(s.referral_bonus)
        self.fields["bonus"].default = str(s.referral_bonus)

    def save(self, v: dict[str, Any]) -> str:
        self.services.schemes.set_discounts_per_visit(v["stack"])
        self.services.schemes.set_referral(v["program"], v["bonus"])
        return tr("Rules saved.")
