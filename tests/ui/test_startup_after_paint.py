"""The start-up jobs wait for the counter's first frame (issue 16): started with the
window, their thread took the interpreter while the window was still being painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from loyalty_pos.ui.main_window import MainWindow


class Events(QObject):
    """Notes, in order, the window's paints and the jobs' start."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append("paint")
        return False


def test_the_jobs_start_after_the_window_is_painted(qtbot, services):
    w = MainWindow(services)
    qtbot.addWidget(w)
    events = Events()
    w.installEventFilter(events)
    start = w.startup_jobs.start

    def noted_start() -> None:
        events.seen.append("jobs")
        start()

    w.startup_jobs.start = noted_start  # type: ignore[method-assign]
    w.show()
    w.after_start()
    assert w.startup_jobs.thread is None  # nothing started before a frame was drawn
    with qtbot.waitSignal(w.startup_jobs.finished, timeout=10_000) as done:
        pass
    assert done.args[0].ok, done.args[0]
    assert "paint" in events.seen and "jobs" in events.seen
    assert events.seen.index("paint") < events.seen.index("jobs")
    w.scan_filter.uninstall()


def test_a_window_not_shown_starts_the_jobs_at_once(qtbot, services):
    w = MainWindow(services)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.startup_jobs.finished, timeout=10_000) as done:
        w.after_start()
    assert done.args[0].ok, done.args[0]
    assert w.startup_jobs.thread is not None and w.startup_jobs.thread.name == "startup-jobs"
    w.scan_filter.uninstall()
