"""Printing commands of the admin command line: ``print-cards`` and ``cards replace``.

``print-cards`` writes a PDF (the command line has no printer dialog); the owner prints
it from any PDF viewer, or sends it to a card printer. ``--blank N`` reserves N new
numbers and writes the PDF in one transaction, the service's
(``CardService.reserve_and_print``, which the print dialog uses too): if the file
cannot be written, no number is reserved. ``cards replace --pdf`` likewise prints the
new card inside the replacement's transaction.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..printing.layouts import LayoutKind, layout
from ..services import Services
from ..services.cards import CardFace
from . import args as arg
from . import lookup
from . import output as out
from .args import CLI, CliError, pdf_path
from .output import Outcome
from .registry import Registry


def register(r: Registry) -> None:
    """Add ``print-cards``, and ``replace`` to the ``cards`` group of ``shop.py``."""
    p = r.command(
        "print-cards",
        cmd_print_cards,
        translate(CLI, "write member cards or blank numbered cards to a PDF"),
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--member", action="append", metavar="CODE", help=translate(CLI, "a member's card")
    )
    who.add_argument("--all", action="store_true", help=translate(CLI, "every active member"))
    who.add_argument(
        "--blank", type=arg.count, metavar="N", help=translate(CLI, "reserve N new blank cards")
    )
    p.add_argument("--layout", choices=[k.value for k in LayoutKind], default="a4")
    p.add_argument("--pdf", required=True, metavar="PATH")

    replace = r.command(
        "cards replace",
        cmd_card_replace,
        translate(CLI, "replace a lost card: a new number, balances kept"),
    )
    replace.add_argument("code", metavar="CODE")
    replace.add_argument(
        "--pdf", metavar="PATH", help=translate(CLI, "also write the new card (CR80) to a PDF")
    )


def write_cards(path: Path, kind: str, services: Services, faces: Iterable) -> int:
    """Member cards, gift cards or coupons to ``path`` in the shop's card design."""
    from ..printing.document import write_pdf  # Qt's GUI module: loaded only to print

    try:
        return write_pdf(path, kind, services.cards.design(), faces)
    except OSError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP(CLI, "Cannot write {path}: {error}"), path=str(path), error=str(exc)
        ) from None


def cmd_print_cards(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    pdf = pdf_path(args.pdf)
    kind = args.layout
    if args.blank is not None:
        done = services.cards.reserve_and_print(
            args.blank, lambda blank: write_cards(pdf, kind, services, blank)
        )
        assert done is not None  # write_cards returns a count or raises
        faces, count = done.faces, done.printed
    else:
        if args.all:
            faces = list(services.cards.all_faces())
            if not faces:
                raise CliError(QT_TRANSLATE_NOOP(CLI, "No member has a card to print."))
        else:
            faces = []
            for code in args.member:
                member = lookup.member(services, code)
                faces.append(CardFace(member.card_number or "", member.name))
        count = write_cards(pdf, kind, services, faces)
    codes = [f.card_number for f in faces]
    data = {
        "count": count,
        "layout": kind,
        "pages": layout(kind).pages_for(count),
        "path": str(pdf),
        "blank": args.blank is not None,
        "codes": codes,
    }
    text = translate(CLI, "{count} cards written to {path} ({pages} pages, {layout}).").format(
        count=count, path=pdf, pages=data["pages"], layout=kind
    )
    if args.blank is not None:
        text += "\n" + translate(CLI, "Reserved blank cards:") + "\n" + "\n".join(codes)
    return Outcome(data, text)


def cmd_card_replace(services: Services, args: argparse.Namespace, path: Path) -> Outcome:
    """The new card is printed inside the replacement's transaction (the service's)."""
    pdf = pdf_path(args.pdf) if args.pdf else None

    def print_card(face: CardFace) -> None:
        if pdf is not None:
            write_cards(pdf, LayoutKind.CR80, services, [face])

    result = services.cards.replace(args.code, print_card=print_card)
    data = {
        "old": result.old,
        "new": result.new,
        "pdf": str(pdf) if pdf else None,
        "member": out.member_json(result.member),
    }
    text = translate(CLI, "Card {old} is replaced by card {new} ({name}).").format(
        old=result.old, new=result.new, name=result.member.name
    )
    return Outcome(data, text)
