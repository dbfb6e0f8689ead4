"""How long printing cards takes: N cards on A4 (or another layout) to a PDF.

    uv run python benchmarks/print_cards.py                 # 100 cards on A4, 5 runs
    uv run python benchmarks/print_cards.py --cards 1000 --layout cr80 --runs 3
    uv run python benchmarks/print_cards.py --kind coupons      # issue 100 codes + print
    uv run python benchmarks/print_cards.py --kind gift-cards   # print 100 gift cards

Makes its own shop in a temporary folder (members with Hungarian, Vietnamese and
Norwegian names and a logo in the design), then times the whole of what
``loyalty-pos admin print-cards --member ... --pdf`` does after reading the members:
drawing every card (header, name, EAN-13 or Code 128, QR) and writing the PDF.
``--kind coupons`` times ``coupons issue OFFER --count N --pdf``: issuing N single-use
codes in one transaction, reading what each says, drawing and writing; ``--kind
gift-cards`` times ``gift-cards print CODE ... --pdf`` for N sold cards.
Target: 100 cards on A4 in at most 3 s.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from loyalty_pos.cli.rewards import coupon_face_of
from loyalty_pos.domain.card_design import BarcodeKind, CardDesign
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.printing.document import ensure_gui, write_pdf
from loyalty_pos.printing.faces import gift_card_face
from loyalty_pos.services import Services
from loyalty_pos.services.coupons import ISSUE_MAX
from loyalty_pos.store.database import write_transaction

NAMES = ["Nguyễn Thị Bích Ngọc", "Őry Árpád Öcsi", "Ødegård Æsa", "Kovács Éva", "Trần Đức"]
TARGET_S = 3.0


def logo_png() -> str:
    image = QImage(600, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("#e0a458"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return base64.b64encode(bytes(data.data())).decode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=100)
    parser.add_argument("--layout", choices=["cr80", "a4", "letter"], default="a4")
    parser.add_argument("--barcode", choices=[k.value for k in BarcodeKind], default="ean13")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kind", choices=["members", "coupons", "gift-cards"], default="members")
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    ensure_gui()
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "shop.sqlite3")
        services.settings.set("shop_name", "Kávé Sarok")
        services.cards.save_design(
            CardDesign(tagline="Every 10th coffee is on us", logo_png=logo_png(),
                       barcode=BarcodeKind(args.barcode))
        )  # fmt: skip
        ids = [
            services.members.enroll(MemberInput(f"{NAMES[i % len(NAMES)]} {i}")).id
            for i in range(args.cards)
        ]
        offer = services.coupons.add_offer(
            CouponOffer(0, "Születésnapi torta", RewardKind.PERCENT_DISCOUNT, 20,
                        max_discount=3000, min_spend=1000, valid_days=30)
        )  # fmt: skip
        gifts = [services.gift_cards.issue(5000 + i) for i in range(args.cards)]
        currency = services.shop.all()["currency"]

        def faces() -> list:
            if args.kind == "members":
                return services.cards.faces_for_members(ids)
            if args.kind == "gift-cards":
                return [gift_card_face(services.gift_cards.show(g.code), currency) for g in gifts]
            codes = []
            while len(codes) < args.cards:
                n = min(ISSUE_MAX, args.cards - len(codes))
                codes += services.coupons.issue_many(offer.id, n)
            return [coupon_face_of(services, code, currency) for code in codes]

        times = []
        size = 0
        for run in range(args.runs):
            pdf = Path(tmp) / f"cards-{run}.pdf"
            start = time.perf_counter()
            with write_transaction(services.db):
                count = write_pdf(pdf, args.layout, services.cards.design(), faces())
            times.append(time.perf_counter() - start)
            size = pdf.stat().st_size
            assert count == args.cards
        services.close()
    figures = {
        "kind": args.kind,
        "cards": args.cards,
        "layout": args.layout,
        "barcode": args.barcode,
        "runs": args.runs,
        "best_s": round(min(times), 3),
        "median_s": round(statistics.median(times), 3),
        "worst_s": round(max(times), 3),
        "pdf_kib": round(size / 1024, 1),
    }
    for key, value in figures.items():
        print(f"{key:>10}: {value}")
    verdict = "PASS" if figures["worst_s"] <= TARGET_S or args.cards != 100 else "FAIL"
    print(f"{'target':>10}: 100 cards ≤ {TARGET_S} s → {verdict}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
