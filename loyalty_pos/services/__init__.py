"""Use cases over one shop database, wired together.

``Services.open(path)`` is what the app, the admin command line, the tests and the
benchmarks all start from.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import psycopg
from sqlite_utils import Database

from ..domain.clock import Clock, system_clock
from ..store import damage
from ..store.chain import has_pending
from ..store.database import open_database, write_transaction
from ..store.dialect import is_url
from ..store.pg.server import open_server
from ..store.settings import SettingsStore
from .actor import Actor
from .adjustments import AdjustmentService
from .approvals import ApprovalService
from .audit import AuditService
from .backups import BackupService
from .cards import CardService
from .changes import ChangeTracker
from .checkout import CheckoutService
from .consents import ConsentService
from .contact_lists import ContactListService
from .coupons import CouponService
from .display import DisplayService
from .erase import EraseService
from .exports import ExportService
from .feedback import FeedbackService
from .giftcards import GiftCardService
from .imports import ImportService
from .liability import LiabilityService
from .maintenance import MaintenanceService
from .member_export import MemberExportService
from .members import MemberService
from .merge import MergeService
from .programs import ProgramService
from .reports import ReportService
from .schemes import SchemeService
from .setup import SetupService
from .shop import ShopService
from .staff import StaffService
from .visits import VisitLine, VisitService

SYSTEM_STAFF = 1
OWNER_STAFF = 2
CASHIER_STAFF = 3

__all__ = ["CASHIER_STAFF", "OWNER_STAFF", "SYSTEM_STAFF", "Actor", "Services", "VisitLine"]


@dataclass
class Services:
    """The shop's use cases, sharing one connection and one clock."""

    db: Database
    members: MemberService
    visits: VisitService
    programs: ProgramService
    maintenance: MaintenanceService
    settings: SettingsStore
    shop: ShopService
    checkout: CheckoutService
    schemes: SchemeService
    adjustments: AdjustmentService
    actor: Actor
    cards: CardService
    coupons: CouponService
    gift_cards: GiftCardService
    staff: StaffService
    setup: SetupService
    feedback: FeedbackService
    reports: ReportService
    backups: BackupService
    imports: ImportService
    exports: ExportService
    display: DisplayService
    liability: LiabilityService
    audit: AuditService
    approvals: ApprovalService
    changes: ChangeTracker
    consents: ConsentService
    erase: EraseService
    merge: MergeService
    member_export: MemberExportService
    contact_lists: ContactListService
    clock: Clock = system_clock
    path: Path | None = None

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        clock: Clock = system_clock,
        staff_id: int = CASHIER_STAFF,
        backup_dir: Path | None = None,
        till: str | None = None,
        branch: str | None = None,
        create: bool = True,
    ) -> Services:
        if is_url(path):  # a shop on a PostgreSQL server (docs/several-tills.md)
            server = open_server(str(path), till=till, branch=branch, create=create)
            return cls.over(server, clock=clock, staff_id=staff_id, backup_dir=backup_dir)  # type: ignore[arg-type]
        path = Path(path)
        backups = backup_dir or path.parent / "backups"
        db = open_database(path, backup_dir=backups)
        reason = damage.why(path)
        if reason is not None:  # marked damaged by an earlier check: read-only
            damage.refuse_writes(db, reason)
        return cls.over(db, clock=clock, staff_id=staff_id, backup_dir=backups, path=path)

    @classmethod
    def over(
        cls,
        db: Database,
        *,
        clock: Clock = system_clock,
        staff_id: int = CASHIER_STAFF,
        backup_dir: Path | None = None,
        path: Path | None = None,
    ) -> Services:
        actor = Actor(staff_id)
        members = MemberService(db, clock, actor)
        visits = VisitService(db, clock, actor, members)
        members.expire_for_member = visits.expire_member
        staff = StaffService(db, clock, actor)
        shop = ShopService(db, actor, clock)
        approvals = ApprovalService(db, clock, actor, staff, shop)
        visits.approvals = approvals
        programs = ProgramService(db, clock, actor)
        coupons = CouponService(db, clock, actor, shop)
        gift_cards = GiftCardService(db, clock, actor, shop, approvals)
        checkout = CheckoutService(db, clock, actor, members, coupons, gift_cards)
        visits.after_void = checkout.retier_without
        # Opening a member reads the programs as the checkout keeps them (read again only
        # when a scheme changed), not five queries a scan: on a server, five round trips.
        members.schemes = checkout.cached_schemes
        reports = ReportService(db, clock)
        return cls(
            db=db,
            members=members,
            visits=visits,
            programs=programs,
            schemes=SchemeService(db, clock, actor),
            adjustments=AdjustmentService(db, clock, actor, members),
            actor=actor,
            cards=CardService(db, clock, actor, members),
            maintenance=MaintenanceService(db, backup_dir),
            settings=SettingsStore(db, actor, clock),
            shop=shop,
            coupons=coupons,
            gift_cards=gift_cards,
            checkout=checkout,
            staff=staff,
            setup=SetupService(db, shop, staff, programs),
            feedback=FeedbackService(db, clock, actor),
            reports=reports,
            backups=BackupService(db, path, backup_dir, actor),
            imports=ImportService(db, clock, actor),
            exports=ExportService(db, clock),
            display=DisplayService(db, actor, clock),
            liability=LiabilityService(db, clock, reports),
            audit=AuditService(db, clock, shop.money_text),
            approvals=approvals,
            changes=ChangeTracker(db),
            consents=ConsentService(db, clock, actor, members),
            erase=EraseService(db, clock, actor),
            merge=MergeService(db, clock, actor, members),
            member_export=MemberExportService(db, clock),
            contact_lists=ContactListService(db, clock),
            clock=clock,
            path=path,
        )

    def close(self) -> None:
        """Link what this connection wrote outside a transaction, then close."""
        try:
            pending = not self.db.conn.in_transaction and has_pending(self.db)
        except (sqlite3.ProgrammingError, psycopg.OperationalError):  # closed already
            return
        if pending:
            with write_transaction(self.db):
                pass  # write_transaction links the pending rows before it commits
        self.db.conn.close()
