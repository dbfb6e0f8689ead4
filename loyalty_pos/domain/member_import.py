"""Turning an import file into members to create, or broken rows with their reasons.

Every row is checked by the same rules as enrolment at the counter (``validation``),
each detail on its own so that a row with two mistakes shows both. A broken row keeps
its line number so the owner finds it in the spreadsheet. Nothing here writes: the
service shows this as the preview and imports exactly what the preview showed.

Card numbers: a number that is one of this shop's kind (13 digits, in GS1's in-store
range 20-29, with a right check digit) is kept, so the member's plastic card goes on
working. Any other number (another system's code, a product barcode, a mistyped digit)
cannot be scanned here, so refusing the row would help nobody: the member gets a new
card and the old number goes into the notes, and the preview says so on that row. A
number a spreadsheet cut down to scientific notation ("2.91E+12") is lost, not foreign,
and refuses the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from .cardnumber import parse_code, require_in_store
from .csvfile import read_text, records
from .errors import ERRORS, QT_TRANSLATE_NOOP, InvalidCode, UserError
from .import_columns import (
    IMPORT,
    ColumnMap,
    Field,
    ProgramRef,
    map_columns,
)
from .ledger import Account
from .money import minor_digits, parse_amount
from .spreadsheet import restore_cell
from .textsearch import fold, phone_digits
from .validation import (
    CleanMember,
    MemberInput,
    clean_birthday,
    clean_email,
    clean_member,
    clean_phone,
)

MAX_ROWS = 100_000
MAX_BALANCE = 10**9
OLD_CARD_NOTE = QT_TRANSLATE_NOOP(IMPORT, "Old card: {code}")

_YES = {"yes", "y", "true", "1", "x", "igen", "i", "co", "ja", "j", "subscribed", "opted in"}
_NO = {"", "no", "n", "false", "0", "nem", "khong", "nei", "unsubscribed", "unknown", "-"}
_DATE_FORMATS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?"), "ymd"),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), "ymd"),
    (re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?"), "dmy"),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), "dmy"),
)
_TIME_TAIL = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$")
_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?[eE]\+?\d+")
_AMOUNT_EDGES = re.compile(r"^[^\d+\-−]+|[^\d]+$")


@dataclass(frozen=True)
class Opening:
    """An opening balance: written as one ledger row when the member is created."""

    program_id: int
    program: str
    account: Account
    amount: int  # stamps, rewards, points or uses; store credit in minor units


@dataclass(frozen=True)
class MemberRow:
    """A row that will become a member."""

    line: int
    member: CleanMember
    card: str | None = None  # this shop's kind of number, kept; None: a new number
    old_card: str | None = None  # another system's number, now in the notes
    blocked: bool = False
    member_since: date | None = None
    openings: tuple[Opening, ...] = ()
    notices: tuple[UserError, ...] = ()  # shown in the preview; they do not stop it

    ok = True

    @property
    def name(self) -> str:
        return self.member.name


@dataclass(frozen=True)
class BrokenRow:
    """A row that cannot be imported, and every reason why."""

    line: int
    name: str  # as written in the file, for the preview
    problems: tuple[UserError, ...]

    ok = False


Row = MemberRow | BrokenRow


@dataclass(frozen=True)
class ParsedFile:
    """A whole file read and checked, before anything is compared with the database."""

    encoding: str
    delimiter: str
    columns: ColumnMap
    rows: list[Row]


# Values -------------------------------------------------------------------------------


def parse_day(text: str, column: str) -> date:
    """YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. (Hungarian) or DD/MM/YYYY; a time is ignored."""
    value = _TIME_TAIL.sub("", text.strip()).strip()
    for pattern, order in _DATE_FORMATS:
        m = pattern.fullmatch(value)
        if m is None:
            continue
        a, b, c = (int(g) for g in m.groups())
        y, mo, d = (a, b, c) if order == "ymd" else (c, b, a)
        try:
            return date(y, mo, d)
        except ValueError:
            break
    raise UserError(
        QT_TRANSLATE_NOOP(
            ERRORS,
            "{column}: “{value}” is not a date (use YYYY-MM-DD, DD.MM.YYYY, YYYY.MM.DD. "
            "or DD/MM/YYYY).",
        ),
        column=column,
        value=text.strip(),
    )


def parse_flag(text: str, column: str) -> bool:
    """Yes or no in the four languages (x, 1, true, subscribed…); empty is no."""
    key = fold(text).strip().rstrip(".")
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise UserError(
        QT_TRANSLATE_NOOP(ERRORS, "{column}: “{value}” is neither yes nor no."),
        column=column,
        value=text.strip(),
    )


def parse_count(text: str, column: str) -> int:
    """A whole number of stamps, points or uses; empty is none."""
    value = re.sub(r"[\s\u00a0\u202f']", "", text)
    if not value:
        return 0
    if not value.isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{column}: “{value}” is not a whole number of 0 or more."),
            column=column,
            value=text.strip(),
        )
    return _in_range(int(value), column)


def parse_money(text: str, currency: str, column: str) -> int:
    """Store credit in minor units, whatever the decimal mark.

    ``12,50`` and ``12.50`` are both twelve and a half; ``1.500``, ``1,500`` and
    ``1 500`` are fifteen hundred, because three digits after a mark can only be a
    group in a currency with at most two decimals. A currency sign or code is ignored.
    """
    if not text.strip():
        return 0
    value = _AMOUNT_EDGES.sub("", text.strip())
    if not value:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{column}: “{value}” is not an amount in {currency}."),
            column=column,
            value=text.strip(),
            currency=currency.upper(),
        )
    value = re.sub(r"[\s\u00a0\u202f']", "", value)
    marks = [c for c in value if c in ",."]
    decimal, group = ".", ","
    if marks:
        last = marks[-1]
        tail = value.rsplit(last, 1)[1]
        if len(set(marks)) == 2 or not (len(tail) == 3 and minor_digits(currency) < 3):
            decimal = last
        else:
            decimal = "," if last == "." else "."
        group = "," if decimal == "." else "."
    fraction = value.rsplit(decimal, 1)[1] if decimal in value else ""
    if len(fraction) > minor_digits(currency):
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS, "{column}: “{value}”: {currency} amounts have at most {digits} decimals."
            ),
            column=column,
            value=text.strip(),
            currency=currency.upper(),
            digits=minor_digits(currency),
        )
    try:
        return _in_range(parse_amount(value, currency, group=group, decimal=decimal), column)
    except UserError:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{column}: “{value}” is not an amount in {currency}."),
            column=column,
            value=text.strip(),
            currency=currency.upper(),
        ) from None


def _in_range(n: int, column: str) -> int:
    if n > MAX_BALANCE:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{column}: {value} is more than a balance can hold."),
            column=column,
            value=n,
        )
    return n


def parse_card(text: str, column: str) -> tuple[str | None, str | None, UserError | None]:
    """(kept number, foreign number, notice) for a card cell; see the module's note."""
    raw = restore_cell(text).strip()
    if not raw:
        return None, None, None
    if _SCIENTIFIC.fullmatch(raw):
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{column}: “{value}” was shortened by the spreadsheet (scientific notation) "
                "and the number is lost. Format the column as text and save the file again.",
            ),
            column=column,
            value=raw,
        )
    try:
        return require_in_store(parse_code(raw)), None, None
    except InvalidCode:
        notice = UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "“{code}” is not a card number of this shop: the member gets a new card, "
                "and the old number goes into the notes.",
            ),
            code=raw,
        )
        return None, raw, notice


# Rows ---------------------------------------------------------------------------------


def parse_row(line: int, cells: list[str], columns: ColumnMap, today: date, currency: str) -> Row:
    """One record of the file as a member to create, or a broken row with its reasons."""
    problems: list[UserError] = []
    notices: list[UserError] = []
    headers = columns.headers

    def cell(f: Field) -> str:
        i = columns.fields.get(f)
        return restore_cell(cells[i]) if i is not None and i < len(cells) else ""

    def check(fn, *args):
        try:
            return fn(*args)
        except UserError as err:
            problems.append(err)
            return None

    extra = [c for c in cells[len(headers) :] if c.strip()]
    if extra:
        problems.append(
            UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The line has {n} cells, but the first line names only {m} columns."
                ),
                n=len(cells),
                m=len(headers),
            )
        )
    name = _name(cells, columns)
    card = old_card = None
    found = check(parse_card, cell(Field.CARD), _header(columns, Field.CARD))
    if found is not None:
        card, old_card, notice = found
        if notice is not None:
            notices.append(notice)
    notes = cell(Field.NOTES).strip()
    if old_card is not None:
        notes = (notes + "\n" if notes else "") + OLD_CARD_NOTE.format(code=old_card)
    base = check(clean_member, MemberInput(name=name, notes=notes), today)
    phone = check(clean_phone, cell(Field.PHONE))
    email = check(clean_email, cell(Field.EMAIL))
    birthday = None
    if cell(Field.BIRTHDAY).strip():
        day = check(parse_day, cell(Field.BIRTHDAY), _header(columns, Field.BIRTHDAY))
        birthday = check(clean_birthday, day.isoformat(), today) if day else None
    consent = check(parse_flag, cell(Field.CONSENT), _header(columns, Field.CONSENT))
    blocked = check(parse_flag, cell(Field.BLOCKED), _header(columns, Field.BLOCKED))
    since = None
    if cell(Field.MEMBER_SINCE).strip():
        since = check(parse_day, cell(Field.MEMBER_SINCE), _header(columns, Field.MEMBER_SINCE))
        if since is not None and since > today:
            problems.append(
                UserError(
                    QT_TRANSLATE_NOOP(ERRORS, "{column}: {day} is in the future."),
                    column=_header(columns, Field.MEMBER_SINCE),
                    day=since.isoformat(),
                )
            )
    openings = _openings(cells, columns, currency, problems)
    if problems or base is None:
        return BrokenRow(line, name or "—", tuple(problems))
    member = replace(base, phone=phone, email=email, birthday=birthday, marketing_consent=consent)
    return MemberRow(
        line=line,
        member=member,
        card=card,
        old_card=old_card,
        blocked=bool(blocked),
        member_since=since,
        openings=openings,
        notices=tuple(notices),
    )


def _header(columns: ColumnMap, f: Field) -> str:
    i = columns.fields.get(f)
    return columns.headers[i] if i is not None else f.value


def _name(cells: list[str], columns: ColumnMap) -> str:
    """The full name; several name columns are joined in the file's order.

    "Name" beside "First name"/"Last name" (some tills export all three) is taken alone
    when filled. "Họ" + "Tên" or "Vezetéknév" + "Keresztnév" come family name first,
    "First Name" + "Last Name" given name first: the file's order is the right one.
    """

    def text(i: int) -> str:
        return " ".join(restore_cell(cells[i]).split()) if i < len(cells) else ""

    full = columns.fields.get(Field.NAME)
    if full is not None and Field.GIVEN in columns.fields and text(full):
        return text(full)
    return " ".join(t for t in (text(i) for i in columns.name_columns()) if t)


def _openings(
    cells: list[str], columns: ColumnMap, currency: str, problems: list[UserError]
) -> tuple[Opening, ...]:
    """Opening balances of one row. Stamps that fill a card become a ready reward, as
    at the counter: 12 stamps on a card of 10 open as 1 reward and 2 stamps."""
    amounts: dict[tuple[ProgramRef, Account], int] = {}
    for col in columns.balances:
        text = restore_cell(cells[col.index]) if col.index < len(cells) else ""
        try:
            if col.account is Account.CREDIT:
                n = parse_money(text, currency, col.header)
            else:
                n = parse_count(text, col.header)
        except UserError as err:
            problems.append(err)
            continue
        key = (col.program, col.account)
        amounts[key] = amounts.get(key, 0) + n
    for (program, account), n in list(amounts.items()):
        if account is Account.STAMPS and program.stamps_needed and n >= program.stamps_needed:
            full, left = divmod(n, program.stamps_needed)
            amounts[(program, Account.STAMPS)] = left
            rewards = (program, Account.REWARDS)
            amounts[rewards] = amounts.get(rewards, 0) + full
    return tuple(Opening(p.id, p.name, account, n) for (p, account), n in amounts.items() if n > 0)


# Duplicates ---------------------------------------------------------------------------


def row_keys(row: MemberRow) -> list[tuple[str, str]]:
    """What must be unique: ("phone", digits), ("email", address), ("card", number)."""
    keys = []
    if row.member.phone:
        keys.append(("phone", phone_digits(row.member.phone)))
    if row.member.email:
        keys.append(("email", row.member.email))
    if row.card:
        keys.append(("card", row.card))
    return keys


_SAME_AS = {
    "phone": QT_TRANSLATE_NOOP(ERRORS, "Same phone number as line {line} ({name})."),
    "email": QT_TRANSLATE_NOOP(ERRORS, "Same e-mail as line {line} ({name})."),
    "card": QT_TRANSLATE_NOOP(ERRORS, "Same card number as line {line} ({name})."),
}


def mark_duplicates(rows: Iterable[Row]) -> list[Row]:
    """A row sharing a phone, e-mail or card number with an earlier good row breaks."""
    seen: dict[tuple[str, str], MemberRow] = {}
    out: list[Row] = []
    for row in rows:
        if not isinstance(row, MemberRow):
            out.append(row)
            continue
        clashes = []
        for key in row_keys(row):
            first = seen.get(key)
            if first is not None:
                clashes.append(UserError(_SAME_AS[key[0]], line=first.line, name=first.name))
        if clashes:
            out.append(BrokenRow(row.line, row.name, tuple(clashes)))
            continue
        for key in row_keys(row):
            seen[key] = row
        out.append(row)
    return out


def break_rows(rows: list[Row], problems: dict[int, list[UserError]]) -> list[Row]:
    """The rows with the given lines broken for the given reasons (found in the shop)."""
    out: list[Row] = []
    for row in rows:
        found = problems.get(row.line)
        if found and isinstance(row, MemberRow):
            out.append(BrokenRow(row.line, row.name, tuple(found)))
        else:
            out.append(row)
    return out


# The whole file -----------------------------------------------------------------------


def parse_members(
    data: bytes,
    programs: list[ProgramRef],
    today: date,
    currency: str,
    prefer: tuple[str, ...] = ("cp1252", "cp1250"),
) -> ParsedFile:
    """Read, map and check every row of an import file.

    Raises UserError for what breaks the whole file (not text, no header, no name
    column, an unknown program, too many rows); a bad row is a BrokenRow instead.
    """
    source = read_text(data, prefer)
    columns: ColumnMap | None = None
    rows: list[Row] = []
    for line, cells in records(source):
        if not any(c.strip() for c in cells):
            continue  # blank lines, and Excel's ";;;;" rows under the data
        if columns is None:
            columns = map_columns(cells, programs)
            continue
        if len(rows) >= MAX_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    ERRORS, "The file has more than {max} members; split it in parts."
                ),
                max=MAX_ROWS,
            )
        rows.append(parse_row(line, cells, columns, today, currency))
    if columns is None:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "The file is empty."))
    if not rows:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The file names its columns but holds no members.")
        )
    return ParsedFile(source.encoding, source.delimiter, columns, mark_duplicates(rows))
