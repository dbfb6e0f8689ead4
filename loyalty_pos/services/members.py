"""Enrolling, finding and showing members."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from ..domain.cardnumber import (
    parse_code,
    require_in_store,
)
from ..domain.checkout import Schemes
from ..domain.clock import Clock, from_db, to_db
from ..domain.errors import (
    ERRORS,
    QT_TRANSLATE_NOOP,
    NotFound,
    Refused,
    UserError,
)
from ..domain.ledger import Account
from ..domain.programs import StampProgram
from ..domain.textsearch import phone_digits
from ..domain.validation import MemberInput, clean_member
from ..store.codes import code_in_use, new_unique_code
from ..store.database import write_transaction
from ..store.extras import ExtrasStore
from ..store.ledger import LedgerStore
from ..store.members import MemberStore
from ..store.programs import ProgramStore
from ..store.settings import SettingsStore
from ..store.visits import VisitStore
from .actor import Actor
from .member_extras import MemberExtras, member_extras
from .member_names import display_name
from .search import SEARCH_LIMIT, MemberSearch
from .search import reader as search_reader
from .views import MemberView, SearchHit, VisitChange, VisitSummary, card_progress


class UnknownCard(NotFound):
    """A valid card number that belongs to nobody yet: the counter can enroll with it."""

    def __init__(self, template: str, code: str) -> None:
        super().__init__(template, code=code)
        self.code = code


class PossibleDuplicate(UserError):
    """Another member already has this phone number or e-mail."""

    def __init__(self, matches: list[SearchHit]) -> None:
        first = matches[0]
        super().__init__(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{name} already has this phone number or e-mail (card {card}). "
                "Open that member, or enroll anyway.",
            ),
            name=first.name,
            card=first.card_number or "—",
        )
        self.matches = matches


class MemberService:
    """Use cases around members. Each public method is one transaction at most."""

    def __init__(self, db, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.clock = clock
        self.actor = actor
        self.members = MemberStore(db)
        self.programs = ProgramStore(db)
        self.ledger = LedgerStore(db)
        self.visits = VisitStore(db)
        self.settings = SettingsStore(db)
        # Set by Services to VisitService.expire_member (visits import members, not back).
        self.expire_for_member: Callable[..., object] | None = None
        # the checkout's kept programs (``CheckoutService.cached_schemes``), set by Services
        self.schemes: Callable[[], Schemes | None] = lambda: None

    @property
    def staff_id(self) -> int:
        return self.actor.staff_id

    # Look-up ------------------------------------------------------------------------

    def lookup(self, raw: str) -> MemberView:
        """The member a scanned or typed code names.

        Raises InvalidCode (malformed, wrong check digit, a product's barcode),
        UnknownCard (valid but unassigned: offer enrolment), NotFound (a gift card's or
        a coupon's number), or Refused (blocked or replaced card, blocked member).
        Nothing is written, except stamps that have just expired.
        """
        code = parse_code(raw)
        card, holder = self.members.card_and_holder(code)
        if card is None:
            require_in_store(code)
            if code_in_use(self.db, code) is not None:  # a gift card's or a coupon's
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        ERRORS, "{code} is a gift card or a coupon, not a member card."
                    ),
                    code=code,
                )
        if card is not None and card["status"] == "blank":
            raise UnknownCard(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Card {code} is a blank card: press F3 to enroll a new member with it."
                ),
                code=code,
            )
        if card is None:
            raise UnknownCard(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Card {code} does not belong to a member yet. Press F3 to enroll."
                ),
                code=code,
            )
        if card["status"] == "replaced":
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Card {code} was replaced by card {new}. Ask for the new card."
                ),
                code=code,
                new=card["replaced_by"] or "—",
            )
        if card["status"] == "blocked":
            raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Card {code} is blocked."), code=code)
        return self._card_holder(code, card["member_id"], holder)

    def _card_holder(self, code: str, member_id: int, row: dict | None = None) -> MemberView:
        """The member a card opens: refused if they were erased; the member a merged
        duplicate went into (``services/merge.py``), with the card noted. ``row`` is
        the member's, when the card's read brought it."""
        row = row if row is not None else self.row(member_id)
        if row.get("erased_at"):
            raise Refused(
                QT_TRANSLATE_NOOP(
                    ERRORS, "Card {code}: this card was erased at its member's request."
                ),
                code=code,
            )
        if row.get("merged_into"):
            return replace(self._card_holder(code, row["merged_into"]), merged_card=code)
        return self._opened(self._view_of(row))

    def open(self, member_id: int) -> MemberView:
        """The member panel for ``member_id``; refused for a blocked member."""
        return self._opened(self.view(member_id))

    @staticmethod
    def _opened(view: MemberView) -> MemberView:
        if view.blocked:
            raise Refused(
                QT_TRANSLATE_NOOP(ERRORS, "The membership of {name} is blocked."), name=view.name
            )
        return view

    def extras(self, member_id: int) -> MemberExtras:
        """Points, credit, passes, tier, what expires soon and the usual item: what the
        counter shows beside the punch cards (a read; the screens never pass the raw
        connection to a service function)."""
        return member_extras(self.db, self.clock, member_id, known=self.schemes())

    def view(self, member_id: int) -> MemberView:
        """Build the member panel, first writing off any stamps that have expired."""
        return self._view_of(self.row(member_id))

    def _view_of(self, row: dict) -> MemberView:
        """``view`` of a member whose row was just read (a scan has read it to know the
        card's member is neither erased nor merged): expiry writes no member column, so
        the row stays what it was."""
        member_id = row["id"]
        schemes = self.schemes()
        if self.expire_for_member is not None:
            self.expire_for_member(member_id, schemes)
        programs = self.programs.all() if schemes is None else list(schemes.stamp_programs.values())
        return self.view_from(row, self.ledger.balances(member_id), programs)

    def view_from(
        self,
        row: dict,
        balances: Mapping[tuple[int, Account], int],
        programs: list[StampProgram],
    ) -> MemberView:
        """The member panel from a row, balances and punch cards the caller already holds
        (a checkout knows all three when it commits); only the visit history is read."""
        member_id = row["id"]
        recent, count, last = self.visits.recent_and_stats(member_id, 5)
        return MemberView(
            id=member_id,
            name=display_name(row),
            card_number=row["card_number"],
            phone=row["phone"],
            email=row["email"],
            birthday=row["birthday"],
            marketing_consent=bool(row["marketing_consent"]),
            notes=row["notes"],
            blocked=row["status"] == "blocked",
            member_since=from_db(row["created_at"]),
            visit_count=count,
            last_visit=from_db(last) if last else None,
            cards=card_progress(programs, balances),
            recent_visits=self.summaries(recent, programs),
            erased=bool(row.get("erased_at")),
        )

    def row(self, member_id: int) -> dict:
        """The member's stored row, or NotFound."""
        row = self.members.get(member_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(ERRORS, "There is no member number {id}."), id=member_id
            )
        return row

    def recent_visits(
        self, member_id: int, limit: int = 5, *, programs: list[StampProgram] | None = None
    ) -> list[VisitSummary]:
        return self.summaries(self.visits.recent(member_id, limit), programs)

    def summaries(
        self, rows: list[dict], programs: list[StampProgram] | None = None
    ) -> list[VisitSummary]:
        """Visit rows (``VisitStore.recent``'s) as the panel lists them."""
        rows_by_visit = self.ledger.visit_summaries([r["id"] for r in rows])
        names = self._program_names(
            {change[0] for changes in rows_by_visit.values() for change in changes}, programs
        )
        out = []
        for r in rows:
            per: dict[int, VisitChange] = {}
            for pid, account, kind, delta in rows_by_visit[r["id"]]:
                ch = per.get(pid) or VisitChange(program=names.get(pid, "?"), program_id=pid)
                if account != "rewards" and ch.account != account:
                    # The program's own balance, whatever the row (a refund-only row too).
                    ch = replace(ch, account=account)
                if kind in ("earn", "purchase") or (kind == "bonus" and delta > 0):
                    ch = replace(ch, stamps=ch.stamps + delta, account=account)
                elif kind == "complete" and account == "rewards":
                    ch = replace(ch, completed=ch.completed + delta)
                elif kind == "redeem" and account == "rewards":
                    ch = replace(ch, redeemed=ch.redeemed - delta)
                elif kind == "redeem":
                    ch = replace(ch, used=ch.used - delta, account=account)
                per[pid] = ch
            out.append(
                VisitSummary(
                    id=r["id"],
                    at=from_db(r["created_at"]),
                    staff=r["staff_name"],
                    voided=r["status"] == "voided",
                    void_reason=r["void_reason"],
                    changes=list(per.values()),
                    status=r["status"],
                    charged=r.get("charged") or 0,
                    refunded=r.get("refunded") or 0,
                )
            )
        return out

    def _program_names(
        self, wanted: set[int], programs: list[StampProgram] | None
    ) -> dict[int, str]:
        """The names of the programs ``wanted``: from the punch cards the caller holds
        and the programs the checkout keeps, read from the shop only for one neither
        knows (a program since deleted): on a server, a round trip a scan saves."""
        names = {p.id: p.name for p in (programs or [])}
        if wanted <= names.keys():
            return names
        schemes = self.schemes()
        if schemes is not None:
            for kind in (schemes.points, schemes.credit, schemes.passes):
                names.update({pid: p.name for pid, p in kind.items() if pid not in names})
        if wanted <= names.keys():
            return names
        return ExtrasStore(self.db).program_names() | names

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Members matching a name, phone, e-mail or card number, as typed: exact card
        and phone numbers first, then the best of a bounded set of name matches
        (``search.MemberSearch``, which the counter's search worker runs on its thread)."""
        return MemberSearch(self.db).search(text, limit)

    def search_reader(self) -> Callable[[], MemberSearch] | None:
        """Opens the same search over its own read-only connection, for the counter's
        search worker thread; None when the file has no room for a second reader (then
        the worker calls ``search``)."""
        return search_reader(self.db)

    # Enrolment ----------------------------------------------------------------------

    def duplicates(self, phone: str | None, email: str | None) -> list[SearchHit]:
        """Members who share this phone number or e-mail."""
        rows = self.members.with_phone_or_email(
            phone_digits(phone) or None, (email or "").strip().lower() or None
        )
        return [
            SearchHit(r["id"], r["name"], r["card_number"], r["phone"], r["email"], False)
            for r in rows
        ]

    def enroll(
        self, data: MemberInput, card: str | None = None, *, allow_duplicate: bool = False
    ) -> MemberView:
        """Create a member and give them a card: the scanned blank card, or a new number.

        Refuses a duplicate phone or e-mail unless ``allow_duplicate``; the error carries
        the matching members so the counter can open them instead.
        """
        now = self.clock()
        clean = clean_member(data, now.date())
        code = parse_code(card) if card and card.strip() else None
        with write_transaction(self.db):
            if not allow_duplicate:
                matches = self.duplicates(clean.phone, clean.email)
                if matches:
                    raise PossibleDuplicate(matches)
            if code is not None:
                existing = self.members.card(code)
                if existing is not None and existing["status"] != "blank":
                    raise Refused(
                        QT_TRANSLATE_NOOP(ERRORS, "Card {code} is already in use."), code=code
                    )
                if existing is None:
                    require_in_store(code)
                    if code_in_use(self.db, code) is not None:  # a gift card or coupon
                        raise Refused(
                            QT_TRANSLATE_NOOP(ERRORS, "Card {code} is already in use."),
                            code=code,
                        )
            member_id = self.members.insert(clean, to_db(now), self.staff_id)
            if code is None:
                code = self._new_card_number()
                self.members.add_card(code, member_id, "active", to_db(now))
            elif self.members.card(code) is not None:
                self.members.assign_blank(code, member_id)
            else:
                self.members.add_card(code, member_id, "active", to_db(now))
            self.members.reindex(member_id)
        return self.view(member_id)

    def update(self, member_id: int, data: MemberInput) -> MemberView:
        """Correct a member's details."""
        clean = clean_member(data, self.clock().date())
        with write_transaction(self.db):
            if self.row(member_id).get("erased_at"):
                raise Refused(QT_TRANSLATE_NOOP(ERRORS, "Member #{id} was erased."), id=member_id)
            self.members.update(member_id, clean)
            self.members.reindex(member_id)
        return self.view(member_id)

    def update_notes(self, member_id: int, notes: str) -> MemberView:
        """Change only the notes (the counter edits notes while serving)."""
        row = self.row(member_id)
        data = MemberInput(
            name=row["name"],
            phone=row["phone"],
            email=row["email"],
            birthday=row["birthday"],
            marketing_consent=bool(row["marketing_consent"]),
            notes=notes,
        )
        return self.update(member_id, data)

    def count(self) -> int:
        """How many members the shop has (enrolled, blocked or not)."""
        return self.members.count()

    def set_blocked(self, member_id: int, blocked: bool) -> MemberView:
        """Block a membership (scans are refused) or lift the block."""
        with write_transaction(self.db):
            self.row(member_id)
            self.members.set_status(member_id, "blocked" if blocked else "active")
        return self.view(member_id)

    def block_card(self, raw: str, blocked: bool = True) -> None:
        """Block one card (lost, stolen, misused) without touching the member, or lift it."""
        code = parse_code(raw)
        with write_transaction(self.db):
            card = self.members.card(code)
            if card is None or card["member_id"] is None:
                raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no card {code}."), code=code)
            if card["status"] == "replaced":
                raise Refused(
                    QT_TRANSLATE_NOOP(ERRORS, "Card {code} was replaced and stays retired."),
                    code=code,
                )
            self.members.set_card_status(code, "blocked" if blocked else "active")

    def member_id_for_card(self, raw: str) -> int:
        """The member a card belongs to, blocked or not (for the owner's block/unblock)."""
        code = parse_code(raw)
        card = self.members.card(code)
        if card is None or card["member_id"] is None:
            raise NotFound(QT_TRANSLATE_NOOP(ERRORS, "There is no card {code}."), code=code)
        return int(card["member_id"])

    def _new_card_number(self) -> str:
        prefix = self.settings.get("card_prefix", "29") or "29"
        # Unique across member cards, gift cards and coupons: a scan must name one thing.
        return new_unique_code(self.db, prefix)
