"""The owner's set-up screens for points, credit, passes, tiers, items and rules."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services import Services
from ..ops import Ops
from .dialog import RewardsSetupDialog


def open_rewards_setup(
    parent: QWidget | None, services: Services, *, ops: Ops | None = None
) -> RewardsSetupDialog:
    """Open the rewards set-up over ``parent`` (window-modal) and return the dialog.

    The one entry point: an owner-PIN gate can wrap this call.
    """
    currency = services.settings.get("currency") or "HUF"
    dialog = RewardsSetupDialog(services, currency, parent, ops=ops)
    dialog.open()
    return dialog


__all__ = ["RewardsSetupDialog", "open_rewards_setup"]
