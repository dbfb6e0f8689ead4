"""A webcam as a scanner: QtMultimedia gives the frames, ``webcam_decode`` the codes.

For shops without a 2D scanner: the owner picks a camera in Settings; at the counter it
runs while the window is open, its picture shown small (``WebcamPreview``) so the
customer can aim their phone. Frames are taken from a ``QVideoSink`` at most
``FRAMES_PER_SECOND`` a second (converting every frame would load the GUI thread).

No camera, a camera that is not connected, or one another program holds gives one clear
sentence (``failed``), and the counter works on as before.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from . import theme

log = logging.getLogger(__name__)
CONTEXT = "Webcam"
FRAMES_PER_SECOND = 10
PREVIEW_PX = (240, 180)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _multimedia() -> Any:
    """QtMultimedia, or None where it can't be loaded: a copy of the app built without
    it, or a computer without the libraries it needs (PulseAudio on Linux)."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as err:
        log.warning("no camera support: %s", err)
        return None
    return QtMultimedia


def camera_support() -> bool:
    return _multimedia() is not None


def cameras() -> list[tuple[str, str]]:
    """(id, description) of each camera the computer has now; [] for none."""
    qm = _multimedia()
    if qm is None:
        return []
    return [(_device_id(d), d.description()) for d in qm.QMediaDevices.videoInputs()]


def _device_id(device: Any) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


class Webcam(QObject):
    """One camera, started and stopped; ``frame`` a few times a second."""

    frame = Signal(QImage)
    failed = Signal(str)

    def __init__(self, camera_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.camera_id = camera_id
        self.camera: Any = None
        self.session: Any = None
        self.sink: Any = None
        self._last = float("-inf")

    def start(self) -> str | None:
        """Start the camera; the reason it can't be used, or None."""
        qm = _multimedia()
        if qm is None:
            return tr(
                "The camera can't be used on this computer (camera support is missing): "
                "use a scanner."
            )
        devices = qm.QMediaDevices.videoInputs()
        if not devices:
            return tr("No camera found: connect one, or choose none in Settings.")
        device = next((d for d in devices if _device_id(d) == self.camera_id), None)
        if device is None:
            device = next((d for d in devices if d.description() == self.camera_id), None)
        if device is None:
            return tr("The camera chosen in Settings is not connected.")
        self.camera = qm.QCamera(device, self)
        self.session = qm.QMediaCaptureSession(self)
        self.sink = qm.QVideoSink(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(self.sink)
        self.camera.errorOccurred.connect(self._error)
        self.sink.videoFrameChanged.connect(self._frame)
        self.camera.start()
        if self.camera.error() != qm.QCamera.Error.NoError:
            return self._in_use(self.camera.errorString())
        return None

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.camera = self.session = self.sink = None

    def _in_use(self, detail: str) -> str:
        return tr("The camera can't be used (another program may have it): {error}").format(
            error=detail or "?"
        )

    def _error(self, _error: Any, text: str) -> None:
        self.failed.emit(self._in_use(text))

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if now - self._last < 1 / FRAMES_PER_SECOND:
            return
        self._last = now
        image = frame.toImage()
        if not image.isNull():
            self.frame.emit(image)


class WebcamPreview(QWidget):
    """The camera's picture, small, at the counter: the customer aims the phone at it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.picture.setFixedSize(*PREVIEW_PX)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setObjectName("webcamPicture")
        self.caption = QLabel(tr("Camera: hold the code up to it"), self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("hint")
        theme.set_font(self.caption, theme.SMALL_PT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)

    def show_frame(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            *PREVIEW_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.picture.setPixmap(pixmap)
