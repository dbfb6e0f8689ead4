"""Render the counter's comfort options, offscreen, at 1280×800.

    uv run python docs/screenshots/render_access.py

Uses the demo shop with cashback added (as ``render.py`` does for checkout.png): the
regular rings up two lattes and a croissant and pays with store credit. Saves
counter-normal-text.png and counter-large-text.png (Largest, 150 %), and the high
contrast colours light and dark (counter-high-contrast-light.png,
counter-high-contrast-dark.png), the standard colours on a dark system
(counter-dark.png), and the owner's settings with the two new rows
(settings-comfort.png), beside this file.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty_pos.services import Services
from loyalty_pos.ui import theme
from loyalty_pos.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render  # the shop and helpers of the main screenshots

OUT = Path(__file__).resolve().parent

SHOTS = [
    # (file, text size, colours, dark)
    ("counter-normal-text.png", 100, "standard", False),
    ("counter-large-text.png", 150, "standard", False),
    ("counter-high-contrast-light.png", 100, "high_contrast", False),
    ("counter-high-contrast-dark.png", 100, "high_contrast", True),
    ("counter-dark.png", 100, "standard", True),
]


def ring_up(window: MainWindow, card: str, ids: dict[str, int]) -> None:
    """The regular's visit: two lattes, a croissant, paid partly with store credit."""
    window.open_code(card)
    form = window.visit_form
    form.amount.setText("5600")
    form.items.set_quantity(ids["latte"], 2)
    form.items.set_quantity(ids["croissant"], 1)
    form.offers.tick("credit")
    form.refresh_preview()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    with tempfile.TemporaryDirectory() as tmp:
        clock = render.StepClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest")))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=clock)
        services.settings.set("shop_name", "Kávé Sarok")
        card = render.populate(services, clock)
        ids = render.seed_rewards(services, clock, card)
        for name, size, colours, dark in SHOTS:
            services.display.set("text_size", str(size))
            services.display.set("colours", colours)
            theme.force_scheme(dark)
            window = MainWindow(services)
            window.resize(*render.SIZE)
            window.show()
            render.settle(app)
            ring_up(window, card, ids)
            render.settle(app)
            window.grab().save(str(OUT / name))
            if name == "counter-normal-text.png":
                services.staff.open_owner_session(2, "123456")  # the demo owner's PIN
                window.owner_actions.open_settings()
                dialog = window.owner_actions.settings_dialog
                dialog.text_size.setCurrentIndex(1)
                dialog.colours.setCurrentIndex(1)
                render.settle(app)
                render.with_dialog(window, dialog).save(str(OUT / "settings-comfort.png"))
                dialog.reject()
            window.close()
            window.scan_filter.uninstall()
        theme.force_scheme(None)
        services.close()
    print("saved:", ", ".join(name for name, *_ in SHOTS), "settings-comfort.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
