"""Shared fixtures. Qt runs offscreen here, not only in CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the computer's language; the tests expect English whatever the machine
# running them speaks (a test that wants Hungarian asks for it).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from tests import pg_support

SHOP_TZ = ZoneInfo("Europe/Budapest")

# What an English till shows (loyalty_pos.l10n.locale_for("en") on a machine with no
# English locale), whatever the machine running the tests is set to.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


class FakeClock:
    """A clock the test moves by hand; returns aware local times like the real one."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture(autouse=True)
def _language_kept():
    """A test that switches language (the GUI, the command line) leaves the next one
    speaking as before: English words and "1500 HUF" amounts in messages."""
    from loyalty_pos import l10n

    with l10n.kept():
        yield


@pytest.fixture(scope="session", autouse=True)
def _one_application(qapp):
    """pytest-qt's QApplication exists before any test runs: a command-line test that
    prints cards would otherwise make a bare QGuiApplication first (as the real command
    line does), and every widget test after it would run under the wrong kind."""
    return qapp


@pytest.fixture(autouse=True)
def _silent_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test makes a sound or needs an audio device: every counter window plays its
    scan sounds into a ``RecordingPlayer`` (``window.sounds.player.played``)."""
    from loyalty_pos.ui import sounds

    monkeypatch.setattr(sounds, "make_player", sounds.RecordingPlayer)


@pytest.fixture(autouse=True)
def _no_real_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user database."""
    monkeypatch.setenv("LOYALTY_POS_DB", str(tmp_path / "env-default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 10, 9, 30, tzinfo=SHOP_TZ))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A module marked ``both_backends`` runs each test on a file and on a PostgreSQL
    server (``tests/pg_support.py``); a test marked ``sqlite_only`` there tests
    something only a file has (its pages, its backups) and runs once."""
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    if metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The engine under the shop: "sqlite" (a file) unless the module runs on both.
    ``LOYALTY_POS_TEST_BACKEND=postgresql`` runs every unmarked test on a server too,
    to find what does not work there yet."""
    return getattr(request, "param", os.environ.get("LOYALTY_POS_TEST_BACKEND", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path, backend: str) -> Iterator[Path]:
    """Where the shop is: a file, or (``backend == "postgresql"``) the URL of a fresh
    database on the session's server."""
    if backend == "postgresql":
        server = pg_support.server()
        url = server.fresh()
        yield url  # type: ignore[misc]
        server.drop(url)
        return
    yield tmp_path / "shop.sqlite3"  # type: ignore[misc]


@pytest.fixture(scope="session", autouse=True)
def _pg_server_stopped():
    """The session's PostgreSQL server (if a test started one) stops with the session."""
    yield
    pg_support.stop()


@pytest.fixture
def services(db_path: Path, clock: FakeClock) -> Services:
    s = Services.open(db_path, clock=clock)
    yield s
    s.close()


@pytest.fixture
def coffee(services: Services) -> StampProgram:
    """A '10th coffee free' card."""
    return services.programs.add(StampProgram(0, "Coffee", 10, "Free coffee"))


@pytest.fixture
def member(services: Services, coffee: StampProgram):
    """A member enrolled at the counter, with a generated card number."""
    return services.members.enroll(
        MemberInput("Kovács Éva", phone="+36 30 123 4567", email="eva@example.hu")
    )
