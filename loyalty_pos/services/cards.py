"""Member cards as things to print: the owner's design, blank numbers, lost cards.

Kept apart from ``members.py`` (finding and enrolling members): these are the owner's
use cases around the plastic, each one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from ..domain.card_design import (
    SETTING_KEYS,
    SLIP_WIDTH_KEY,
    BarcodeKind,
    CardDesign,
    SlipWidth,
    clean_design,
    clean_slip_width,
)
from ..domain.cardnumber import parse_code, random_card_number
from ..domain.clock import Clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..store.cards import CardStore
from ..store.database import write_transaction
from ..store.members import MemberStore
from ..store.settings import SettingsStore
from .actor import Actor
from .views import MemberView

BLANK_MAX = 10_000


class _NotPrinted(Exception):
    """The print callback said the cards were not printed: undo the reservation."""


@dataclass(frozen=True)
class CardFace:
    """What one printed card shows: a name (empty on a blank card) and its number."""

    card_number: str
    name: str = ""


@dataclass(frozen=True)
class BlankPrint:
    """Blank cards reserved and printed together: the numbers and how many were printed."""

    faces: list[CardFace]
    printed: int


@dataclass(frozen=True)
class Replacement:
    """A lost card replaced: the retired number, the new one, the member with it."""

    old: str
    new: str
    member: MemberView


class CardService:
    """The owner's card use cases."""

    def __init__(self, db, clock: Clock, actor: Actor, members) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = members  # MemberService, for views
        self.store = CardStore(db)
        self.member_rows = MemberStore(db)
        self.settings = SettingsStore(db, actor, clock)

    # Design -------------------------------------------------------------------------

    def design(self) -> CardDesign:
        """The stored design; anything missing or unreadable falls back to the default."""
        default = CardDesign()
        values: dict[str, Any] = {}  # raw settings; clean_design checks them
        for key, name in SETTING_KEYS.items():
            values[name] = self.settings.get(key, getattr(default, name)) or getattr(default, name)
        try:
            design = clean_design(CardDesign(**values))
        except UserError:
            return default
        if not design.title:
            design = CardDesign(**{**_as_dict(design), "title": self.shop_name()})
        return design

    def save_design(self, design: CardDesign) -> CardDesign:
        """Check and store every field of the design in one write."""
        clean = clean_design(design)
        if clean.title == self.shop_name():
            clean = CardDesign(**{**_as_dict(clean), "title": ""})  # follows the shop name
        with write_transaction(self.db):
            for key, name in SETTING_KEYS.items():
                self.settings.set(key, str(getattr(clean, name)))
        return self.design()

    def set_barcode(self, kind: str) -> CardDesign:
        current = self.design()
        barcode: BarcodeKind | str
        try:
            barcode = BarcodeKind(kind)
        except ValueError:
            barcode = kind  # clean_design words the error
        return self.save_design(CardDesign(**{**_as_dict(current), "barcode": barcode}))

    def shop_name(self) -> str:
        return self.settings.get("shop_name", "") or ""

    def slip_width(self) -> SlipWidth:
        try:
            return clean_slip_width(self.settings.get(SLIP_WIDTH_KEY, "80") or "80")
        except UserError:
            return SlipWidth.MM80

    def set_slip_width(self, value: str) -> SlipWidth:
        width = clean_slip_width(value)
        with write_transaction(self.db):
            self.settings.set(SLIP_WIDTH_KEY, width.value)
        return width

    # Who to print -------------------------------------------------------------------

    def face_for(self, raw: str) -> CardFace:
        """The card of the member a code names (refused for blocked or replaced cards)."""
        member = self.members.lookup(raw)
        return CardFace(member.card_number or parse_code(raw), member.name)

    def faces_for_members(self, member_ids: list[int]) -> list[CardFace]:
        return [CardFace(r["code"], r["name"]) for r in self.store.active_cards(member_ids)]

    def all_faces(self):
        """Every active member's card, by name (a generator: a big shop is not loaded)."""
        for r in self.store.all_active():
            yield CardFace(r["code"], r["name"])

    def count_all(self) -> int:
        return self.store.count_active()

    def reserve_blank(self, count: int) -> list[CardFace]:
        """Reserve ``count`` new numbers as blank cards, to print and hand out later.

        Enrolment with one of them (scanned or typed) gives it to the new member.
        """
        if not 1 <= count <= BLANK_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Reserve 1 to {max} blank cards at a time."),
                max=BLANK_MAX,
            )
        now = to_db(self.clock())
        codes: list[str] = []
        with write_transaction(self.db):
            taken: set[str] = set()
            while len(codes) < count:
                code = self._new_number(taken)
                self.member_rows.add_card(code, None, "blank", now)
                taken.add(code)
                codes.append(code)
        return [CardFace(c) for c in codes]

    def reserve_and_print(
        self, count: int, print_faces: Callable[[list[CardFace]], int | None]
    ) -> BlankPrint | None:
        """Reserve ``count`` blank numbers and print them, in one transaction.

        ``print_faces`` writes the cards (a PDF, a printer) and returns how many it
        printed, or None when the person cancelled. If it raises or returns None the
        numbers are not reserved (and None is returned), so no reserved number exists
        that was never printed. The counter and the command line both print blank
        cards through here, so both are atomic the same way.
        """
        try:
            with write_transaction(self.db):
                faces = self.reserve_blank(count)
                printed = print_faces(faces)
                if printed is None:
                    raise _NotPrinted
        except _NotPrinted:
            return None
        return BlankPrint(faces, printed)

    # Lost cards ---------------------------------------------------------------------

    def replace(
        self, raw: str, print_card: Callable[[CardFace], object] | None = None
    ) -> Replacement:
        """Give the member of a lost card a new number; the old card is retired.

        Balances belong to the member, not to the card, so they carry over untouched.
        Scanning the old card afterwards says which card replaced it. ``print_card``,
        when given, prints the new card inside the same transaction: if printing fails
        the old card is not retired, so the member is never left without a card.
        """
        code = parse_code(raw)
        with write_transaction(self.db):
            card = self.member_rows.card(code)
            if card is None or card["member_id"] is None:
                raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no card {code}."), code=code)
            if card["status"] == "replaced":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Card {code} was already replaced by card {new}."),
                    code=code,
                    new=card["replaced_by"] or "—",
                )
            new = self._new_number(set())
            self.store.replace(code, new, int(card["member_id"]), to_db(self.clock()))
            self.member_rows.reindex(int(card["member_id"]))
            member = self.members.view(int(card["member_id"]))
            if print_card is not None:
                print_card(CardFace(new, member.name))
        return Replacement(code, new, member)

    def _new_number(self, taken: set[str]) -> str:
        prefix = self.settings.get("card_prefix", "29") or "29"
        while True:
            code = random_card_number(prefix)
            if code not in taken and self.member_rows.card(code) is None:
                return code


def _as_dict(design: CardDesign) -> dict:
    return {f.name: getattr(design, f.name) for f in fields(design)}
