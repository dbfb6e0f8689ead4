"""Where the customer screen opens: full screen on the screen it was last on.

The owner picks the screen in Settings; when the window is moved to another screen the
new one is remembered (``remember``), so the next start opens it there. With a single
monitor (or when the chosen screen is the counter's) it opens as a window, so the owner
can try it before buying a second screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_names() -> list[str]:
    """The names of the screens the computer has now (for Settings)."""
    return [s.name() for s in QGuiApplication.screens()]


def target_screen(name: str, counter: QScreen | None) -> QScreen | None:
    """The screen named ``name``, else the first that is not the counter's; None when
    the counter's is the only one."""
    screens = QGuiApplication.screens()
    named = next((s for s in screens if s.name() == name), None) if name else None
    if named is not None:
        return named
    return next((s for s in screens if s is not counter), None)


def show_on(window: QWidget, name: str, counter: QScreen | None) -> bool:
    """Show ``window`` full screen on its screen; in a window when it would cover the
    counter. Returns whether it went full screen."""
    screen = target_screen(name, counter)
    if screen is None or screen is counter:
        if counter is not None:
            window.move(counter.availableGeometry().topLeft())
        window.showNormal()
        return False
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    return True
