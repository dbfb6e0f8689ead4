"""Render the counter as a till shows it: maximized on a 1280×720 screen (1280×800 at the
largest text), in every language and at every text size.

    uv run python docs/screenshots/render_till.py

Each screen size runs in a process of its own, on Qt's offscreen platform given a screen
of exactly that size, so the window is maximized as on a till and nothing is resized by
hand. The demo shop's regular rings up two lattes and a croissant, paying part with
store credit. Saves till/LANG-SIZE.png (en-100.png … nb-150.png) beside this file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "till"
LANGUAGES = ("en", "hu", "vi", "nb")
SCREENS = {720: (100, 125), 800: (150,)}  # screen height: the text sizes shown on it


def screen_config(folder: Path, height: int) -> Path:
    """An offscreen platform configuration with one 1280×``height`` screen, no frames."""
    path = folder / f"screen-{height}.json"
    screen = {"name": "till", "x": 0, "y": 0, "width": 1280, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = {"synchronousWindowSystemEvents": False, "windowFrameMargins": False}
    path.write_text(json.dumps(config | {"screens": [screen]}), encoding="utf-8")
    return path


def render(sizes: list[int]) -> None:
    """In this process (its screen already set): every language at ``sizes``."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from loyalty_pos.services import Services
    from loyalty_pos.ui import qt_language as languages
    from loyalty_pos.ui.main_window import MainWindow
    from loyalty_pos.ui.window_fit import show_on_till

    sys.path.insert(0, str(HERE))
    import render as shots  # the demo shop and helpers of the main screenshots

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale("en_GB"))
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        clock = shots.StepClock(datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Europe/Budapest")))
        services = Services.open(Path(tmp) / "shop.sqlite3", clock=clock)
        services.settings.set("shop_name", "Kávé Sarok")
        card = shots.populate(services, clock)
        ids = shots.seed_rewards(services, clock, card)
        for language in LANGUAGES:
            languages.apply(language)
            for size in sizes:
                services.display.set("text_size", str(size))
                window = MainWindow(services)
                show_on_till(window, kiosk=False)
                shots.settle(app)
                window.open_code(card)
                form = window.visit_form
                form.amount.setText("5600")
                form.items.set_quantity(ids["latte"], 2)
                form.items.set_quantity(ids["croissant"], 1)
                form.offers.tick("credit")
                form.refresh_preview()
                shots.settle(app)
                name = f"{language}-{size}.png"
                window.grab().save(str(OUT / name))
                print(f"saved till/{name} ({window.width()}×{window.height()})")
                window.scan_filter.uninstall()
                window.close()
                window.deleteLater()
                shots.settle(app)
        services.close()


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--sizes":
        render([int(s) for s in sys.argv[2].split(",")])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for height, sizes in SCREENS.items():
            config = screen_config(Path(tmp), height)
            env = os.environ | {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
            command = [sys.executable, __file__, "--sizes", ",".join(map(str, sizes))]
            subprocess.run(command, env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
