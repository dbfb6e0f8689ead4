"""Codes out of camera frames: zxing-cpp on a worker thread, one frame at a time.

A webcam gives 30 frames a second; decoding each on the GUI thread would stall the
counter. ``FrameDecoding`` takes a frame only when the worker is free and at most
``MAX_PER_SECOND`` a second (``offer`` says whether it took it), shrinks it to
``MAX_SIDE`` pixels and greys it, and decodes it on its own thread.

The same code held in front of the camera is one scan: ``HeldCode`` lets a code through
again only after it has been out of sight for ``HOLD_SECONDS``. A frame with no code
changes nothing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import zxingcpp
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage

log = logging.getLogger(__name__)
MAX_PER_SECOND = 8
MAX_SIDE = 960  # pixels: a phone's QR held 20 cm away still has modules of 3 px or more
HOLD_SECONDS = 1.5


def decode_frame(image: QImage) -> list[str]:
    """The text of every barcode or QR code zxing-cpp finds in ``image``."""
    if image.isNull():
        return []
    if max(image.width(), image.height()) > MAX_SIDE:
        image = image.scaled(
            MAX_SIDE,
            MAX_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(grey)
    return [r.text.strip() for r in found if r.valid and r.text.strip()]


class HeldCode:
    """One scan per code held in front of the camera."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.code: str | None = None
        self.seen = 0.0

    def fresh(self, code: str) -> bool:
        """Whether ``code`` is a new scan (not the same code seen just now)."""
        now = self.clock()
        new = code != self.code or now - self.seen > HOLD_SECONDS
        self.code, self.seen = code, now
        return new


class _Worker(QObject):
    decoded = Signal(list)

    @Slot(QImage)
    def decode(self, image: QImage) -> None:
        try:
            codes = decode_frame(image)
        except Exception:  # a frame must never stop the camera
            log.exception("decoding a camera frame")
            codes = []
        self.decoded.emit(codes)


class FrameDecoding(QObject):
    """Frames in (``offer``), new codes out (``code``)."""

    code = Signal(str)
    _request = Signal(QImage)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.held = HeldCode(clock)
        self.busy = False
        self._last = float("-inf")
        self._thread = QThread(self)
        self._thread.setObjectName("webcam decoding")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.decode, Qt.ConnectionType.QueuedConnection)
        self._worker.decoded.connect(self._decoded, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def offer(self, image: QImage) -> bool:
        """Decode ``image`` if the worker is free and it is time; else drop it."""
        now = self.clock()
        if self.busy or now - self._last < 1 / MAX_PER_SECOND or image.isNull():
            return False
        self.busy, self._last = True, now
        self._request.emit(image.copy())  # the camera reuses its buffer
        return True

    def _decoded(self, codes: list[str]) -> None:
        self.busy = False
        for text in codes[:1]:  # one code a frame: two cards held up are nobody's scan
            if self.held.fresh(text):
                self.code.emit(text)

    def stop(self) -> None:
        """Let the worker finish its frame and end its thread."""
        self._thread.quit()
        self._thread.wait(5000)
