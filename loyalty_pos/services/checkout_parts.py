"""What the checkout's mixins share: the stores and helpers ``CheckoutService`` provides.

``TierRules``, ``ReferralRules`` and ``RefundRules`` are kept in their own modules so each
stays short, but they run over ``CheckoutService``'s state. Declaring that state here, in
one base they all inherit, lets the type checker verify every ``self.store`` and
``self.schemes()`` in the mixins instead of seeing attributes that come from nowhere.
Nothing here exists at run time beyond an empty class.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..domain.checkout import Schemes
    from ..domain.clock import Clock
    from ..store.checkout import CheckoutStore
    from ..store.ledger import LedgerStore
    from ..store.programs import ProgramStore
    from ..store.schemes import SchemeStore
    from ..store.settings import SettingsStore
    from ..store.visits import VisitStore
    from .actor import Actor
    from .coupons import CouponService
    from .giftcards import GiftCardService
    from .members import MemberService


class CheckoutParts:
    """The attributes and methods of ``CheckoutService`` its mixins rely on."""

    db: Database
    clock: Clock
    actor: Actor
    members: MemberService
    coupons: CouponService | None
    gift_cards: GiftCardService | None
    store: CheckoutStore
    schemes_store: SchemeStore
    ledger: LedgerStore
    programs: ProgramStore
    visits: VisitStore
    settings: SettingsStore

    if TYPE_CHECKING:
        # Defined by CheckoutService or a sibling mixin; declared only for the checker,
        # so that the real definitions are the only ones at run time.

        @property
        def staff_id(self) -> int: ...

        @staticmethod
        def _check_request(request_id: str | None) -> None: ...

        def schemes(self) -> Schemes: ...

        def retier_without(self, member_id: int, visit_id: int, when: datetime) -> None: ...
