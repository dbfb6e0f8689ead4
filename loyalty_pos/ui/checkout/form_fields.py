"""The checkout form's fields, as the form's helpers (``CheckoutFocus``, ``TenderParts``)
see them.

The helpers are mixed into ``CheckoutForm`` and used to import it for their ``self``
annotations, while the form imported them: a cycle. They now inherit these declarations
instead; the form makes the fields, and nothing here imports the form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from ...domain.checkout import Schemes
    from ...services import Services
    from ...services.checkout import CheckoutRequest
    from ...services.member_extras import MemberExtras
    from ...services.views import MemberView
    from ..ops import Ops
    from .amount import AmountEdit
    from .items import ItemPicker
    from .offers import OffersList
    from .stamp_rows import StampRow


class FormFields:
    """Declarations only: what ``CheckoutForm`` holds (no values, no behaviour)."""

    services: Services
    ops: Ops
    currency: str
    member: MemberView | None
    extras: MemberExtras | None
    schemes: Schemes
    amount: AmountEdit
    items: ItemPicker
    offers: OffersList
    coupon: QLineEdit
    gift_card: QLineEdit
    confirm_button: QPushButton
    failed: SignalInstance  # a message for the banner
    _busy: bool

    @property
    def rows(self) -> list[StampRow]:
        raise NotImplementedError  # the form's own property answers

    def refresh_preview(self) -> str | None:
        raise NotImplementedError

    def request(self) -> CheckoutRequest:
        raise NotImplementedError

    def _changed(self, *_args: object) -> None:
        raise NotImplementedError
