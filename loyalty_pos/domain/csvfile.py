"""Reading a CSV file the way shop owners actually have them.

Excel on Windows writes "CSV" in the machine's ANSI code page (Windows-1250 in Hungary,
Windows-1252 in Norway), "CSV UTF-8" with a byte order mark, or "Unicode text" in UTF-16
with tabs; with a European number format it separates cells with ``;`` because ``,`` is
the decimal comma. LibreOffice and Google Sheets write UTF-8 with commas. All of these
are read here, without asking the owner which one they have.

Pure Python: bytes in, text rows with their line numbers out.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

DELIMITERS = (",", ";", "\t", "|")
MAX_BYTES = 50 * 1024 * 1024

# Letters that tell the Windows code pages apart. The accented letters Hungarian shares
# with Western European (á é í ó ö ú ü) have the same byte in both, so only these decide.
_SIGNATURE = {
    "cp1250": "őűŐŰ",  # cp1252 reads these bytes as õ û Õ Û
    "cp1252": "øåæØÅÆ",  # cp1250 reads these bytes as ř ĺ ć Ř Ĺ Ć
    "cp1258": "ơưđăƠƯĐĂ",
}


@dataclass(frozen=True)
class CsvText:
    """A file's text and how it was written."""

    text: str
    encoding: str  # "utf-8", "utf-8-sig" (with BOM), "utf-16", "cp1250", "cp1252", "cp1258"
    delimiter: str
    first_line: int = 1  # 2 when Excel's "sep=;" line came first and was taken off


def decode(data: bytes, prefer: tuple[str, ...] = ("cp1252", "cp1250")) -> tuple[str, str]:
    """(text, encoding name). UTF-8 (with or without BOM) and UTF-16 with a BOM first;
    otherwise the Windows code page whose tell-tale letters appear most, ``prefer``
    (the shop's language first) breaking a tie.

    Refuses a spreadsheet workbook or another binary file with a message that says how
    to save a CSV instead.
    """
    if data.startswith(b"PK\x03\x04"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "This is a spreadsheet workbook (.xlsx or .ods), not a CSV file. Save it "
                "as “CSV UTF-8” (Excel: File › Save As) and choose that file.",
            )
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _not_text() from None
    if b"\x00" in data[:4096]:
        raise _not_text()
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            raise _not_text() from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = list(dict.fromkeys((*prefer, "cp1250", "cp1252")))
    best: tuple[int, int, str, str] | None = None
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding == "cp1258":  # Vietnamese: tone marks are separate characters there
            text = unicodedata.normalize("NFC", text)
        score = sum(text.count(c) for c in _SIGNATURE.get(encoding, ""))
        key = (score, -rank, encoding, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        raise _not_text()
    return best[3], best[2]


def _not_text() -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(ERRORS, "This file is not a text (CSV) file. Save it as “CSV UTF-8”.")
    )


def sniff_delimiter(first_line: str) -> str:
    """The separator of the header line: the most frequent of , ; tab | outside quotes.

    The header is the one line whose cells are words, not amounts with decimal commas,
    so counting there is reliable where ``csv.Sniffer`` guesses wrong on a file of
    ``12,50;3`` rows. One column without any separator reads as comma-separated.
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_text(data: bytes, prefer: tuple[str, ...] = ("cp1252", "cp1250")) -> CsvText:
    """Decode ``data`` and find its separator (Excel's ``sep=;`` first line is obeyed)."""
    if len(data) > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The file is larger than {mb} MB; split it in parts."),
            mb=MAX_BYTES // (1024 * 1024),
        )
    text, encoding = decode(data, prefer)
    first = text.split("\n", 1)[0].strip("\r")
    if first.lower().startswith("sep=") and len(first) == 5:
        rest = text.split("\n", 1)[1] if "\n" in text else ""
        return CsvText(rest, encoding, first[4], first_line=2)
    return CsvText(text, encoding, sniff_delimiter(first))


def records(source: CsvText) -> Iterator[tuple[int, list[str]]]:
    """(line number where the record starts, its cells) for each record of the file.

    A quoted cell may span lines (a note with a line break); the number is the record's
    first line, as the owner sees it in a text editor (a ``sep=`` line counts too).
    """
    offset = source.first_line - 1
    reader = csv.reader(io.StringIO(source.text, newline=""), delimiter=source.delimiter)
    start = 1
    try:
        for cells in reader:
            yield start + offset, cells
            start = reader.line_num + 1
    except csv.Error as err:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "Line {line}: the file is not valid CSV ({error})."),
            line=reader.line_num + offset,
            error=str(err),
        ) from None
