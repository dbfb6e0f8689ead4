"""The customer screen's settings and what it may show of a member.

The customer screen is a second window facing the customer (``ui/customer/``). The
owner chooses in Settings whether it opens, on which screen, the line of text it shows
while nobody is at the till, and which webcam reads a phone's QR code at the counter.
These are shop settings like the text size: checked here before they are stored.

``CustomerView`` is the member as the customer screen shows them: the given name only
(``domain/names.py``), never the family name, phone, e-mail, notes or visits; each punch
card with its stamps, points, credit, passes, tier and rewards ready. It is built from
what the counter already read (``MemberView`` and ``MemberExtras``), so the customer
screen asks the database nothing and shows exactly what the counter shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.names import given_name, name_order
from ..store.settings import SettingsStore
from .member_extras import MemberExtras
from .views import CardProgress, MemberView

CUSTOMER_SCREEN = "customer_screen"  # "on" or "off"
CUSTOMER_SCREEN_AT = "customer_screen_at"  # the name of the screen it was last on
CUSTOMER_LINE = "customer_line"  # the owner's line of text on the idle screen
WEBCAM = "webcam"  # the id of the camera that reads codes, "" for none
LINE_MAX = 120
NAME_MAX = 200
DEFAULTS = {CUSTOMER_SCREEN: "off", CUSTOMER_SCREEN_AT: "", CUSTOMER_LINE: "", WEBCAM: ""}
SWITCHES = {
    **dict.fromkeys(("on", "yes", "1", "true"), "on"),
    **dict.fromkeys(("off", "no", "0", "false"), "off"),
}


@dataclass(frozen=True)
class CustomerSettings:
    on: bool = False
    screen: str = ""  # "" = the first screen that is not the counter's
    line: str = ""
    webcam: str = ""  # "" = no webcam


def clean_switch(value: str | bool) -> str:
    """``on`` or ``off`` (also yes/no, 1/0, true/false, or a bool)."""
    if isinstance(value, bool):
        return "on" if value else "off"
    word = SWITCHES.get(str(value).strip().lower())
    if word is None:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The customer screen is “on” or “off”, not “{value}”."),
            value=str(value),
        )
    return word


def clean_line(value: str) -> str:
    """One line of at most ``LINE_MAX`` characters (spaces and line breaks folded)."""
    text = " ".join(str(value).split())
    if len(text) > LINE_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The customer screen's line has at most {max} characters."),
            max=LINE_MAX,
        )
    return text


def clean_name(value: str) -> str:
    """A screen's or a camera's name as the computer gives it ("" for none)."""
    text = str(value).strip()
    if len(text) > NAME_MAX or any(ord(c) < 32 for c in text):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "“{value}” is not the name of a screen or a camera."),
            value=text[:40],
        )
    return text


CLEAN = {
    CUSTOMER_SCREEN: clean_switch,
    CUSTOMER_SCREEN_AT: clean_name,
    CUSTOMER_LINE: clean_line,
    WEBCAM: clean_name,
}


class CustomerScreenSettings:
    """Read and change the customer screen's and the webcam's settings."""

    def __init__(self, db, actor: Any = None, clock: Any = None) -> None:
        self.db = db
        self.store = SettingsStore(db, actor, clock)

    def all(self) -> dict[str, str]:
        return {key: self.store.get(key) or default for key, default in DEFAULTS.items()}

    def get(self) -> CustomerSettings:
        """The stored choice; a stored value that is not a choice reads as the default."""
        values = self.all()
        return CustomerSettings(
            on=SWITCHES.get(values[CUSTOMER_SCREEN].lower()) == "on",
            screen=values[CUSTOMER_SCREEN_AT],
            line=values[CUSTOMER_LINE],
            webcam=values[WEBCAM],
        )

    def clean(self, values: dict[str, Any]) -> dict[str, str]:
        """``values`` checked, as they would be stored; refuses an unknown key."""
        out = {}
        for key, value in values.items():
            if key not in CLEAN:
                raise UserError(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
                    key=key,
                    keys=", ".join(DEFAULTS),
                )
            out[key] = CLEAN[key](value)
        return out

    def write(self, values: dict[str, Any]) -> None:
        """Store ``values`` (checked first) inside the caller's transaction."""
        for key, value in self.clean(values).items():
            self.store.set(key, value)


@dataclass(frozen=True)
class CustomerCard:
    """A punch card as the customer sees it."""

    program: str
    stamps: int
    stamps_needed: int
    rewards_ready: int
    card: CardProgress  # for the reward's wording


@dataclass(frozen=True)
class CustomerBalance:
    """Points, store credit or passes: a name and a figure (``kind`` says how to write
    it: ``points``, ``credit`` in minor units, ``passes`` uses left)."""

    name: str
    amount: int
    kind: str


@dataclass(frozen=True)
class CustomerView:
    """What the customer screen shows of a member: nothing a stranger may not see."""

    member_id: int
    first_name: str
    cards: tuple[CustomerCard, ...]
    balances: tuple[CustomerBalance, ...]
    tier: str | None
    rewards_ready: int


def customer_view(
    member: MemberView,
    extras: MemberExtras | None,
    language: str | None,
    currency: str | None = None,
) -> CustomerView:
    """The member's given name and balances from what the counter read."""
    cards = tuple(
        CustomerCard(c.program, c.stamps, c.stamps_needed, c.rewards_ready, c)
        for c in member.cards
        if c.active or c.stamps or c.rewards_ready
    )
    balances: list[CustomerBalance] = []
    tier = None
    if extras is not None and extras.member_id == member.id:
        balances += [CustomerBalance(p.name, p.points, "points") for p in extras.points]
        if extras.has_credit_program or extras.credit:
            balances.append(CustomerBalance("", extras.credit, "credit"))
        balances += [CustomerBalance(p.name, p.uses, "passes") for p in extras.passes]
        tier = extras.tier or None
    return CustomerView(
        member_id=member.id,
        first_name=given_name(member.name, name_order(language, currency)),
        cards=cards,
        balances=tuple(balances),
        tier=tier,
        rewards_ready=sum(c.rewards_ready for c in cards),
    )
