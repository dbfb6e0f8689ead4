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
from .fields import FieldError, checks, choice, named, set_options, tr

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


def _points_options(s: Schemes) -> list[tuple[str, Any]]:
    return [(named(p.name, p.active), p.id) for p in s.points.values()]


class RewardsTab(SchemeTab):
    kind = "reward"
    columns = (
        QT_TRANSLATE_NOOP(C, "Reward"),
        QT_TRANSLATE_NOOP(C, "Program"),
        QT_TRANSLATE_NOOP(C, "Cost"),
        QT_TRANSLATE_NOOP(C, "Gives"),
    )

    def build(self) -> None:
        self.program = choice(self, [])
        self.add("program", tr("&Points program *"), "choice", self.program)
        self.add("name", tr("&Name *"), placeholder=tr("e.g. 500 Ft off"))
        self.add("cost", tr("&Cost (points) *"), "int")
        # Plain strings as the choice's data: Qt hands a str-based enum back as a str.
        kinds = [
            (tr("Money off"), RewardKind.FIXED_DISCOUNT.value),
            (tr("Percent off"), RewardKind.PERCENT_DISCOUNT.value),
            (tr("Free item"), RewardKind.FREE_ITEM.value),
        ]
        self.add("kind", tr("&Kind"), "choice", choice(self, kinds))
        self.add("money", tr("&Money off"), "money", optional=True)
        self.add("percent", tr("P&ercent off"), "whole_percent", optional=True)
        self.add("max", tr("Ma&ximum discount"), "money", optional=True)
        self.item = choice(self, [])
        self.add("item", tr("Free &item"), "choice", self.item)

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
        f = self.fields
        f["program"].set(r.program_id)
        f["name"].set(r.name)
        f["cost"].set(r.cost)
        f["kind"].set(r.kind.value)
        f["money"].set(r.value if r.kind is RewardKind.FIXED_DISCOUNT else None)
        f["percent"].set(r.value if r.kind is RewardKind.PERCENT_DISCOUNT else None)
        f["max"].set(r.max_discount)
        f["item"].set(r.item_id)

    def make(self, v: dict[str, Any], base: CatalogueReward | None) -> CatalogueReward:
        if v["program"] is None:
            raise FieldError(tr("Add a points program first (Points tab)."), self.program)
        kind = RewardKind(v["kind"])
        value = {
            RewardKind.FIXED_DISCOUNT: v["money"] or 0,
            RewardKind.PERCENT_DISCOUNT: v["percent"] or 0,
        }.get(kind, 0)
        return CatalogueReward(
            base.id if base else 0,
            v["program"],
            v["name"],
            v["cost"],
            kind,
            value,
            max_discount=v["max"],
            item_id=v["item"] if kind is RewardKind.FREE_ITEM else None,
            active=base.active if base else True,
        )


class PromotionsTab(SchemeTab):
    kind = "promotion"
    columns = (
        QT_TRANSLATE_NOOP(C, "Promotion"),
        QT_TRANSLATE_NOOP(C, "Program"),
        QT_TRANSLATE_NOOP(C, "Multiplier"),
        QT_TRANSLATE_NOOP(C, "When"),
    )

    def build(self) -> None:
        self.program = choice(self, [])
        self.add("program", tr("&Points program *"), "choice", self.program)
        self.add("name", tr("&Name *"), placeholder=tr("e.g. Double Tuesdays"))
        self.add("mult", tr("&Multiply points by *"), "times", default="2")
        days = [(tr("any day"), None)] + [(tr(d), i) for i, d in enumerate(WEEKDAYS)]
        self.add("weekday", tr("&Weekday"), "choice", choice(self, days))
        self.add("start", tr("&From (YYYY-MM-DD)"), "date", optional=True)
        self.add("end", tr("&Until (YYYY-MM-DD)"), "date", optional=True)

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

    def fill(self, p: Promotion) -> None:
        f = self.fields
        f["program"].set(p.program_id)
        f["name"].set(p.name)
        f["mult"].set(p.multiplier_pct)
        f["weekday"].set(p.weekday)
        f["start"].set(p.starts_on)
        f["end"].set(p.ends_on)

    def make(self, v: dict[str, Any], base: Promotion | None) -> Promotion:
        if v["program"] is None:
            raise FieldError(tr("Add a points program first (Points tab)."), self.program)
        return Promotion(
            base.id if base else 0,
            v["program"],
            v["name"],
            v["mult"],
            v["weekday"],
            v["start"],
            v["end"],
            active=base.active if base else True,
        )


class TiersTab(SchemeTab):
    kind = "tier"
    columns = (
        QT_TRANSLATE_NOOP(C, "Tier"),
        QT_TRANSLATE_NOOP(C, "Rank"),
        QT_TRANSLATE_NOOP(C, "Reached by"),
        QT_TRANSLATE_NOOP(C, "Gives"),
        QT_TRANSLATE_NOOP(C, "Fee"),
    )

    def build(self) -> None:
        self.add("name", tr("&Name *"), placeholder=tr("e.g. Gold"))
        self.add("rank", tr("&Rank (1 = lowest) *"), "int")
        self.add("spend", tr("Minimum &spend"), "money", optional=True)
        self.add("visits", tr("Minimum &visits"), "int", optional=True)
        self.add("window", tr("&Window (days) *"), "int", default="365")
        self.add("mult", tr("Points &multiplier"), "times", default="1")
        self.add("discount", tr("Standing &discount (%)"), "discount", default="0")
        self.add("fee", tr("Membership &fee (paid tier)"), "money", optional=True)

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

    def fill(self, t: Tier) -> None:
        f = self.fields
        f["name"].set(t.name)
        f["rank"].set(t.rank)
        f["spend"].set(t.min_spend)
        f["visits"].set(t.min_visits)
        f["window"].set(t.window_days)
        f["mult"].set(t.earn_multiplier_pct)
        f["discount"].set(t.discount_bp)
        f["fee"].set(t.fee)

    def make(self, v: dict[str, Any], base: Tier | None) -> Tier:
        return Tier(
            base.id if base else 0,
            v["name"],
            v["rank"],
            min_spend=v["spend"],
            min_visits=v["visits"],
            window_days=v["window"],
            earn_multiplier_pct=v["mult"],
            discount_bp=v["discount"],
            fee=v["fee"],
            active=base.active if base else True,
        )


class ItemsTab(SchemeTab):
    kind = "item"
    columns = (
        QT_TRANSLATE_NOOP(C, "Item"),
        QT_TRANSLATE_NOOP(C, "Category"),
        QT_TRANSLATE_NOOP(C, "Price"),
        QT_TRANSLATE_NOOP(C, "Counts for"),
    )

    def build(self) -> None:
        self.add("name", tr("&Name *"), placeholder=tr("e.g. Latte"))
        self.add("category", tr("&Category"), placeholder=tr("e.g. coffee"))
        self.add("price", tr("&Price"), "money", optional=True)
        self.programs = checks(self, [])
        self.add("programs", tr("Counts &for"), "checks", self.programs)

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

    def fill(self, i: Item) -> None:
        self.fields["name"].set(i.name)
        self.fields["category"].set(i.category)
        self.fields["price"].set(i.price)
        self.fields["programs"].set(i.programs)

    def make(self, v: dict[str, Any], base: Item | None) -> Item:
        return Item(
            base.id if base else 0,
            v["name"],
            v["category"],
            v["price"],
            frozenset(v["programs"]),
            active=base.active if base else True,
        )


class RulesTab(SchemeTab):
    """How many discounts stack on one visit, and the referral bonus."""

    def build(self) -> None:
        self.button.setText(tr("Save rules (Ctrl+Enter)"))
        self.add("stack", tr("&Discounts per visit (0 = no limit) *"), "int", default="1")
        self.program = choice(self, [])
        self.add("program", tr("Referral bonus &program"), "choice", self.program)
        self.add(
            "bonus", tr("Referral &bonus (points, or minor units of credit)"), "int", default="0"
        )

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
