"""Errors a cashier or an admin script can act on.

The domain must not import Qt, yet every message has to be translatable. Messages are
therefore written as templates marked with ``QT_TRANSLATE_NOOP`` (which Qt's ``lupdate``
extracts) and translated only when shown, by ``loyalty_pos.l10n.message``.
"""

from __future__ import annotations

from typing import Any

ERRORS = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate; returns it unchanged."""
    del context
    return text


class UserError(Exception):
    """Bad input or a refused action. Raised before anything is written.

    ``template`` is an English format string already marked for translation in the
    ``Errors`` context; ``params`` fill it in.
    """

    context = ERRORS

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class InvalidCode(UserError):
    """A scan or typed code that is not a card code at all, or fails its check digit."""


class NotFound(UserError):
    """A well-formed code or id that names nothing in this shop."""


class Refused(UserError):
    """A valid request that the rules do not allow (blocked card, reward not ready...)."""
