"""What a use case changed, so every screen can refresh only what concerns it.

Modelled on Anki's ``OpChanges``: a mutating use case's outcome carries one ``Changes``
value, the UI's change bus publishes it, and each screen asks it a question
("does this touch member 42?", "did the programs change?") instead of being told by the
caller which widgets to rebuild. ``EVERYTHING`` is for a restore, a language change or a
write by another process, where nobody knows which rows moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Which kinds of data a use case changed (ids where screens need them)."""

    members: frozenset[int] = field(default_factory=frozenset)
    visits: frozenset[int] = field(default_factory=frozenset)
    settings: frozenset[str] = field(default_factory=frozenset)
    programs: bool = False  # programs, rewards, items, tiers, promotions
    coupons: bool = False  # coupon offers and the coupons given out
    gift_cards: bool = False
    staff: bool = False
    everything: bool = False
    external: bool = False  # written by another process (the admin command line, a till)

    def __bool__(self) -> bool:
        return bool(
            self.everything
            or self.members
            or self.visits
            or self.settings
            or self.programs
            or self.coupons
            or self.gift_cards
            or self.staff
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            members=self.members | other.members,
            visits=self.visits | other.visits,
            settings=self.settings | other.settings,
            programs=self.programs or other.programs,
            coupons=self.coupons or other.coupons,
            gift_cards=self.gift_cards or other.gift_cards,
            staff=self.staff or other.staff,
            everything=self.everything or other.everything,
            external=self.external or other.external,
        )

    def touches_member(self, member_id: int | None) -> bool:
        """Whether a screen showing ``member_id`` must re-read it."""
        if member_id is None:
            return False
        return self.everything or self.programs or member_id in self.members

    def touches_settings(self, *keys: str) -> bool:
        """Whether any of ``keys`` (all settings when none are named) changed."""
        if self.everything:
            return True
        return bool(self.settings & set(keys)) if keys else bool(self.settings)

    def touches(self, kind: str) -> bool:
        """``programs``, ``coupons``, ``gift_cards``, ``staff``, ``members`` or ``visits``."""
        return self.everything or bool(getattr(self, kind))


NOTHING = Changes()
EVERYTHING = Changes(everything=True)
FROM_OUTSIDE = Changes(everything=True, external=True)
