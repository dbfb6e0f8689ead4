"""The set-up tabs: points, catalogue, promotions, credit, passes, tiers, items, rules.

Money is typed as the shop writes it ("1 500", "12,50"), percentages as percent
("5", "2.5"), multipliers as times ("2", "1.5"); the services validate the rest and
their messages appear beside the form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ...domain.checkout import Schemes
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.programs import RewardKind
from ...domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from ..checkout.totals import percent_text, points_rule
from ..formatting import format_money
from .base import SchemeTab
from .fields import checks, choice, tr

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


def _opt(n: int | None, unit: str = "") -> str:
    return "—" if n is None else f"{QLocale().toString(n)}{unit}"


def _days(n: int | None) -> str:
    return "—" if n is None else tr("{n} days").format(n=QLocale().toString(n))


class PointsTab(SchemeTab):
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
                p.id,
                [
                    p.name,
                    points_rule(p, self.currency),
                    format_money(p.point_value, self.currency) if p.point_value else "—",
                    _days(p.expiry_days),
                    _opt(p.per_day_limit),
                ],
            )
            for p in s.points.values()
        ]

    def save(self, v: dict[str, Any]) -> str:
        p = self.services.schemes.add_points(
            PointsProgram(
                0,
                v["name"],
                points_per_step=v["per_step"],
                amount_step=v["step"],
                points_per_visit=v["per_visit"] or 0,
                points_per_item=v["per_item"] or 0,
                point_value=v["value"],
                expiry_days=v["expiry"],
                per_day_limit=v["cap"],
            )
        )
        return tr("Added “{name}”.").format(name=p.name)


class RewardsTab(SchemeTab):
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
        kinds = [
            (tr("Money off"), RewardKind.FIXED_DISCOUNT),
            (tr("Percent off"), RewardKind.PERCENT_DISCOUNT),
            (tr("Free item"), RewardKind.FREE_ITEM),
        ]
        self.add("kind", tr("&Kind"), "choice", choice(self, kinds))
        self.add("money", tr("&Money off"), "money", optional=True)
        self.add("percent", tr("P&ercent off"), "int", optional=True)
        self.add("max", tr("Ma&ximum discount"), "money", optional=True)
        self.item = choice(self, [])
        self.add("item", tr("Free &item"), "choice", self.item)

    def refresh_choices(self, s: Schemes) -> None:
        self.program.clear()
        for p in s.points.values():
            self.program.addItem(p.name, p.id)
        self.item.clear()
        self.item.addItem(tr("(none)"), None)
        for i in s.items.values():
            self.item.addItem(i.name, i.id)

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
            out.append((r.id, [r.name, program.name if program else "?", str(r.cost), gives]))
        return out

    def save(self, v: dict[str, Any]) -> str:
        kind = v["kind"]
        value = {
            RewardKind.FIXED_DISCOUNT: v["money"] or 0,
            RewardKind.PERCENT_DISCOUNT: v["percent"] or 0,
        }.get(kind, 0)
        if v["program"] is None:
            return self._need_program()
        r = self.services.schemes.add_reward(
            CatalogueReward(
                0,
                v["program"],
                v["name"],
                v["cost"],
                kind,
                value,
                max_discount=v["max"],
                item_id=v["item"] if kind is RewardKind.FREE_ITEM else None,
            )
        )
        return tr("Added “{name}”.").format(name=r.name)

    def _need_program(self) -> str:
        from .fields import FieldError

        raise FieldError(tr("Add a points program first (Points tab)."), self.program)


class PromotionsTab(SchemeTab):
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
        self.program.clear()
        for p in s.points.values():
            self.program.addItem(p.name, p.id)

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        out = []
        for p in s.promotions:
            when = [tr(WEEKDAYS[p.weekday]) if p.weekday is not None else ""]
            if p.starts_on or p.ends_on:
                when.append(f"{p.starts_on or '…'} – {p.ends_on or '…'}")
            program = s.points.get(p.program_id)
            out.append(
                (
                    p.id,
                    [
                        p.name,
                        program.name if program else "?",
                        f"×{QLocale().toString(p.multiplier_pct / 100, 'g', 3)}",
                        " ".join(w for w in when if w) or tr("every day"),
                    ],
                )
            )
        return out

    def save(self, v: dict[str, Any]) -> str:
        if v["program"] is None:
            from .fields import FieldError

            raise FieldError(tr("Add a points program first (Points tab)."), self.program)
        p = self.services.schemes.add_promotion(
            Promotion(0, v["program"], v["name"], v["mult"], v["weekday"], v["start"], v["end"])
        )
        return tr("Added “{name}”.").format(name=p.name)


class CreditTab(SchemeTab):
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
            (c.id, [c.name, percent_text(c.rate_bp), _days(c.expiry_days)])
            for c in s.credit.values()
        ]

    def save(self, v: dict[str, Any]) -> str:
        c = self.services.schemes.add_credit(CreditProgram(0, v["name"], v["rate"], v["expiry"]))
        return tr("Added “{name}”.").format(name=c.name)


class PassesTab(SchemeTab):
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
                p.id,
                [
                    p.name,
                    str(p.pass_uses),
                    format_money(p.price, self.currency),
                    _days(p.expiry_days),
                ],
            )
            for p in s.passes.values()
        ]

    def save(self, v: dict[str, Any]) -> str:
        p = self.services.schemes.add_pass(
            PassProgram(0, v["name"], v["uses"], v["price"], v["expiry"])
        )
        return tr("Added “{name}”.").format(name=p.name)


class TiersTab(SchemeTab):
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
        self.add("discount", tr("Standing &discount (%)"), "percent", default="0")
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
                gives.append(f"×{QLocale().toString(t.earn_multiplier_pct / 100, 'g', 3)}")
            if t.discount_bp:
                gives.append(tr("{p} off").format(p=percent_text(t.discount_bp)))
            reached = (
                tr("{what} in {days} days").format(what=tr(" or ").join(by), days=t.window_days)
                if by
                else tr("paid only")
            )
            fee = format_money(t.fee, self.currency) if t.fee is not None else "—"
            out.append((t.id, [t.name, str(t.rank), reached, ", ".join(gives) or "—", fee]))
        return out

    def save(self, v: dict[str, Any]) -> str:
        t = self.services.schemes.add_tier(
            Tier(
                0,
                v["name"],
                v["rank"],
                min_spend=v["spend"],
                min_visits=v["visits"],
                window_days=v["window"],
                earn_multiplier_pct=v["mult"],
                discount_bp=v["discount"],
                fee=v["fee"],
            )
        )
        return tr("Added “{name}”.").format(name=t.name)


class ItemsTab(SchemeTab):
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
        self.list.currentItemChanged.connect(lambda *_: self._picked())

    def extra_buttons(self, layout: QHBoxLayout) -> None:
        self.update_button = QPushButton(tr("Save selected item"), self)
        self.update_button.setEnabled(False)
        self.update_button.clicked.connect(self.update_selected)
        layout.addWidget(self.update_button)

    def refresh_choices(self, s: Schemes) -> None:
        from .fields import checks as make

        options = [(p.name, p.id) for p in s.stamp_programs.values() if p.active]
        options += [(p.name, p.id) for p in s.points.values() if p.active]
        fresh = make(self, options)
        self.form.replaceWidget(self.programs, fresh)
        self.programs.deleteLater()
        self.programs = fresh
        self.fields["programs"].widget = fresh
        fresh.setAccessibleName(tr("Counts for"))

    def rows(self, s: Schemes) -> list[tuple[Any, list[str]]]:
        names = {
            **{p.id: p.name for p in s.stamp_programs.values()},
            **{p.id: p.name for p in s.points.values()},
        }
        return [
            (
                i.id,
                [
                    i.name,
                    i.category,
                    format_money(i.price, self.currency) if i.price is not None else "—",
                    ", ".join(sorted(names.get(p, "?") for p in i.programs)) or "—",
                ],
            )
            for i in s.items.values()
        ]

    def _selected(self) -> Item | None:
        row = self.list.currentItem()
        return self.schemes.items.get(row.data(0, 256)) if row is not None else None

    def _picked(self) -> None:
        item = self._selected()
        self.update_button.setEnabled(item is not None)
        if item is not None:
            self.fields["name"].set(item.name)
            self.fields["category"].set(item.category)
            self.fields["price"].set(item.price)
            self.fields["programs"].set(item.programs)

    def _item(self, v: dict[str, Any], item_id: int = 0) -> Item:
        return Item(item_id, v["name"], v["category"], v["price"], frozenset(v["programs"]))

    def save(self, v: dict[str, Any]) -> str:
        i = self.services.schemes.add_item(self._item(v))
        return tr("Added “{name}”.").format(name=i.name)

    def update_selected(self) -> None:
        current = self._selected()
        if current is None:
            return
        self._run(lambda v: self.services.schemes.update_item(self._item(v, current.id)))

    def _run(self, action) -> None:
        from ...domain.errors import UserError
        from ...i18n import message
        from .fields import FieldError

        self.error.hide()
        try:
            item = action(self.values())
        except FieldError as err:
            self.show_error(err.text, err.widget)
            return
        except UserError as err:
            self.show_error(message(err))
            return
        self.done.setText(tr("Saved “{name}”.").format(name=item.name))
        self.reload()
        self.saved.emit()


class RulesTab(SchemeTab):
    """How many discounts stack on one visit, and the referral bonus."""

    button_text = QT_TRANSLATE_NOOP(C, "Save rules (Ctrl+Enter)")

    def build(self) -> None:
        self.add("stack", tr("&Discounts per visit (0 = no limit) *"), "int", default="1")
        self.program = choice(self, [])
        self.add("program", tr("Referral bonus &program"), "choice", self.program)
        self.add(
            "bonus", tr("Referral &bonus (points, or minor units of credit)"), "int", default="0"
        )

    def refresh_choices(self, s: Schemes) -> None:
        self.program.clear()
        self.program.addItem(tr("(no referral bonus)"), None)
        for p in [*s.points.values(), *s.credit.values()]:
            self.program.addItem(p.name, p.id)
        self.fields["stack"].set(s.discounts_per_visit)
        self.fields["stack"].default = str(s.discounts_per_visit)
        self.fields["program"].set(s.referral_program_id)
        self.fields["bonus"].set(s.referral_bonus)
        self.fields["bonus"].default = str(s.referral_bonus)

    def save(self, v: dict[str, Any]) -> str:
        self.services.schemes.set_discounts_per_visit(v["stack"])
        self.services.schemes.set_referral(v["program"], v["bonus"])
        return tr("Rules saved.")
