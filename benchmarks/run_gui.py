"""The GUI side of ``benchmarks/run.py``: the real app, timed to what the cashier sees.

Started by ``run.py`` in a fresh interpreter (``--child gui``); it runs
``loyalty_pos.app.main(["--db", ...])`` offscreen and measures, writing a JSON file:

* the main window's first paint (start-up);
* scans: the card's 13 digits at scanner speed into the focused widget, then Enter;
  timed from just before the Enter key event to the end of the event-loop pass that
  painted the member panel for that member (the panel's name label got a ``Paint``
  event after ``member_shown`` for the member, and ``processEvents`` returned, so the
  whole frame was painted and flushed). Also kept: the time to ``member_shown``, which
  stops before layout and painting, and the GUI thread's CPU time over the scan;
* search as you type: the letters of a name prefix typed one by one into the search
  box at a person's pace; each timed from just before the key event to the end of the
  pass that painted the results list after the search box holds the letter.

Every wait has a time-out, and a watchdog ends the process if the whole run takes
too long (a dialog the benchmark does not expect, such as the set-up wizard, would
otherwise keep it waiting for ever): ``run.py`` then reports the failure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time

SCAN_TIMEOUT_S = 2.0
SEARCH_TIMEOUT_S = 2.0
PERSON_PAUSE_MS = 150  # between a person's keys: well above the scan filter's threshold


def watchdog(seconds: float) -> None:
    """End the process (exit 4) if it is still running after ``seconds``."""

    def fire() -> None:
        sys.stderr.write(
            f"benchmark GUI child: no result after {seconds:.0f} s "
            "(a dialog such as the set-up wizard waiting?), giving up\n"
        )
        sys.stderr.flush()
        os._exit(4)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()


def gui_child(args: argparse.Namespace) -> int:
    """Run the real app entry point; measure first paint, scans, search, max RSS."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    watchdog(args.timeout)
    plan = json.loads(args.codes.read_text()) if args.codes else {}
    early: list[tuple[int, str]] = plan.get("early", [])
    counted: list[tuple[int, str]] = plan.get("counted", [])
    prefixes: list[str] = plan.get("prefixes", [])
    checkouts: list[tuple[int, str]] = plan.get("checkouts", [])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    state: dict = {"scans": [], "shown": [], "cpu": [], "during": [], "missed": 0, "search": {}}
    state["checkouts"], state["checkouts_missed"] = [], 0
    state["search_missed"] = 0

    class Paints(QObject):
        """Counts the ``Paint`` events of the widgets it watches."""

        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    panel_paints, result_paints = Paints(), Paints()

    class FirstPaint(QObject):
        """Notes the main window's first paint, then hands over to the measuring."""

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and "painted" not in state
                and type(obj).__name__ == "MainWindow"
            ):
                state["painted"] = time.monotonic()
                state["window"] = obj
                app.removeEventFilter(self)
                wanted = early or counted or prefixes or checkouts
                QTimer.singleShot(0, measure if wanted else app.quit)
            return False

    def jobs_running() -> bool:
        """Whether the window's start-up jobs thread (if it has one) is still busy."""
        jobs = getattr(state["window"], "startup_jobs", None)
        thread = getattr(jobs, "thread", None)
        return thread is not None and thread.is_alive()

    def wait_until(done, timeout: float) -> float | None:
        """Process events until ``done()``; the time it became true, or None."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            if done():
                return time.monotonic()
        return None

    def scan(member_id: int, code: str, shown: list[tuple[int, float, int]]):
        """(Enter → panel painted, Enter → member_shown, the GUI thread's CPU time over
        the first) in s, or None if not opened. The CPU time does not grow with other
        processes' load the way the wall-clock time does: it is what the scan costs."""
        target = QApplication.focusWidget() or state["window"]
        QTest.keyClicks(target, code, Qt.KeyboardModifier.NoModifier, args.key_delay)
        shown.clear()
        c0 = time.thread_time()
        t0 = time.monotonic()
        QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 0)

        def painted() -> bool:
            hit = [paints for mid, _, paints in shown if mid == member_id]
            return bool(hit) and panel_paints.count > hit[0]

        t1 = wait_until(painted, SCAN_TIMEOUT_S)
        cpu = time.thread_time() - c0
        QTest.qWait(20)  # the next customer steps up
        hit = [t for mid, t, _ in shown if mid == member_id]
        if t1 is None or not hit:
            modal = QApplication.activeModalWidget()
            why = f"{len(hit)} member_shown, {panel_paints.count} paints"
            if modal is not None:
                why += f"; a dialog was open: {type(modal).__name__} {modal.windowTitle()!r}"
            state["why_missed"] = why
            recover(modal)
            return None
        return t1 - t0, hit[0] - t0, cpu

    def recover(modal: QWidget | None) -> None:
        """After a missed scan, the counter as the next customer finds it: a question
        left open (a burst the machine's load split looked like typing, and its digits
        went into the visit, so the next card asked "keep the visit?") is answered, and
        the visit is dropped. Otherwise one missed scan would miss every later one."""
        if modal is not None and hasattr(modal, "reject"):
            modal.reject()
        state["window"].next_customer()
        QTest.qWait(50)

    def type_prefix(prefix: str) -> None:
        """A person types ``prefix`` into the search box; each letter timed to the
        results drawn."""
        window = state["window"]
        window.clear_search()
        window.focus_search()
        QTest.qWait(300)
        box = window.search
        arrived: dict[str, int] = {}  # the text → results paints counted when it arrived

        def note(text: str) -> None:
            arrived.setdefault(text, result_paints.count)

        box.textChanged.connect(note)
        for i, letter in enumerate(prefix, start=1):
            wanted = prefix[:i]
            arrived.pop(wanted, None)
            t0 = time.monotonic()
            QTest.keyClick(box, letter, Qt.KeyboardModifier.NoModifier, 0)

            def drawn(wanted: str = wanted) -> bool:
                return wanted in arrived and result_paints.count > arrived[wanted]

            t1 = wait_until(drawn, SEARCH_TIMEOUT_S)
            if t1 is None:
                state["search_missed"] += 1
            else:
                state["search"].setdefault(str(min(i, 4)), []).append(t1 - t0)
            QTest.qWait(PERSON_PAUSE_MS)
        box.textChanged.disconnect(note)
        window.clear_search()

    def checkout(member_id: int, code: str, shown: list[tuple[int, float, int]]) -> None:
        """Open the member, type an amount, then Enter: timed from just before the Enter
        key event to the end of the pass that painted the member panel after the visit
        was written (``visit_confirmed``: the bus has re-read the member by then)."""
        if scan(member_id, code, shown) is None:
            state["checkouts_missed"] += 1
            state["why_checkout_missed"] = f"the scan missed: {state.get('why_missed')}"
            return
        window = state["window"]
        amount = window.visit_form.amount
        amount.setFocus()
        QTest.keyClicks(amount, "12", Qt.KeyboardModifier.NoModifier, 0)
        confirmed: list[int] = []

        def note(visit_id: int) -> None:
            confirmed.append(panel_paints.count)

        window.visit_confirmed.connect(note)
        t0 = time.monotonic()
        QTest.keyClick(amount, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 0)
        t1 = wait_until(lambda: bool(confirmed) and panel_paints.count > confirmed[0], 2.0)
        window.visit_confirmed.disconnect(note)
        if t1 is None:
            state["checkouts_missed"] += 1
            modal = QApplication.activeModalWidget()
            state["why_checkout_missed"] = (
                f"a dialog: {type(modal).__name__}" if modal else f"banner: {window.banner.text()}"
            )
            recover(modal)
            return
        else:
            state["checkouts"].append(t1 - t0)
        QTest.qWait(20)
        window.next_customer()

    def measure() -> None:
        window = state["window"]
        window.panel.name.installEventFilter(panel_paints)
        results = window.results
        drawn_on: QWidget = (
            results.viewport() if isinstance(results, QAbstractScrollArea) else results
        )
        drawn_on.installEventFilter(result_paints)
        shown: list[tuple[int, float, int]] = []
        window.member_shown.connect(
            lambda mid: shown.append((mid, time.monotonic(), panel_paints.count))
        )
        # The cashier may scan as soon as the window is up, while the jobs still run;
        # these members are not among the counted ones (their views would be warm).
        for member_id, code in early:
            if not jobs_running():
                break
            took = scan(member_id, code, shown)
            if took is not None:
                state["during"].append(took[0])
        started = time.monotonic()
        while jobs_running() and time.monotonic() - started < args.jobs_wait:
            QTest.qWait(100)
        state["jobs_done_after_paint"] = time.monotonic() - state["painted"]
        state["jobs_still_running"] = jobs_running()  # the time-out came first
        QTest.qWait(int(args.settle * 1000))
        for member_id, code in counted:
            took = scan(member_id, code, shown)
            if took is None:
                state["missed"] += 1
            else:
                state["scans"].append(took[0])
                state["shown"].append(took[1])
                state["cpu"].append(took[2])
        window.next_customer()
        for prefix in prefixes:
            type_prefix(prefix)
        for member_id, code in checkouts:
            checkout(member_id, code, shown)
        app.quit()

    painter = FirstPaint()
    app.installEventFilter(painter)
    from loyalty_pos import app as entry

    state["main"] = time.monotonic()
    entry.main(["--db", str(args.db)])
    if "painted" not in state:
        sys.stderr.write("benchmark GUI child: the main window never painted\n")
        sys.stderr.flush()
        os._exit(5)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    args.result.write_text(
        json.dumps(
            {
                "spawn_to_paint": state["painted"] - args.spawned_at,
                "main_to_paint": state["painted"] - state["main"],
                "scans": state["scans"],
                "scans_to_signal": state["shown"],
                "scans_cpu": state["cpu"],
                "during_startup_jobs": state["during"],
                "jobs_done_after_paint": state.get("jobs_done_after_paint"),
                "jobs_still_running": state.get("jobs_still_running", False),
                "missed": state["missed"],
                "why_missed": state.get("why_missed"),
                "search": state["search"],
                "search_missed": state["search_missed"],
                "checkouts": state["checkouts"],
                "checkouts_missed": state["checkouts_missed"],
                "why_checkout_missed": state.get("why_checkout_missed"),
                "max_rss_kib": rss,
            }
        )
    )
    # The figures are written; skip interpreter finalisation, which is not what is
    # measured and, with a broken Qt binding (PySide6 6.12.0 on Python 3.11), can abort.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
