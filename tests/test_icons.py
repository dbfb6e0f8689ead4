"""The committed app icon files and the Linux menu entry."""

from __future__ import annotations

import configparser
import struct
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from loyalty_pos.app import show_app_icon

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"


def images_in(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    found = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        found.append(reader.read())
    return found


def test_png_icons_have_their_sizes_and_a_transparent_corner():
    main = QImage(str(ICONS / "loyalty-pos.png"))
    assert (main.width(), main.height()) == (256, 256)
    assert main.pixelColor(0, 0).alpha() == 0  # rounded tile: a corner is see-through
    assert main.pixelColor(128, 128).alpha() == 255
    for size in (16, 24, 32, 48, 64, 128):
        image = QImage(str(ICONS / f"loyalty-pos-{size}.png"))
        assert (image.width(), image.height()) == (size, size)


def test_windows_icon_holds_every_size_explorer_asks_for(qapp):
    data = (ICONS / "loyalty-pos.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = sorted(image.width() for image in images_in(ICONS / "loyalty-pos.ico"))
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_holds_the_retina_sizes(qapp):
    data = (ICONS / "loyalty-pos.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    sizes = {image.width() for image in images_in(ICONS / "loyalty-pos.icns")}
    assert {16, 32, 64, 128, 256, 512} <= sizes


def test_the_window_gets_the_icon(qapp):
    show_app_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes()[0].width() == 256
    assert qapp.desktopFileName() == "loyalty-pos"  # Wayland finds the menu entry's icon


def test_desktop_entry_names_the_app_in_every_language():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(RESOURCES / "loyalty-pos.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "loyalty-pos" and section["Icon"] == "loyalty-pos"
    assert section["Categories"] == "Office;Finance;"
    assert section["Terminal"] == "false"
    for language in ("hu", "vi", "nb"):
        assert section[f"Name[{language}]"].startswith("Loyalty POS")
        assert section[f"Comment[{language}]"] not in ("", section["Comment"])
