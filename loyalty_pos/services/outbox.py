"""Offline earning through the till's outbox; never offline spending (issue 18).

When the shop's server cannot be reached, a visit that only earns (``domain/offline.py``)
is queued in the till's own file (``store/outbox.py``) under the request id the till
gave it, and the cashier is told it is queued. ``replay`` sends each queued visit with
``checkout.confirm`` under that same request id once the server is back. The server
writes a request id once and answers a repeat with the first visit (``replayed``), so
a till killed after the server's commit but before the outbox marked the row sends it
again and gets "already there": every queued visit counts exactly once. A visit the
server refuses (member blocked meanwhile, the id used for another visit) is kept as
refused with the server's words, listed, and never retried.

A visit that spends is refused offline with a clear message: the server is the only
authority over a balance that another till could be spending at the same moment.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..domain.cardnumber import parse_code
from ..domain.clock import Clock, system_clock, to_db
from ..domain.errors import ERRORS, QT_TRANSLATE_NOOP, NotFound, Refused, UserError
from ..domain.offline import (
    MAX_ALLOWANCE,
    is_earn_only,
    member_allowance,
    offline_spend,
    within_allowance,
    within_holding,
)
from ..domain.textsearch import fold, tokens
from ..l10n import format_money, message
from ..store import offline_allowances, offline_copy
from ..store.outbox import CopiedMember, OutboxStore, QueuedRow
from .checkout import CheckoutRequest

PAUSE_ENV = "LOYALTY_POS_TEST_REPLAY_PAUSE"
"""Seconds to wait after the server's commit, before the outbox marks the row: read only
so that a test can kill the till in exactly that gap (tests/cli/test_cli_offline.py)."""

ALLOWANCE = "offline_allowance"
"""The shop's setting: minor units of store credit and points a member may spend per
till while its server is away (0: none, the default). A member the owner set apart has
an own amount instead (``services/offline_allowance.py``)."""

_MAPS = ("items", "stamp_items", "redeem_stamps", "use_points", "use_passes", "buy_passes")


class OfflineSpend(Refused):
    """A visit that spends, asked for while the server cannot be reached."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The shop's server cannot be reached: only visits that earn can be taken "
                "now. Rewards, points, credit, passes, gift cards and coupons can be used "
                "again when the server is back. Nothing was changed.",
            )
        )


class OverHolding(Refused):
    """A spend offline beyond what the till's copy says the member holds."""

    def __init__(self, name: str, credit: int | str, points: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The shop's server cannot be reached, and by this till's last copy {name} "
                "does not hold that much ({credit} credit, {points} points left). Nothing "
                "was changed.",
            ),
            name=name,
            credit=credit,
            points=points,
        )


class OverAllowance(Refused):
    """A spend offline beyond what the owner allows per member."""

    def __init__(self, name: str, allowance: int | str, left: int | str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "The shop's server cannot be reached: {name} may spend at most {allowance} "
                "in credit and points until it is back ({left} left). Nothing was changed.",
            ),
            name=name,
            allowance=allowance,
            left=left,
        )


def allowance(settings: Any) -> int:
    """The shop's offline allowance per member, in minor units."""
    try:
        return max(0, int(settings.get(ALLOWANCE) or 0))
    except ValueError:
        return 0


def set_allowance(settings: Any, value: int) -> int:
    """Store the offline allowance (the owner's choice; 0 switches offline spending off)."""
    if not 0 <= value <= MAX_ALLOWANCE:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "The offline allowance is 0 to {max} (minor units)."),
            max=MAX_ALLOWANCE,
        )
    settings.set(ALLOWANCE, str(value))
    return value


def outbox_path(folder: Path, till: str) -> Path:
    """The till's outbox file in its data folder."""
    return folder / f"outbox-{till}.sqlite3"


def request_json(request: CheckoutRequest) -> dict[str, Any]:
    """The request as JSON (ids as text keys, as JSON needs)."""
    data = asdict(request)
    for key in _MAPS:
        data[key] = {str(k): v for k, v in data[key].items()}
    data["redeem_rewards"] = list(data["redeem_rewards"])
    return data


def request_from_json(data: dict[str, Any]) -> CheckoutRequest:
    """The request a queued row holds, as ``checkout.confirm`` takes it."""
    fields = dict(data)
    for key in _MAPS:
        fields[key] = {int(k): int(v) for k, v in (fields.get(key) or {}).items()}
    fields["redeem_rewards"] = tuple(fields.get("redeem_rewards") or ())
    return CheckoutRequest(**fields)


@dataclass(frozen=True)
class Replayed:
    """What one replay did: counts, and the rows the server refused."""

    sent: int
    already: int
    refused: tuple[QueuedRow, ...]
    left: int  # still queued: the server went away again mid-replay

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "already_there": self.already,
            "refused": len(self.refused),
            "still_queued": self.left,
            "refused_visits": [refused_json(r) for r in self.refused],
        }


@dataclass(frozen=True)
class Shortfall:
    """A visit that spent offline and that the server refused: the member had the
    goods, the shop did not get the credit or points (``Outbox.shortfall_report``)."""

    row: QueuedRow
    name: str | None  # as the till's copy names the member (None: not in the copy)
    credit: int
    points: int
    value: int | None  # credit + points at their value, minor units (None: unknown)

    def as_json(self) -> dict[str, Any]:
        return {
            "request_id": self.row.request_id,
            "member_id": self.row.member_id,
            "name": self.name,
            "card": self.row.card,
            "credit_spent": self.credit,
            "points_spent": self.points,
            "value": self.value,
            "amount": self.row.request.get("amount", 0),
            "queued_at": self.row.queued_at,
            "refused_at": self.row.done_at,
            "till": self.row.till,
            "error": self.row.error,
        }


def refused_json(row: QueuedRow) -> dict[str, Any]:
    return {
        "request_id": row.request_id,
        "member_id": row.member_id,
        "card": row.card,
        "queued_at": row.queued_at,
        "error": row.error,
    }


class Outbox:
    """One till's outbox and its last-known copy of the members."""

    def __init__(self, path: Path, till: str, clock: Clock = system_clock) -> None:
        self.store = OutboxStore(path)
        self.till = till
        self.clock = clock

    def close(self) -> None:
        self.store.close()

    # Offline ----------------------------------------------------------------------------

    def queue(
        self,
        member_id: int | None,
        request: CheckoutRequest,
        request_id: str,
        *,
        card: str | None = None,
    ) -> QueuedRow:
        """Queue an earn-only visit, or one whose credit and points spent fit the
        member's offline allowance and what the copy says they hold; any other raises
        ``OfflineSpend`` (or ``OverAllowance``, ``OverHolding``) and queues nothing.
        The same request id queued twice is one row (a double Enter)."""
        known = self.store.get(request_id)
        if known is not None:  # a double Enter: the visit is queued (or sent) already
            return known
        copied = self.store.member(member_id) if member_id is not None else None
        if not is_earn_only(request):
            self._check_allowance(copied, request)
        if copied is not None and copied.status == "blocked":
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "The membership of {name} is blocked."),
                name=copied.name,
            )
        self.store.add(
            request_id=request_id,
            member_id=member_id,
            card=card,
            request=request_json(request),
            queued_at=to_db(self.clock()),
            till=self.till,
        )
        row = self.store.get(request_id)
        assert row is not None  # just written, or written before under this id
        return row

    def _money(self, minor: int) -> int | str:
        """An amount for the cashier, in the shop's currency as the last sync kept it
        (``offline_copy_refresh``); minor units when the copy has no currency yet."""
        currency = self.store.meta("currency")
        return format_money(minor, currency) if currency else minor

    def _check_allowance(self, copied: CopiedMember | None, request: CheckoutRequest) -> None:
        """A spend offline: only credit and points at a known value, only for a member
        in the copy, only within the member's allowance (their own, else the shop's
        default) less what the member's queued visits spend, and only what the copy
        says the member holds less what this till spent for them since the copy."""
        values = {int(k): int(v) for k, v in (self.store.meta("point_values") or {}).items()}
        spend = offline_spend(request, values)
        if spend is None or copied is None:
            raise OfflineSpend()
        cap = self.allowance_of(copied)
        if cap <= 0:
            raise OfflineSpend()
        waiting = [request_from_json(row.request) for row in self.store.waiting_for(copied.id)]
        already = sum(offline_spend(r, values) or 0 for r in waiting)
        if not within_allowance(spend, already, cap):
            raise OverAllowance(copied.name, self._money(cap), self._money(max(0, cap - already)))
        unseen = waiting + [  # spent by this till, not yet in the copy's balances
            request_from_json(row.request)
            for row in self.store.sent_since(copied.synced_at, copied.id)
        ]
        credit = (_held(copied).get("credit", 0), sum(r.use_credit for r in unseen))
        points = {
            pid: (self._held_points(copied, pid), sum(r.use_points.get(pid, 0) for r in unseen))
            for pid in request.use_points
        }
        if not within_holding(request.use_credit, credit[1], credit[0]) or any(
            not within_holding(n, points[pid][1], points[pid][0])
            for pid, n in request.use_points.items()
        ):
            raise OverHolding(
                copied.name,
                self._money(max(0, credit[0] - credit[1])),
                max(0, sum(held - spent for held, spent in points.values())),
            )

    def allowance_of(self, copied: CopiedMember) -> int:
        """The member's offline allowance as this till's copy has it: their own amount,
        else the shop's default (both as of the last sync)."""
        return member_allowance(copied.allowance, int(self.store.meta(ALLOWANCE) or 0))

    def _held_points(self, copied: CopiedMember, program_id: int) -> int:
        """The points the copy says the member holds on one program (the copy keeps
        balances by program name; the names' ids are copied beside them)."""
        return sum(
            int(accounts.get("points", 0))
            for name, accounts in copied.balances.items()
            if self.store.name_id("program", fold(name)) == program_id
        )

    def waiting(self) -> int:
        return self.store.count("queued")

    def shortfall(self) -> list[QueuedRow]:
        """Visits that spent offline and that the server then refused (the member no
        longer had it): what the owner must settle with the member."""
        return [r for r in self.refused() if not is_earn_only(request_from_json(r.request))]

    def shortfall_report(self) -> list[Shortfall]:
        """The shortfall with what the owner needs to settle it: who (as the copy
        names them), what was spent and what it was worth, when, and why refused."""
        values = {int(k): int(v) for k, v in (self.store.meta("point_values") or {}).items()}
        out = []
        for row in self.shortfall():
            request = request_from_json(row.request)
            copied = self.store.member(row.member_id) if row.member_id is not None else None
            out.append(
                Shortfall(
                    row=row,
                    name=copied.name if copied is not None else None,
                    credit=request.use_credit,
                    points=sum(request.use_points.values()),
                    value=offline_spend(request, values),
                )
            )
        return out

    def refused(self) -> list[QueuedRow]:
        return self.store.in_state("refused")

    # Back online ------------------------------------------------------------------------

    def replay(self, services: Any) -> Replayed:
        """Send every queued visit, oldest first, each under its own request id.

        A row is marked sent only after ``confirm`` returned, i.e. after the server's
        commit. A broken connection (``ServerGone``) stops the replay and propagates:
        the rest stay queued for the next one."""
        sent = already = 0
        refused: list[QueuedRow] = []
        for row in self.store.waiting():
            try:
                result = services.checkout.confirm(
                    row.member_id, request_from_json(row.request), row.request_id, view=False
                )
            except UserError as err:
                self.store.mark_refused(row.id, message(err), at=to_db(self.clock()))
                refused.append(self.store.get(row.request_id) or row)
                continue
            _pause_for_tests()
            self.store.mark_sent(
                row.id, result.visit_id, already=result.replayed, at=to_db(self.clock())
            )
            if result.replayed:
                already += 1
            else:
                sent += 1
        return Replayed(sent, already, tuple(refused), self.store.count("queued"))

    def refresh_copy(self, services: Any) -> int:
        """Replace the last-known copy of the members with the server's, page by page;
        returns how many members it holds."""
        db = services.db
        names = offline_copy.names(db)
        programs = {pid: name for kind, name, pid in names if kind == "program"}
        synced_at = to_db(self.clock())

        def members() -> Iterator[tuple[int, str, str, str | None, str, dict[str, Any]]]:
            for page in offline_copy.member_pages(db):
                for m in page:
                    balances: dict[str, dict[str, int]] = {}
                    for pid, account, value in m["balances"]:
                        name = programs.get(pid, str(pid))
                        balances.setdefault(name, {})[account] = value
                    yield m["id"], m["name"], fold(m["name"]), m["card"], m["status"], balances

        folded = [(kind, fold(name), pid) for kind, name, pid in names]
        own = offline_allowances.own_amounts(db)
        copied = self.store.replace_copy(members(), folded, synced_at, own)
        self.store.set_meta(ALLOWANCE, allowance(services.settings))
        self.store.set_meta("point_values", offline_copy.point_values(db))
        return copied

    # The last-known copy ----------------------------------------------------------------

    def synced_at(self) -> str | None:
        return self.store.synced_at()

    def member_by_code(self, raw: str) -> CopiedMember:
        """The copied member a scanned or typed code names; unknown → ``NotFound``."""
        code = parse_code(raw)
        found = self.store.member_by_card(code)
        if found is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    ERRORS,
                    "Card {code} is not in this till's copy of the member list, and the "
                    "shop's server cannot be reached to look it up.",
                ),
                code=code,
            )
        return found

    def member(self, member_id: int) -> CopiedMember | None:
        """One member of the copy by number (a search hit picked), None if not there."""
        return self.store.member(member_id)

    def find(self, text: str) -> list[CopiedMember]:
        """Members of the copy whose name holds every word typed (diacritic-blind)."""
        words = [fold(w) for w in tokens(text)]
        return self.store.members_named(words) if words else []

    def points_as_money(self) -> int | None:
        """The points program that takes points as payment (the first, as online)."""
        values = self.store.meta("point_values") or {}
        return min((int(k) for k in values), default=None)

    def name_id(self, kind: str, name: str) -> int | None:
        return self.store.name_id(kind, fold(name))


def _held(copied: CopiedMember) -> dict[str, int]:
    """The copy's balances summed by account (all credit, all points)."""
    held: dict[str, int] = {}
    for accounts in copied.balances.values():
        for account, value in accounts.items():
            held[account] = held.get(account, 0) + int(value)
    return held


def _pause_for_tests() -> None:
    pause = os.environ.get(PAUSE_ENV)
    if pause:
        time.sleep(float(pause))
