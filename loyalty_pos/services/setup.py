"""First start: the shop's name, currency, language, owner PIN and first punch card.

Everything is written in one transaction, so a setup interrupted half-way leaves the
database exactly as unset-up as before and the wizard simply opens again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from ..domain.pins import check_pin_format
from ..domain.programs import RewardKind, StampProgram
from ..l10n import LANGUAGE_CHOICES, translate
from ..l10n import SYSTEM as SYSTEM_LANGUAGE
from ..store.database import write_transaction
from ..store.settings import SettingsStore
from .approvals import LIMIT_KEYS, clean_limit
from .display import (
    COLOURS,
    KIOSK,
    SCAN_SOUNDS,
    TEXT_SIZE,
    clean_colours,
    clean_kiosk,
    clean_switch,
    clean_text_size,
)
from .programs import ProgramService
from .shop import ShopService
from .staff import StaffService

OWNER_STAFF = 2

# The ``language`` setting is one of LANGUAGE_CHOICES: the one list is in
# ``loyalty_pos.l10n.languages``.


@dataclass(frozen=True)
class Template:
    key: str
    title: str  # English, marked for translation where shown
    program: StampProgram


TEMPLATES = (
    Template(
        "coffee",
        QT_TRANSLATE_NOOP("Templates", "10th coffee free"),
        StampProgram(
            0,
            QT_TRANSLATE_NOOP("Templates", "Coffee card"),
            9,
            QT_TRANSLATE_NOOP("Templates", "Free coffee (the 10th)"),
        ),
    ),
    Template(
        "wash",
        QT_TRANSLATE_NOOP("Templates", "6 washes, the 7th free"),
        StampProgram(
            0,
            QT_TRANSLATE_NOOP("Templates", "Car wash card"),
            6,
            QT_TRANSLATE_NOOP("Templates", "Free wash (the 7th)"),
        ),
    ),
    Template(
        "shoes",
        QT_TRANSLATE_NOOP("Templates", "5 pairs, 20 % off the next"),
        StampProgram(
            0,
            QT_TRANSLATE_NOOP("Templates", "Shoe card"),
            5,
            QT_TRANSLATE_NOOP("Templates", "20 % off the next pair"),
            RewardKind.PERCENT_DISCOUNT,
            20,
        ),
    ),
)


def localized(t: Template) -> Template:
    """The template in the app's language: its title, and the program and reward names
    the shop will keep (a Hungarian shop's first card is "Kávékártya", not "Coffee card")."""
    program = replace(
        t.program,
        name=translate("Templates", t.program.name),
        reward_text=translate("Templates", t.program.reward_text),
    )
    return Template(t.key, translate("Templates", t.title), program)


def template(key: str) -> Template:
    for t in TEMPLATES:
        if t.key == key:
            return t
    raise UserError(QT_TRANSLATE_NOOP(ERRORS, "There is no program template “{key}”."), key=key)


@dataclass(frozen=True)
class SetupInput:
    shop_name: str
    currency: str
    language: str
    owner_pin: str
    template_key: str | None  # None: no program now (added later with F9)
    owner_name: str = "Owner"


class SetupService:
    def __init__(self, db, shop: ShopService, staff: StaffService, programs: ProgramService):
        self.db = db
        self.shop = shop
        self.staff = staff
        self.programs = programs
        self.settings = SettingsStore(db, staff.actor, staff.clock)

    def is_done(self) -> bool:
        return self.settings.get("setup_done") == "1"

    def complete(self, data: SetupInput) -> None:
        """Store the answers; refuses (changing nothing) on the first bad one."""
        if data.language not in LANGUAGE_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Choose a language: {languages}."),
                languages=", ".join(LANGUAGE_CHOICES),
            )
        check_pin_format(data.owner_pin, owner=True)
        chosen = localized(template(data.template_key)) if data.template_key else None
        with write_transaction(self.db):
            self.shop.set("shop_name", data.shop_name)
            self.shop.set("currency", data.currency)
            self.settings.set("language", data.language)
            owner = self.staff.get(OWNER_STAFF)
            self.staff.update(owner.id, data.owner_name, "owner", True)
            self.staff.set_pin(owner.id, data.owner_pin)
            self.staff.name_stock_accounts()
            if chosen is not None and not any(
                p.name.casefold() == chosen.program.name.casefold() for p in self.programs.list()
            ):
                self.programs.add(chosen.program)
            self.settings.set("setup_done", "1")

    def language(self) -> str:
        """The ``language`` setting: a code, or ``system`` (also when never chosen)."""
        return self.settings.get("language") or SYSTEM_LANGUAGE

    def set_language(self, language: str) -> None:
        """The admin command line's ``settings set language``; checked like the screen's."""
        language = language.strip().lower()
        if language not in LANGUAGE_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Choose a language: {languages}."),
                languages=", ".join(LANGUAGE_CHOICES),
            )
        with write_transaction(self.db):
            self.settings.set("language", language)

    def save_settings(
        self,
        shop: dict[str, str],
        *,
        language: str,
        feedback_enabled: bool,
        idle_minutes: int,
        text_size: int | None = None,
        colours: str | None = None,
        scan_sounds: bool | None = None,
        kiosk: bool | None = None,
        owner_limits: dict[str, int] | None = None,
    ) -> None:
        """The owner's settings screen: everything checked, stored in one transaction.

        ``text_size``, ``colours``, ``scan_sounds`` and ``kiosk`` (see ``display.py``) are
        left as they are when None. ``owner_limits`` holds only the limits the owner
        changed (``services/approvals.py``): a limit never set keeps following the currency.
        """
        if language not in LANGUAGE_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP(ERRORS, "Choose a language: {languages}."),
                languages=", ".join(LANGUAGE_CHOICES),
            )
        if not 1 <= idle_minutes <= 120:
            raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Owner screens lock after 1 to 120 minutes."))
        display: dict[str, str] = {}
        if text_size is not None:
            display[TEXT_SIZE] = str(clean_text_size(text_size))
        if colours is not None:
            display[COLOURS] = clean_colours(colours)
        if scan_sounds is not None:
            display[SCAN_SOUNDS] = clean_switch(scan_sounds)
        if kiosk is not None:
            display[KIOSK] = clean_kiosk(kiosk)
        for key, limit in (owner_limits or {}).items():
            if key not in LIMIT_KEYS:
                raise UserError(
                    QT_TRANSLATE_NOOP(ERRORS, "There is no setting “{key}”. Settings: {keys}."),
                    key=key,
                    keys=", ".join(LIMIT_KEYS),
                )
            display[key] = str(clean_limit(key, limit))
        with write_transaction(self.db):
            for key, value in shop.items():
                self.shop.set(key, value)
            self.settings.set("language", language)
            self.settings.set("feedback_enabled", "1" if feedback_enabled else "0")
            self.settings.set("owner_idle_minutes", str(idle_minutes))
            for key, value in display.items():
                self.settings.set(key, value)
