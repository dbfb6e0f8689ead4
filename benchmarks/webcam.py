"""How long the webcam path takes per frame: zxing-cpp's decode of a 640×480 and a
1280×720 camera-like frame (a turned, speckled QR), and of a frame with no code.

    uv run python benchmarks/webcam.py [--frames N]

Prints the median and p95 in milliseconds. The decoder runs on its own thread at most
8 frames a second (ui/webcam_decode.py), so a decode well under 125 ms keeps up.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform

from loyalty_pos.ui.webcam_decode import decode_frame


def frame(text: str | None, width: int, height: int, angle: float = 17) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(150, 140, 130))
    if text is not None:
        qr = qrcode.QRCode(border=4)
        qr.add_data(text)
        matrix = qr.get_matrix()
        module = max(4, height // 60)
        side = len(matrix) * module
        code = QImage(side, side, QImage.Format.Format_RGB32)
        code.fill(QColor("white"))
        p = QPainter(code)
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    p.fillRect(QRectF(x * module, y * module, module, module), QColor("black"))
        p.end()
        turned = code.transformed(
            QTransform().rotate(angle), Qt.TransformationMode.SmoothTransformation
        )
        p = QPainter(image)
        p.drawImage(QPointF((width - turned.width()) / 2, (height - turned.height()) / 2), turned)
        p.end()
    rnd = random.Random(1)
    for _ in range(width * height // 25):
        grey = rnd.randrange(256)
        image.setPixelColor(rnd.randrange(width), rnd.randrange(height), QColor(grey, grey, grey))
    return image


def measure(image: QImage, n: int, expect: list[str]) -> tuple[float, float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        found = decode_frame(image)
        times.append((time.perf_counter() - start) * 1000)
        assert found == expect, found
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    QGuiApplication([])
    code = "2900000424242"
    for label, text, size in (
        ("640x480 with a QR", code, (640, 480)),
        ("1280x720 with a QR", code, (1280, 720)),
        ("640x480 no code", None, (640, 480)),
    ):
        median, p95 = measure(frame(text, *size), args.frames, [code] if text else [])
        print(f"{label:20s} median {median:6.1f} ms   p95 {p95:6.1f} ms   ({args.frames} frames)")


if __name__ == "__main__":
    main()
