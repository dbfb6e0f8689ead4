"""Render the till dialog (first start against a server) to ``server-till-dialog.png``:
``QT_QPA_PLATFORM=offscreen uv run python docs/screenshots/render_till_dialog.py [LANG]``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from loyalty_pos import fonts
from loyalty_pos.ui import qt_language, theme
from loyalty_pos.ui.till_dialog import TillDialog

HERE = Path(__file__).resolve().parent


def main() -> None:
    app = QApplication.instance() or QApplication([])
    fonts.load()
    lang = sys.argv[1] if len(sys.argv) > 1 else "en"
    qt_language.apply(lang)
    dialog = TillDialog("front-desk-pc", ["North", "Airport"])
    theme.apply(dialog)
    dialog.show()
    app.processEvents()
    suffix = "" if lang == "en" else f"-{lang}"
    dialog.grab().save(str(HERE / f"server-till-dialog{suffix}.png"))
    print(dialog.size().width(), dialog.size().height())


if __name__ == "__main__":
    main()
