"""Make ``legacy-shop.sqlite3``: a shop written by the app before the ledger of lots.

Run at commit 71db6aa (the last one before lots), from that checkout:

    uv run python /path/to/make_legacy_shop.py OUT.sqlite3

The demo shop (200 members, four months of visits) plus points, cashback, a pass and a
gift card, then a month of checkouts that earn and spend, partial and full refunds the
old way (a partial refund that will be finished later among them), voids and expiry.
``tests/services/test_legacy_migration.py`` opens a copy with today's code.
"""

from __future__ import annotations

import contextlib
import random
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.schemes import CreditProgram, PassProgram, PointsProgram
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 10, 0, tzinfo=ZoneInfo("Europe/Budapest"))

    def __call__(self) -> datetime:
        return self.now


def main(out: str) -> None:
    clock = Clock()
    s = Services.open(out, clock=clock, staff_id=OWNER_STAFF)
    from loyalty_pos.services.demo import populate_demo

    populate_demo(s, members=200)
    rng = random.Random(5)
    points = s.schemes.add_points(
        PointsProgram(0, "Ledger points", 1, 100, point_value=5, expiry_days=20)
    )
    s.schemes.add_credit(CreditProgram(0, "Ledger credit", 300))
    washes = s.schemes.add_pass(PassProgram(0, "Ledger washes", 3, 2000))
    members = [r[0] for r in s.db.execute("SELECT id FROM members ORDER BY id LIMIT 40")]
    gift = s.gift_cards.issue(200_000)
    visits: list[int] = []
    for day in range(30):
        clock.now += timedelta(days=1)
        for mid in rng.sample(members, 8):
            pts = s.checkout.ledger.balances(mid).get((points.id, Account.POINTS), 0)
            req = Req(
                amount=rng.randrange(500, 9000, 10),
                use_points={points.id: min(pts, rng.randint(0, 30))} if pts else {},
                use_credit=rng.choice([0, 0, 50]),
                buy_passes={washes.id: 1} if rng.random() < 0.05 else {},
                gift_card_code=gift.code if rng.random() < 0.1 else None,
            )
            try:
                r = s.checkout.confirm(mid, req, f"{day}-{mid}")
                visits.append(r.visit_id)
            except UserError:
                pass
        if visits and rng.random() < 0.7:
            vid = rng.choice(visits)
            try:
                part = rng.random() < 0.5
                s.checkout.refund(vid, 300 if part else None, "legacy refund")
            except UserError:
                pass
        if visits and rng.random() < 0.3:
            with contextlib.suppress(UserError):
                s.visits.void(rng.choice(visits), "legacy void")
        s.visits.expire_all()
    assert s.maintenance.check().ok
    s.db.execute("VACUUM")
    s.close()


if __name__ == "__main__":
    main(sys.argv[1])
