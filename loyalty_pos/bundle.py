"""What the installed app carries, and where the running app finds it.

Run from source, the resources are the repository's ``resources/`` folder. Built with
PyInstaller (``build_installer.spec``), the app is "frozen": the folder beside the
executable (``sys._MEIPASS``) holds a ``resources/`` copy with the compiled
translations and the icon.

The Qt plugin policy lives here too, not in the spec, because two places must agree on
it: the build keeps only these plugins (``pyinstaller_hooks/``), and ``--self-check``
reports whether the ones this platform needs made it into the folder. This module
imports no Qt at load time, so the build can use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICON_NAME = "loyalty-pos"

# Platform plugins by ``sys.platform`` prefix: the desktop ones a till needs, and
# ``offscreen`` for ``--self-check`` and the tests. eglfs, linuxfb, vnc and the like
# drive embedded screens without a window system; a shop's PC has one.
NATIVE_PLATFORMS = {"linux": ("xcb", "wayland"), "win32": ("windows",), "darwin": ("cocoa",)}
KEPT_PLATFORMS = frozenset({"xcb", "wayland", "wayland-egl", "wayland-generic", "offscreen"})
KEPT_PLATFORMS |= {"windows", "cocoa"}
# Image formats the app reads beyond Qt's built-in PNG and BMP: JPEG logos on cards,
# SVG and ICO icons from the desktop's icon theme. The PDF one pulls in QtPdf (4 MB).
KEPT_IMAGE_FORMATS = frozenset({"jpeg", "svg", "ico"})
# Whole plugin kinds that serve nothing here: input devices for screens without a window
# system (``generic``: evdev, tuio), eglfs screen integrations.
DROPPED_PLUGIN_KINDS = frozenset({"generic", "egldeviceintegrations"})
# Single plugins that drag in large modules the app never uses: the on-screen keyboard
# (QtQuick, QtQml, QtNetwork) and the GTK theme (GTK itself comes from the system, and
# the glib/cairo/pango copies bundled for it could clash with the system's).
DROPPED_PLUGINS = frozenset({"qtvirtualkeyboardplugin", "gtk3"})


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resource_dir() -> Path:
    """``resources/``: in the built folder when frozen, in the repository otherwise."""
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    else:
        base = Path(__file__).resolve().parent.parent
    return base / "resources"


def icon_path() -> Path:
    return resource_dir() / "icons" / f"{ICON_NAME}.png"


def plugin_stem(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` -> ``xcb`` / ``windows`` /
    ``cocoa``; ``libqtvirtualkeyboardplugin.so`` -> ``qtvirtualkeyboardplugin``."""
    stem = filename.split(".", 1)[0]
    stem = stem.removeprefix("lib")
    if stem.startswith("q") and not stem.startswith("qt"):
        stem = stem[1:]
    return stem


def keep_qt_plugin(kind: str, filename: str) -> bool:
    """Whether the build keeps the Qt plugin ``filename`` of ``kind`` (its folder under
    ``plugins/``). Unknown kinds are kept: a plugin too many costs space, one too few
    a broken app."""
    stem = plugin_stem(filename)
    if kind in DROPPED_PLUGIN_KINDS or stem in DROPPED_PLUGINS:
        return False
    if kind == "platforms":
        return stem in KEPT_PLATFORMS
    if kind == "imageformats":
        return stem in KEPT_IMAGE_FORMATS
    return True


def native_platforms(platform: str = sys.platform) -> tuple[str, ...]:
    """The platform plugins a desktop on ``platform`` needs to show the window."""
    for prefix, names in NATIVE_PLATFORMS.items():
        if platform.startswith(prefix):
            return names
    return ()
