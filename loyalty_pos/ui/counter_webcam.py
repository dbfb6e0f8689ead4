"""The webcam at the counter: its codes take the path a scanner's codes take.

A decoded code goes to the counter's ``ScanRouter`` exactly as a keyboard-wedge scan
does, with the same rules: into the window the cashier is in (an open dialog refuses
it as it refuses a wedge scan, with the same sound and notice), else the counter opens
the member. The camera runs while the counter is open and a camera is chosen in
Settings; its picture is shown small in the counter's left column.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QBoxLayout, QWidget

from ..domain.changes import Changes
from ..services.customer_screen import WEBCAM
from .counter_api import Counter
from .scan_route import ScanReply, ScanRouter, refused
from .webcam import Webcam, WebcamPreview
from .webcam_decode import FrameDecoding

log = logging.getLogger(__name__)


class CounterWebcam(QObject):
    """The chosen camera, its preview, and its codes into the scan router."""

    def __init__(self, counter: Counter, router: ScanRouter) -> None:
        super().__init__(counter.widget())
        self.counter = counter
        self.router = router
        # A window a scan never goes to: the customer screen.
        self.customer_window: Callable[[], QWidget | None] = lambda: None
        self.camera_id = ""
        self.webcam: Webcam | None = None
        self.decoding: FrameDecoding | None = None  # its thread runs while a camera does
        self.preview = WebcamPreview(counter.widget())
        self.preview.hide()
        column = counter.search.parentWidget().layout()
        if isinstance(column, QBoxLayout):  # under the search results, above the keys
            column.insertWidget(max(0, column.count() - 1), self.preview)
        counter.bus.changed.connect(self.changed)

    def start(self) -> None:
        done = self.counter.ops.run(
            self.counter.widget(),
            lambda: self.counter.services.display.customer.get().webcam,
            on_error=log.warning,
        )
        self.use(done.value if done is not None else "")

    def use(self, camera_id: str) -> None:
        """Switch to ``camera_id`` ("" for none); says why when it can't be used."""
        self.stop_camera()
        self.camera_id = camera_id
        if not camera_id:
            return
        webcam = Webcam(camera_id, self)
        problem = webcam.start()
        if problem is not None:
            webcam.stop()
            self.counter.banner.error(problem)
            return
        self.webcam = webcam
        webcam.frame.connect(self.frame)
        webcam.failed.connect(self.failed)
        self.preview.show()

    def frame(self, image: QImage) -> bool:
        """A camera frame: shown, and decoded if the decoder is free (returns whether)."""
        self.preview.show_frame(image)
        if self.decoding is None:
            self.decoding = FrameDecoding(self)
            self.decoding.code.connect(self.take_code)
        return self.decoding.offer(image)

    def failed(self, text: str) -> None:
        self.stop_camera()
        self.counter.banner.error(text)

    def take_code(self, code: str) -> ScanReply:
        """A decoded code, into the window the cashier is in, as a wedge scan goes."""
        counter = self.counter.widget()
        if not shiboken6.isValid(counter):
            return refused("")
        where = QApplication.activeModalWidget() or QApplication.activeWindow()
        if where is None or where is self.customer_window() or not shiboken6.isValid(where):
            where = counter
        return self.router.route(code, where)

    def changed(self, changes: Changes) -> None:
        if not changes.touches_settings(WEBCAM):
            return
        done = self.counter.ops.run(
            self.counter.widget(),
            lambda: self.counter.services.display.customer.get().webcam,
            on_error=log.warning,
        )
        if done is not None and done.value != self.camera_id:
            self.use(done.value)

    def stop_camera(self) -> None:
        webcam, self.webcam = self.webcam, None
        if webcam is not None:
            webcam.stop()
            webcam.deleteLater()
        if shiboken6.isValid(self.preview):
            self.preview.hide()

    def stop(self) -> None:
        self.stop_camera()
        decoding, self.decoding = self.decoding, None
        if decoding is not None:
            decoding.stop()
