"""Render the printing screens and printed output to PNG, offscreen.

    uv run python docs/screenshots/render_printing.py

Saves card-design.png (the owner's design dialog over the counter), cards-a4.png (an
A4 sheet of ten, as printed), card-cr80.png (one CR80 card), slip.png (the loyalty
slip of a visit on 80 mm paper, with the next-visit coupon it issued), gift-card-cr80.png
(a gift card), coupons-a4.png (a sheet of coupons) and print-coupons.png (the coupon
printing dialog over the owner's coupon screen) beside this file. The printed ones are
written to PDF first and rasterised with PDFium, so they show the PDF, not the screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdfium2 as pdfium
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.card_design import CardDesign
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.printing.document import write_pdf
from loyalty_pos.printing.faces import gift_card_face
from loyalty_pos.printing.slip import write_slip_pdf
from loyalty_pos.services import Services, VisitLine
from loyalty_pos.ui.coupon_offers_dialog import CouponBatch, open_coupon_offers
from loyalty_pos.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent
NAMES = [
    "Kovács Éva", "Nguyễn Thị Bích Ngọc", "Ødegård Æsa", "Őry Árpád Öcsi", "Trần Đức Minh",
    "Kari Nordmann", "Szőke Lőrinc", "Lê Văn Hưng", "Bjørn Ås", "Tóth Ödön",
]  # fmt: skip


def pdf_png(pdf: Path, out: Path, dpi: float, border: bool = False) -> None:
    doc = pdfium.PdfDocument(str(pdf))
    bitmap = doc[0].render(scale=dpi / 72)  # BGR, three bytes a pixel
    image = QImage(
        bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_BGR888
    ).copy()
    if border:  # a slip or a card on a white page: show its edge
        framed = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_RGB32)
        framed.fill(QColor("#9aa3ad"))
        p = QPainter(framed)
        p.drawImage(1, 1, image)
        p.end()
        image = framed
    image.save(str(out))
    doc.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    clock_now = datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest"))
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=lambda: clock_now)
        services.settings.set("shop_name", "Kávé Sarok")
        coffee = services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))
        pastry = services.programs.add(StampProgram(0, "Pastry", 8, "Free pastry"))
        members = [services.members.enroll(MemberInput(n)) for n in NAMES]
        services.cards.save_design(
            CardDesign(tagline="Every 10th coffee is on us", background="#3b2314",
                       ink="#fff8ec", accent="#e0a458")
        )  # fmt: skip
        design = services.cards.design()
        faces = services.cards.faces_for_members([m.id for m in members])
        write_pdf(Path(tmp) / "a4.pdf", "a4", design, faces)
        pdf_png(Path(tmp) / "a4.pdf", OUT / "cards-a4.png", 110)
        write_pdf(Path(tmp) / "cr80.pdf", "cr80", design, faces[1:2])
        pdf_png(Path(tmp) / "cr80.pdf", OUT / "card-cr80.png", 300, border=True)

        gift = services.gift_cards.issue(10_000, expires_on=date(2027, 3, 31))
        write_pdf(Path(tmp) / "gift.pdf", "cr80", design, [gift_card_face(gift, "HUF")])
        pdf_png(Path(tmp) / "gift.pdf", OUT / "gift-card-cr80.png", 300, border=True)
        treat = services.coupons.add_offer(
            CouponOffer(0, "Születésnapi torta", RewardKind.PERCENT_DISCOUNT, 20,
                        max_discount=3_000, min_spend=1_000, valid_days=30)
        )  # fmt: skip
        batch = CouponBatch(services.coupons, treat.id, "HUF")
        write_pdf(Path(tmp) / "coupons.pdf", "a4", design, batch(10))
        pdf_png(Path(tmp) / "coupons.pdf", OUT / "coupons-a4.png", 110)
        services.coupons.add_offer(
            CouponOffer(0, "Come back soon", RewardKind.FIXED_DISCOUNT, 500, valid_days=14,
                        trigger="next_visit", trigger_spend=2_000)
        )  # fmt: skip

        eva = members[0]
        services.visits.record(eva.id, [VisitLine(coffee.id, items=9)], "a")
        services.visits.record(eva.id, [VisitLine(pastry.id, items=3)], "b")
        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        window.open_code(eva.card_number)
        window.visit_form.rows[0].items.setValue(2)
        window.visit_form.amount.setText("2400")
        window.visit_form.confirm()
        app.processEvents()
        slip = window.printing.slip()
        write_slip_pdf(Path(tmp) / "slip.pdf", slip, "80")
        pdf_png(Path(tmp) / "slip.pdf", OUT / "slip.png", 200, border=True)
        window.grab().save(str(OUT / "counter-print.png"))

        services.staff.set_pin(2, "123456")  # the card design is the owner's: sign in
        services.staff.open_owner_session(2, "123456")
        window.printing.card_design()
        dialog = window.printing.design_dialog
        dialog.resize(1180, 560)
        app.processEvents()
        base = window.grab()
        p = QPainter(base)
        p.fillRect(base.rect(), QColor(0, 0, 0, 110))
        top = dialog.grab()
        p.drawPixmap((base.width() - top.width()) // 2, (base.height() - top.height()) // 2, top)
        p.end()
        base.save(str(OUT / "card-design.png"))
        dialog.reject()

        offers = open_coupon_offers(window, services)
        offers.list.setCurrentRow(0)
        offers.print_codes()
        printing = offers.print_dialog
        app.processEvents()
        base = window.grab()
        p = QPainter(base)
        p.fillRect(base.rect(), QColor(0, 0, 0, 110))
        for top in (offers.grab(), printing.grab()):
            p.drawPixmap(
                (base.width() - top.width()) // 2, (base.height() - top.height()) // 2, top
            )
        p.end()
        base.save(str(OUT / "print-coupons.png"))
        printing.reject()
        offers.reject()
        window.close()
        services.close()
    print(
        "saved: card-design.png cards-a4.png card-cr80.png slip.png counter-print.png "
        "gift-card-cr80.png coupons-a4.png print-coupons.png"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
