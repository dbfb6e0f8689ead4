"""The webcam path, on generated frames: a QR drawn with the ``qrcode`` library, turned
and speckled, decoded by zxing-cpp on the decoder's thread and taken by the same scan
router as a wedge scan. No real camera is needed (CI has none)."""

from __future__ import annotations

import random

import qrcode
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from loyalty_pos.ui.feedback_dialog import FeedbackDialog
from loyalty_pos.ui.webcam import Webcam, camera_support, cameras
from loyalty_pos.ui.webcam_decode import HOLD_SECONDS, HeldCode, decode_frame


def qr_frame(text: str, *, angle: float = 17, noise: float = 0.04, seed: int = 7) -> QImage:
    """A 640×480 camera-like frame: grey background, the QR turned by ``angle``, noise."""
    qr = qrcode.QRCode(border=4)
    qr.add_data(text)
    matrix = qr.get_matrix()
    module = 8
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
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(150, 140, 130))
    p = QPainter(frame)
    p.drawImage(QPointF(320 - turned.width() / 2, 240 - turned.height() / 2), turned)
    p.end()
    rnd = random.Random(seed)
    for _ in range(int(640 * 480 * noise)):
        grey = rnd.randrange(256)
        frame.setPixelColor(rnd.randrange(640), rnd.randrange(480), QColor(grey, grey, grey))
    return frame


def blank_frame() -> QImage:
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(120, 120, 120))
    return frame


def test_a_turned_speckled_qr_decodes(member):
    assert decode_frame(qr_frame(member.card_number)) == [member.card_number]
    assert decode_frame(qr_frame(member.card_number, angle=-40, seed=3)) == [member.card_number]


def test_a_frame_with_no_code_gives_nothing():
    assert decode_frame(blank_frame()) == []
    assert decode_frame(QImage()) == []


def test_the_same_code_held_up_is_one_scan():
    now = [0.0]
    held = HeldCode(lambda: now[0])
    assert held.fresh("A")
    now[0] += 0.5
    assert not held.fresh("A")  # still in front of the camera
    now[0] += HOLD_SECONDS * 0.9
    assert not held.fresh("A")
    assert held.fresh("B")
    now[0] += HOLD_SECONDS + 0.1
    assert held.fresh("B")  # taken away and shown again


def routed(window) -> list:
    seen: list = []
    window.scan_router.routed.connect(lambda code, reply: seen.append((code, reply.taken)))
    return seen


def test_a_code_in_a_frame_opens_the_member_as_a_wedge_scan_does(qtbot, window, member):
    seen = routed(window)
    webcam = window.customer.webcam
    assert webcam.frame(qr_frame(member.card_number))
    qtbot.waitUntil(lambda: seen == [(member.card_number, True)], timeout=5000)
    assert window.current_member.id == member.id
    assert not webcam.preview.picture.pixmap().isNull()  # the frame is shown


def test_the_same_code_held_in_front_of_the_camera_is_one_scan(qtbot, window, member):
    seen = routed(window)
    webcam = window.customer.webcam
    frame = qr_frame(member.card_number)
    webcam.frame(frame)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    for _ in range(3):  # more frames with the same card
        webcam.decoding._last = float("-inf")  # the next frame is due at once
        assert webcam.frame(frame)
        qtbot.waitUntil(lambda: not webcam.decoding.busy, timeout=5000)
    assert seen == [(member.card_number, True)]


def test_a_frame_with_no_code_changes_nothing(qtbot, window, database_rows):
    before = database_rows()
    seen = routed(window)
    webcam = window.customer.webcam
    assert webcam.frame(blank_frame())
    qtbot.waitUntil(lambda: not webcam.decoding.busy, timeout=5000)
    assert seen == []
    assert window.current_member is None
    assert database_rows() == before


def test_a_code_while_a_dialog_is_open_is_refused_like_a_wedge_scan(
    qtbot, window, services, member, database_rows
):
    dialog = FeedbackDialog(services.feedback, 1, window, ops=window.ops)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    before = database_rows()
    seen = routed(window)
    window.customer.webcam.frame(qr_frame(member.card_number))
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen == [(member.card_number, False)]
    assert window.current_member is None
    assert dialog.isVisible() and dialog.score is None
    assert database_rows() == before


def test_no_camera_or_an_unknown_one_is_a_clear_message(window):
    problem = Webcam("no-such-camera").start()
    assert problem is not None
    if not camera_support():
        assert problem.startswith("The camera can't be used on this computer")
    elif not cameras():
        assert problem == "No camera found: connect one, or choose none in Settings."
    else:
        assert problem == "The camera chosen in Settings is not connected."
    window.customer.webcam.use("no-such-camera")
    assert window.banner.text() == problem
    assert window.customer.webcam.webcam is None
    assert not window.customer.webcam.preview.isVisible()
