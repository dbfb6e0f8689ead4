"""Which column of an import file holds what, found by the header's name.

An owner's file comes from a paper card list typed into Excel, another till (Square,
Loyverse) or this app's own export, in English, Hungarian, Vietnamese or Norwegian. The
headers are compared folded (``textsearch.fold``: case and diacritics ignored, so
"Név", "NEV" and "nev" are one name) with everything but letters and digits removed
("E-mail" is "email"). Columns nobody recognises are listed and left out, never guessed.

Opening balances are columns named after a program ("Coffee card"), or with an account
in front ("stamps:Coffee card", "rewards:Coffee card", "points:Points",
"credit:Cashback", "passes:Car wash"): that is also what the member export writes. A
plain "Points" or "Stamps" column is taken when the shop has exactly one such program.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from .ledger import Account
from .spreadsheet import restore_cell
from .textsearch import fold

IMPORT = "Import"


class Field(StrEnum):
    """A member detail an import column can hold."""

    NAME = "name"
    GIVEN = "given_name"
    FAMILY = "family_name"
    PHONE = "phone"
    EMAIL = "email"
    BIRTHDAY = "birthday"
    CARD = "card"
    NOTES = "notes"
    CONSENT = "consent"
    BLOCKED = "blocked"
    MEMBER_SINCE = "member_since"


# Headers as people write them; folded and stripped of punctuation when compared.
# fmt: off
ALIASES: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "name", "full name", "customer", "customer name", "member", "member name", "client",
        "név", "teljes név", "ügyfél", "ügyfél neve", "ügyfélnév", "vásárló", "vásárló neve",
        "tag neve", "tên", "họ tên", "họ và tên", "tên khách hàng", "khách hàng",
        "navn", "fullt navn", "kunde", "kundenavn", "medlem",
    ),
    Field.GIVEN: (
        "first name", "firstname", "given name", "forename",
        "keresztnév", "utónév", "tên riêng", "fornavn",
    ),
    Field.FAMILY: (
        "last name", "lastname", "surname", "family name",
        "vezetéknév", "családnév", "họ", "etternavn",
    ),
    Field.PHONE: (
        "phone", "phone number", "telephone", "tel", "mobile", "mobile phone",
        "mobile number", "cell", "cell phone",
        "telefon", "telefonszám", "mobil", "mobilszám", "mobiltelefon",
        "số điện thoại", "điện thoại", "sđt", "số đt", "di động",
        "telefonnummer", "mobilnummer", "tlf",
    ),
    Field.EMAIL: (
        "email", "e-mail", "email address", "e-mail address", "mail",
        "e-mail cím", "email cím", "thư điện tử", "địa chỉ email",
        "e-post", "e-postadresse",
    ),
    Field.BIRTHDAY: (
        "birthday", "birth date", "birthdate", "date of birth", "dob",
        "születésnap", "születési dátum", "születési idő", "szül. dátum", "szülinap",
        "sinh nhật", "ngày sinh", "fødselsdag", "fødselsdato", "bursdag",
    ),
    Field.CARD: (
        "card", "card number", "card no", "card code", "card id", "loyalty card",
        "loyalty card number", "member card", "barcode", "customer code",
        "kártya", "kártyaszám", "hűségkártya", "törzsvásárlói kártya", "vonalkód",
        "thẻ", "số thẻ", "mã thẻ", "thẻ thành viên", "mã vạch",
        "kort", "kortnummer", "medlemskort", "strekkode",
    ),
    Field.NOTES: (
        "notes", "note", "memo", "comment", "comments", "remarks",
        "megjegyzés", "megjegyzések", "ghi chú", "notat", "notater", "merknad", "kommentar",
    ),
    Field.CONSENT: (
        "consent", "marketing", "marketing consent", "newsletter", "opt in",
        "accepts marketing", "email subscription status",
        "hozzájárulás", "marketing hozzájárulás", "hírlevél", "đồng ý nhận ưu đãi",
        "đồng ý", "đồng ý nhận tin", "nhận tin", "samtykke", "markedsføring", "nyhetsbrev",
    ),
    Field.BLOCKED: ("blocked", "letiltva", "tiltott", "bị khóa", "sperret", "blokkert"),
    Field.MEMBER_SINCE: (
        "member since", "joined", "customer since", "created", "first visit",
        "tag óta", "regisztráció", "ngày tham gia", "thành viên từ", "medlem siden",
    ),
}

# A plain balance column: the account it holds, if the shop has one such program.
GENERIC: dict[Account, tuple[str, ...]] = {
    Account.STAMPS: ("stamps", "stamp", "pecsét", "pecsétek", "tem", "dấu", "stempler"),
    Account.REWARDS: (
        "rewards", "rewards ready", "jutalmak", "beváltható jutalmak", "phần thưởng",
        "phần thưởng sẵn sàng", "belønninger",
    ),
    Account.POINTS: (
        "points", "point balance", "points balance", "loyalty points",
        "pont", "pontok", "pontszám", "pontegyenleg", "điểm", "điểm tích lũy", "poeng",
    ),
    Account.CREDIT: (
        "store credit", "credit", "credit balance", "cash balance",
        "jóváírás", "kredit", "tín dụng", "tiền tích lũy", "tiền ví", "kreditt", "tilgodehavende",
        "tilgode", "tilgodesaldo",
    ),
    Account.PASSES: (
        "passes", "uses left", "bérlet", "alkalmak", "hátralévő alkalmak", "lượt còn lại",
        "klipp", "klipp igjen",
    ),
}
# fmt: on

# "stamps:Coffee card": the word before the colon names the account.
PREFIXES: dict[str, Account] = {
    "stamps": Account.STAMPS,
    "stamp": Account.STAMPS,
    "rewards": Account.REWARDS,
    "points": Account.POINTS,
    "credit": Account.CREDIT,
    "passes": Account.PASSES,
    "uses": Account.PASSES,
}

# Which balances each kind of program has; the first is the one its bare name means.
KIND_ACCOUNTS: dict[str, tuple[Account, ...]] = {
    "stamp": (Account.STAMPS, Account.REWARDS),
    "points": (Account.POINTS,),
    "credit": (Account.CREDIT,),
    "pass": (Account.PASSES,),
}

FIELD_LABELS: dict[Field, str] = {
    Field.NAME: QT_TRANSLATE_NOOP(IMPORT, "name"),
    Field.GIVEN: QT_TRANSLATE_NOOP(IMPORT, "first name"),
    Field.FAMILY: QT_TRANSLATE_NOOP(IMPORT, "family name"),
    Field.PHONE: QT_TRANSLATE_NOOP(IMPORT, "phone"),
    Field.EMAIL: QT_TRANSLATE_NOOP(IMPORT, "e-mail"),
    Field.BIRTHDAY: QT_TRANSLATE_NOOP(IMPORT, "birthday"),
    Field.CARD: QT_TRANSLATE_NOOP(IMPORT, "card number"),
    Field.NOTES: QT_TRANSLATE_NOOP(IMPORT, "notes"),
    Field.CONSENT: QT_TRANSLATE_NOOP(IMPORT, "marketing consent"),
    Field.BLOCKED: QT_TRANSLATE_NOOP(IMPORT, "blocked"),
    Field.MEMBER_SINCE: QT_TRANSLATE_NOOP(IMPORT, "member since"),
}

ACCOUNT_LABELS: dict[Account, str] = {
    Account.STAMPS: QT_TRANSLATE_NOOP(IMPORT, "stamps"),
    Account.REWARDS: QT_TRANSLATE_NOOP(IMPORT, "rewards ready"),
    Account.POINTS: QT_TRANSLATE_NOOP(IMPORT, "points"),
    Account.CREDIT: QT_TRANSLATE_NOOP(IMPORT, "store credit"),
    Account.PASSES: QT_TRANSLATE_NOOP(IMPORT, "uses left"),
}

NAME_FIELDS = (Field.NAME, Field.GIVEN, Field.FAMILY)


def header_key(text: str) -> str:
    """A header as compared: folded, letters and digits only ("Số điện thoại" → "sodienthoai")."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


_FIELD_BY_KEY = {header_key(a): f for f, names in ALIASES.items() for a in names}
_GENERIC_BY_KEY = {header_key(a): acc for acc, names in GENERIC.items() for a in names}


@dataclass(frozen=True)
class ProgramRef:
    """What the import needs to know of one of the shop's programs."""

    id: int
    name: str
    kind: str  # "stamp", "points", "credit" or "pass"
    stamps_needed: int | None = None


@dataclass(frozen=True)
class BalanceColumn:
    """A column of opening balances: one account of one program."""

    index: int
    header: str
    program: ProgramRef
    account: Account


@dataclass(frozen=True)
class ColumnMap:
    """Where each recognised detail is, and which columns are left out."""

    headers: tuple[str, ...]
    fields: dict[Field, int] = field(default_factory=dict)
    balances: tuple[BalanceColumn, ...] = ()
    ignored: tuple[str, ...] = ()

    def name_columns(self) -> list[int]:
        """The columns that make up the name, in the file's order ("Họ", "Tên")."""
        return sorted(self.fields[f] for f in NAME_FIELDS if f in self.fields)


def map_columns(headers: list[str], programs: list[ProgramRef]) -> ColumnMap:
    """Read the header line; refuse a file whose columns cannot be imported as meant.

    Refused (the whole file, before any row is read): no name column; two columns for
    one detail; a balance column for a program the shop does not have, or that does not
    say which of several programs it means.
    """
    by_key = {header_key(p.name): p for p in programs}
    fields: dict[Field, int] = {}
    balances: dict[tuple[int, Account], BalanceColumn] = {}
    ignored: list[str] = []
    clean = [" ".join(restore_cell(h).split()) for h in headers]

    def add_balance(i: int, program: ProgramRef, account: Account) -> None:
        earlier = balances.get((program.id, account))
        if earlier is not None:
            raise _two_columns(earlier.header, clean[i])
        balances[(program.id, account)] = BalanceColumn(i, clean[i], program, account)

    for i, header in enumerate(clean):
        if not header:
            continue
        prefix, colon, rest = header.partition(":")
        if colon and header_key(prefix) in PREFIXES:
            account = PREFIXES[header_key(prefix)]
            program = by_key.get(header_key(rest))
            if program is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The column “{column}” is for the program “{program}”, which this "
                        "shop does not have. Set it up first, or remove the column.",
                    ),
                    column=header,
                    program=rest.strip(),
                )
            if account not in KIND_ACCOUNTS[program.kind]:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS, "The column “{column}”: “{program}” has no such balance."
                    ),
                    column=header,
                    program=program.name,
                )
            add_balance(i, program, account)
            continue
        key = header_key(header)
        if key in by_key:
            program = by_key[key]
            add_balance(i, program, KIND_ACCOUNTS[program.kind][0])
        elif key in _FIELD_BY_KEY:
            f = _FIELD_BY_KEY[key]
            if f in fields:
                raise _two_columns(clean[fields[f]], header)
            fields[f] = i
        elif key in _GENERIC_BY_KEY:
            account = _GENERIC_BY_KEY[key]
            holders = [p for p in programs if account in KIND_ACCOUNTS[p.kind]]
            if not holders:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The column “{column}” holds balances, but this shop has no program "
                        "for them. Set one up first, or remove the column.",
                    ),
                    column=header,
                )
            if len(holders) > 1:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        ERRORS,
                        "The column “{column}” does not say which program it is for: name it "
                        "after the program, e.g. “{example}”.",
                    ),
                    column=header,
                    example=f"{_prefix_of(account)}:{holders[0].name}",
                )
            add_balance(i, holders[0], account)
        else:
            ignored.append(header)
    if not any(f in fields for f in NAME_FIELDS):
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The file has no name column. Its first line must name the columns, "
                "e.g. name;phone;email (this file's first line: {headers}).",
            ),
            headers=", ".join(h for h in clean if h)[:200] or "—",
        )
    ordered = sorted(balances.values(), key=lambda b: b.index)
    return ColumnMap(tuple(clean), fields, tuple(ordered), tuple(ignored))


def _two_columns(first: str, second: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            ERRORS, "The columns “{first}” and “{second}” hold the same thing; keep one."
        ),
        first=first,
        second=second,
    )


def _prefix_of(account: Account) -> str:
    return next(p for p, a in PREFIXES.items() if a is account)
