"""PyInstaller hook for PySide6.QtGui: PyInstaller's own, minus the plugins we drop.

It replaces the built-in hook (``hookspath`` hooks take precedence), so a plugin left
out here is never analysed, and the libraries only it needs (QtQuick and QtQml for the
on-screen keyboard, GTK's helpers for the GTK theme) are not collected at all. Which
plugins stay is decided in ``loyalty_pos.bundle``.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from loyalty_pos.bundle import keep_qt_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)


def kept(src: str, dest: str) -> bool:
    """Everything but the plugins ``loyalty_pos.bundle`` drops (``dest`` is the plugin's
    folder in the bundle, e.g. ``PySide6/Qt/plugins/platforms``)."""
    folder = PurePath(dest)
    return "plugins" not in folder.parts or keep_qt_plugin(folder.name, PurePath(src).name)


binaries = [(src, dest) for src, dest in binaries if kept(src, dest)]
