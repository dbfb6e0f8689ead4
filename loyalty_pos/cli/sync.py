"""``admin sync``, and what the command line does while the shop's server is away.

A till on a server that cannot be reached keeps *earning* (``services/outbox.py``):
``visit`` queues an earn-only visit in the till's outbox and prints ``"queued": true``;
a visit that spends exits 2 and queues nothing. ``members show`` and ``members find``
answer from the till's last-known copy of the member list, marked possibly out of
date. Any other command says the server cannot be reached (exit 2).

``sync`` sends what is queued (every command that reaches the server does so first,
quietly), prints how many visits were sent, were already there (a till that died
after the server's commit) and were refused, and refreshes the copy.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.errors import QT_TRANSLATE_NOOP
from ..l10n import translate
from ..paths import state_dir
from ..services import Services, till_identity
from ..services.checkout import CheckoutRequest
from ..services.offline_copy_refresh import refresh_with_details
from ..services.outbox import OfflineSpend, Outbox, Replayed, Shortfall, outbox_path
from ..store.outbox import CopiedMember, QueuedRow
from . import checkout, members, offline_allowance
from .args import CLI, CliError
from .output import Outcome
from .registry import Registry

OfflineHandler = Callable[[Outbox, argparse.Namespace], Outcome]


def register(r: Registry) -> None:
    r.command(
        "sync",
        cmd_sync,
        translate(CLI, "send the visits queued while the server was away; refresh the copy"),
    )
    offline_allowance.register(r)
    r.command(
        "shortfall",
        cmd_shortfall,
        translate(CLI, "spends taken offline that the server then refused (this till)"),
    )


def open_outbox() -> Outbox:
    """This till's outbox, in its data folder."""
    till = till_identity.load(state_dir()).name
    return Outbox(outbox_path(state_dir(), till), till)


def has_waiting() -> bool:
    """Whether this till's outbox holds visits to send (no file: none, nothing made)."""
    till = till_identity.load(state_dir()).name
    if not outbox_path(state_dir(), till).exists():
        return False
    outbox = open_outbox()
    try:
        return outbox.waiting() > 0
    finally:
        outbox.close()


def replay_waiting(services: Services) -> Replayed | None:
    """Send what is queued, before a command that reached the server runs."""
    if not has_waiting():
        return None
    outbox = open_outbox()
    try:
        return outbox.replay(services)
    finally:
        outbox.close()


def cmd_sync(services: Services, args: argparse.Namespace, path: Path | str) -> Outcome:
    if not isinstance(path, str):
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "This shop is a file on this computer: there is nothing to send."
            )
        )
    outbox = open_outbox()
    try:
        done = outbox.replay(services)
        copied = refresh_with_details(outbox, services)
        refused = outbox.refused()
        shortfall = outbox.shortfall_report()
    finally:
        outbox.close()
    data = done.as_json() | {"members_copied": copied}
    data["refused_visits"] = [_refused_json(r) for r in refused]
    data["shortfall"] = [s.as_json() for s in shortfall]
    lines = [
        translate(CLI, "Sent: {sent}; already there: {already}; refused: {refused}.").format(
            sent=done.sent, already=done.already, refused=len(done.refused)
        ),
        translate(CLI, "Members copied for offline lookups: {n}.").format(n=copied),
    ]
    if refused:
        lines.append(translate(CLI, "Visits the server refused (not sent again):"))
        lines += [f"  {r.request_id} ({r.queued_at}): {r.error}" for r in refused]
    if shortfall:
        lines.append(
            translate(CLI, "Shortfall: spent offline, but the member no longer had it: {n}").format(
                n=len(shortfall)
            )
        )
        lines += [_shortfall_line(s) for s in shortfall]
    return Outcome(data, "\n".join(lines))


def cmd_shortfall(services: Services | None, args: argparse.Namespace, path: Path | str) -> Outcome:
    """This till's shortfall, again: read from its outbox only, so it answers with the
    server away too (``offline_shortfall``) and on a file shop (never any)."""
    report = _this_tills_shortfall()
    data = {"till": _till_name(), "shortfall": [s.as_json() for s in report]}
    if not report:
        return Outcome(data, translate(CLI, "No shortfall on this till."))
    lines = [
        translate(CLI, "Shortfall on this till (spent offline, refused by the server): {n}").format(
            n=len(report)
        )
    ]
    return Outcome(data, "\n".join(lines + [_shortfall_line(s) for s in report]))


def offline_shortfall(outbox: Outbox, args: argparse.Namespace) -> Outcome:
    return cmd_shortfall(None, args, "")


def _till_name() -> str:
    return till_identity.load(state_dir()).name


def _this_tills_shortfall() -> list[Shortfall]:
    """The till's shortfall; no outbox file: none (and no file is made)."""
    if not outbox_path(state_dir(), _till_name()).exists():
        return []
    outbox = open_outbox()
    try:
        return outbox.shortfall_report()
    finally:
        outbox.close()


def _shortfall_line(s: Shortfall) -> str:
    row = s.row
    return "  " + translate(
        CLI,
        "{request} — {name} ({card}): credit {credit}, points {points} (worth {value}); "
        "queued {queued}, refused {refused}: {error}",
    ).format(
        request=row.request_id,
        name=s.name or f"#{row.member_id}",
        card=row.card or "—",
        credit=s.credit,
        points=s.points,
        value=s.value if s.value is not None else "?",
        queued=row.queued_at,
        refused=row.done_at or "—",
        error=row.error,
    )


def _refused_json(row: QueuedRow) -> dict[str, Any]:
    return {
        "request_id": row.request_id,
        "member_id": row.member_id,
        "card": row.card,
        "credit_spent": row.request.get("use_credit", 0),
        "points_spent": sum((row.request.get("use_points") or {}).values()),
        "queued_at": row.queued_at,
        "error": row.error,
    }


# Offline ------------------------------------------------------------------------------


def offline_handler(args: argparse.Namespace) -> OfflineHandler | None:
    """What a command does while the server is away; None: it cannot work offline."""
    return {
        checkout.cmd_visit: offline_visit,
        members.cmd_members_show: offline_show,
        members.cmd_members_find: offline_find,
        cmd_shortfall: offline_shortfall,
    }.get(args.handler)


def offline_visit(outbox: Outbox, args: argparse.Namespace) -> Outcome:
    """Queue an earn-only visit (stamps, points, credit); refuse anything that spends."""
    never = (args.redeem, args.coupon, args.gift_card, args.use_pass, args.buy_pass)
    if any(never):  # an allowance covers credit and points only (domain/offline.py)
        raise OfflineSpend()
    if args.at is not None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI, "A past visit (--at) needs the shop's server; it cannot be queued."
            )
        )
    copied = None if args.no_member else outbox.member_by_code(args.code)
    stamp_items: dict[int, int] = {}
    if args.program is not None:
        stamp_items[_named(outbox, "program", args.program)] = args.items
    items: dict[int, int] = {}
    for name, n in args.item:
        iid = _named(outbox, "item", name)
        items[iid] = items.get(iid, 0) + n
    use_points: dict[int, int] = {}
    if args.use_points:
        payable = outbox.points_as_money()
        if payable is None:
            raise OfflineSpend()
        use_points[payable] = args.use_points
    request = CheckoutRequest(
        amount=args.amount,
        items=items,
        stamp_items=stamp_items,
        use_points=use_points,
        use_credit=args.use_credit,
    )
    row = outbox.queue(
        copied.id if copied else None,
        request,
        args.request_id,
        card=copied.card if copied else None,
    )
    data = {
        "queued": True,
        "request_id": row.request_id,
        "queued_at": row.queued_at,
        "visit_id": None,
        "amount": args.amount,
        "waiting": outbox.waiting(),
        "member": _member_json(copied, outbox) if copied else None,
    }
    text = translate(
        CLI,
        "Queued: the shop's server cannot be reached. The visit (request id {request}) "
        "will be sent when it is back; its stamps and points are added then.",
    ).format(request=row.request_id)
    if copied is not None:
        text += "\n" + _member_text(copied)
    return Outcome(data, text)


def _named(outbox: Outbox, kind: str, name: str) -> int:
    found = outbox.name_id(kind, name)
    if found is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "“{name}” is not in this till's copy of the shop's programs and items; "
                "the shop's server cannot be reached to look it up.",
            ),
            name=name,
        )
    return found


def _has_copy(outbox: Outbox) -> None:
    """A till that never synced has no copy: "nobody found" would be a wrong answer."""
    if outbox.synced_at() is None:
        raise CliError(
            QT_TRANSLATE_NOOP(
                CLI,
                "The shop's server cannot be reached, and this till has no copy of the "
                "members yet (it is made at the first sync with the server).",
            )
        )


def offline_show(outbox: Outbox, args: argparse.Namespace) -> Outcome:
    _has_copy(outbox)
    copied = outbox.member_by_code(args.code)
    return Outcome(_member_json(copied, outbox), _member_text(copied))


def offline_find(outbox: Outbox, args: argparse.Namespace) -> Outcome:
    _has_copy(outbox)
    found = outbox.find(args.text)
    text = "\n".join(_member_text(m) for m in found) or translate(CLI, "No members found.")
    return Outcome([_member_json(m, outbox) for m in found], text)


def _member_json(m: CopiedMember, outbox: Outbox) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "card": m.card,
        "status": m.status,
        "balances": m.balances,
        "synced_at": m.synced_at,
        "possibly_out_of_date": True,
        "offline_allowance": {"amount": outbox.allowance_of(m), "own": m.allowance is not None},
    }


def _member_text(m: CopiedMember) -> str:
    balances = ", ".join(
        f"{program} {account} {value}"
        for program, accounts in sorted(m.balances.items())
        for account, value in sorted(accounts.items())
    )
    return translate(
        CLI, "{name} ({card}): {balances} — possibly out of date (last synced {synced})"
    ).format(name=m.name, card=m.card or "—", balances=balances or "—", synced=m.synced_at)
