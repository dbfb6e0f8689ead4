"""Checks on what the cashier types when enrolling a member."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
NAME_MAX = 120
NOTES_MAX = 2000


@dataclass(frozen=True)
class MemberInput:
    """A member's details as entered, before validation."""

    name: str
    phone: str | None = None
    email: str | None = None
    birthday: str | None = None  # YYYY-MM-DD
    marketing_consent: bool = False
    notes: str = ""


@dataclass(frozen=True)
class CleanMember:
    """A member's details after validation: trimmed, normalised, safe to store."""

    name: str
    phone: str | None
    email: str | None
    birthday: str | None
    marketing_consent: bool
    notes: str


def clean_phone(phone: str | None) -> str | None:
    """Keep a leading + and the digits; 7-15 digits (E.164 allows at most 15)."""
    if phone is None or not phone.strip():
        return None
    raw = phone.strip()
    if not re.fullmatch(r"\+?[\d\s().\-/]+", raw):
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "“{phone}” is not a phone number."), phone=raw)
    digits = re.sub(r"\D", "", raw)
    if not 7 <= len(digits) <= 15:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "A phone number has 7 to 15 digits; “{phone}” has {n}."),
            phone=raw,
            n=len(digits),
        )
    return ("+" if raw.startswith("+") else "") + digits


def clean_email(email: str | None) -> str | None:
    """Lower-cased e-mail with a plausible shape (one @, a dot in the domain)."""
    if email is None or not email.strip():
        return None
    value = email.strip().lower()
    if len(value) > 254 or not _EMAIL.match(value):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "“{email}” is not an e-mail address."), email=email.strip()
        )
    return value


def clean_birthday(birthday: str | None, today: date) -> str | None:
    """An ISO date in the past, within a human lifetime."""
    if birthday is None or not birthday.strip():
        return None
    try:
        value = date.fromisoformat(birthday.strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "“{birthday}” is not a date (use YYYY-MM-DD)."),
            birthday=birthday.strip(),
        ) from None
    if value > today or value.year < today.year - 120:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The birthday {birthday} is not possible."),
            birthday=value.isoformat(),
        )
    return value.isoformat()


def clean_member(data: MemberInput, today: date) -> CleanMember:
    """Validate every field; raise UserError naming the first bad one."""
    name = " ".join(data.name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The member's name is required."))
    if len(name) > NAME_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The name is too long (at most {n} characters)."),
            n=NAME_MAX,
        )
    notes = data.notes.strip()
    if len(notes) > NOTES_MAX:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The notes are too long (at most {n} characters)."),
            n=NOTES_MAX,
        )
    return CleanMember(
        name=name,
        phone=clean_phone(data.phone),
        email=clean_email(data.email),
        birthday=clean_birthday(data.birthday, today),
        marketing_consent=bool(data.marketing_consent),
        notes=notes,
    )
