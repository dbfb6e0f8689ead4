"""Transitional: the translation entry points moved to :mod:`loyalty_pos.l10n`.

# transitional: removed when cli/ lands
The admin command line (``loyalty_pos/cli*.py``) is being moved into a ``cli/`` package
on another branch; it still imports from here. New code imports ``loyalty_pos.l10n``.
"""

from __future__ import annotations

from .l10n import message, translate, use_directly

__all__ = ["message", "translate", "use_directly"]
