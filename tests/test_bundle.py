"""The installed app's resources and the Qt plugins the build keeps."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from loyalty_pos import bundle
from loyalty_pos.bundle import keep_qt_plugin, native_platforms, plugin_stem


@pytest.mark.parametrize(
    ("filename", "stem"),
    [
        ("libqxcb.so", "xcb"),
        ("qwindows.dll", "windows"),
        ("libqcocoa.dylib", "cocoa"),
        ("libqtvirtualkeyboardplugin.so", "qtvirtualkeyboardplugin"),
        ("qtvirtualkeyboardplugin.dll", "qtvirtualkeyboardplugin"),
        ("libqgtk3.so", "gtk3"),
        ("libcupsprintersupport.so", "cupsprintersupport"),
    ],
)
def test_plugin_stem_strips_each_platforms_decoration(filename, stem):
    assert plugin_stem(filename) == stem


@pytest.mark.parametrize(
    ("kind", "filename", "kept"),
    [
        # The desktop's own window systems and offscreen stay, embedded ones go.
        ("platforms", "libqxcb.so", True),
        ("platforms", "libqwayland.so", True),
        ("platforms", "libqoffscreen.so", True),
        ("platforms", "qwindows.dll", True),
        ("platforms", "libqcocoa.dylib", True),
        ("platforms", "libqeglfs.so", False),
        ("platforms", "libqlinuxfb.so", False),
        ("platforms", "libqvnc.so", False),
        ("platforms", "qdirect2d.dll", False),
        # The on-screen keyboard would bring QtQuick, QtQml and QtNetwork.
        ("platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("platforminputcontexts", "qtvirtualkeyboardplugin.dll", False),
        ("platforminputcontexts", "libcomposeplatforminputcontextplugin.so", True),
        ("platformthemes", "libqgtk3.so", False),
        ("platformthemes", "libqxdgdesktopportal.so", True),
        # JPEG logos are read; the PDF image format would bring QtPdf.
        ("imageformats", "libqjpeg.so", True),
        ("imageformats", "qjpeg.dll", True),
        ("imageformats", "libqpdf.so", False),
        ("imageformats", "libqtiff.so", False),
        ("generic", "libqevdevmouseplugin.so", False),
        ("egldeviceintegrations", "libqeglfs-kms-integration.so", False),
        ("printsupport", "libcupsprintersupport.so", True),
        ("styles", "qmodernwindowsstyle.dll", True),  # Windows' native look
        ("wayland-shell-integration", "libxdg-shell.so", True),
        ("some-future-kind", "libqwhatever.so", True),  # unknown: kept
    ],
)
def test_the_build_keeps_the_plugins_a_till_needs(kind, filename, kept):
    assert keep_qt_plugin(kind, filename) is kept


def test_every_native_platform_plugin_is_kept():
    for platform, plugin_file in [
        ("linux", "libq{}.so"),
        ("win32", "q{}.dll"),
        ("darwin", "libq{}.dylib"),
    ]:
        names = native_platforms(platform)
        assert names
        for name in names:
            assert keep_qt_plugin("platforms", plugin_file.format(name))


def test_resources_come_from_the_repository_when_run_from_source():
    assert bundle.resource_dir() == Path(__file__).resolve().parent.parent / "resources"
    assert bundle.icon_path().is_file()


def test_resources_come_from_the_built_folder_when_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundle.is_frozen()
    assert bundle.resource_dir() == tmp_path / "resources"
    assert bundle.icon_path() == tmp_path / "resources" / "icons" / "loyalty-pos.png"
