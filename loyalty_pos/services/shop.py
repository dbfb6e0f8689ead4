"""The shop's own settings: name, currency, card number prefix."""

from __future__ import annotations

import re
from typing import Any

from ..domain.cardnumber import is_valid_prefix
from ..domain.chain import DEFAULT_TILL, valid_till
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, Refused, UserError
from ..l10n import amount_text
from ..store.database import write_transaction
from ..store.settings import SettingsStore

DEFAULTS = {"shop_name": "My shop", "currency": "HUF", "card_prefix": "29"}
SHOP_NAME_MAX = 80


def _clean(key: str, value: str) -> str:
    value = " ".join(value.split())
    if key == "shop_name":
        if not value or len(value) > SHOP_NAME_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "The shop name has 1 to {max} characters."),
                max=SHOP_NAME_MAX,
            )
        return value
    if key == "currency":
        code = value.upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "“{value}” is not a currency code (e.g. HUF, VND, NOK)."),
                value=value,
            )
        return code
    if key == "card_prefix":
        if not is_valid_prefix(value):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "The card prefix is two digits from 20 to 29 (GS1's in-store range), "
                    "not “{value}”.",
                ),
                value=value,
            )
        return value
    raise UserError(
        QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
        key=key,
        keys=", ".join(DEFAULTS),
    )


class ShopService:
    """Read and change the shop's settings, each checked before it is stored.

    A new card prefix applies to cards issued from then on; cards already handed out
    keep their numbers and keep working. The currency can change only while no money is
    on record.
    """

    def __init__(self, db, actor: Any = None, clock: Any = None) -> None:
        self.db = db
        self.store = SettingsStore(db, actor, clock)

    def money_text(self, minor: int) -> str:
        """An amount in the shop's currency for a message: "1500 HUF" for scripts and the
        command line, the counter's locale ("1 500 Ft") once the screens chose a language
        (:func:`loyalty_pos.l10n.amount_text`)."""
        return amount_text(minor, self.all()["currency"])

    def all(self) -> dict[str, str]:
        return {key: self.store.get(key, default) or default for key, default in DEFAULTS.items()}

    def till_name(self) -> str:
        """This till's name: its hash chain is called so (``domain/chain.py``)."""
        return self.store.get("till_name") or DEFAULT_TILL

    def set_till_name(self, name: str) -> str:
        """Rename this till. Rows written from now on go on a chain of the new name; the
        old chain stays as it is, with its head, and is checked as before."""
        name = name.strip()
        if not valid_till(name):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "A till name has 1 to 20 letters, digits or _ (it goes into backup file "
                    "names), not “{value}”.",
                ),
                value=name,
            )
        with write_transaction(self.db):
            self.store.set("till_name", name)
        return name

    def set(self, key: str, value: str) -> dict[str, str]:
        """Store one setting. The currency is fixed once money is on record: amounts
        are stored in its minor units, so another currency would silently re-read them
        (1 500 Ft would become 15.00 €)."""
        clean = _clean(key, value)
        with write_transaction(self.db):
            current = self.all()[key]
            if key == "currency" and clean != current and self.store.money_recorded():
                raise Refused(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The currency stays {current}: this shop already has amounts in it, "
                        "and they would be read as {new}. A shop in another currency starts "
                        "a new database.",
                    ),
                    current=current,
                    new=clean,
                )
            self.store.set(key, clean)
        return self.all()
