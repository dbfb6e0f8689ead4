"""The two scan sounds: one when a scan was taken, another when it was refused.

The cashier's eyes are on the customer, not on the screen, so the ear has to say
whether the card went in. Playing goes through a small ``Player`` protocol so that the
test suite (and a till without speakers) never makes a noise or needs an audio device:
``make_player`` is the one factory, and tests replace it with ``RecordingPlayer``.

Which player a till gets, best first:

1. ``QSoundEffect`` (QtMultimedia) playing ``resources/sounds/*.wav``: low latency, the
   two sounds are loaded once. Needs QtMultimedia and its audio libraries (PulseAudio on
   Linux); where those are missing it goes on to 2 or 3.
2. ``winsound`` on Windows (standard library), the same WAV files, asynchronously.
3. The platform beep (``QApplication.beep``): once for taken, twice for refused.

The owner switches the sounds off in Settings (``scan_sounds``, stored with the shop
like the text size); ``ScanSounds`` reads that switch at each scan so a change needs no
restart.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from ..bundle import resource_dir

log = logging.getLogger(__name__)

TAKEN = "taken"
REFUSED = "refused"
KINDS = (TAKEN, REFUSED)
SECOND_BEEP_MS = 160  # the gap between the refused sound's two platform beeps


def sound_file(kind: str) -> Path:
    """``resources/sounds/scan-taken.wav`` or ``scan-refused.wav``."""
    return resource_dir() / "sounds" / f"scan-{kind}.wav"


class Player(Protocol):
    """Something that makes the sound ``kind`` (``TAKEN`` or ``REFUSED``) now."""

    def play(self, kind: str) -> None: ...


class RecordingPlayer:
    """Plays nothing and remembers what it was asked: the tests' player."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, kind: str) -> None:
        self.played.append(kind)


class BeepPlayer:
    """The platform beep: one for taken, two for refused (the last resort)."""

    def __init__(self, beep: Callable[[], None] = QApplication.beep) -> None:
        self.beep = beep

    def play(self, kind: str) -> None:
        self.beep()
        if kind == REFUSED:
            QTimer.singleShot(SECOND_BEEP_MS, self.beep)


class WinSoundPlayer:
    """Windows' own WAV player (``winsound``), for the built app without QtMultimedia."""

    def __init__(self) -> None:
        import winsound  # Windows only; make_player checks the platform first

        self._winsound = winsound

    def play(self, kind: str) -> None:
        flags = self._winsound.SND_FILENAME | self._winsound.SND_ASYNC
        self._winsound.PlaySound(str(sound_file(kind)), flags | self._winsound.SND_NODEFAULT)


class SoundEffectPlayer(QObject):
    """``QSoundEffect`` with the two WAVs loaded once; beeps while one can't play."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QSoundEffect  # may fail: see make_player

        self._fallback = BeepPlayer()
        self._effects = {}
        for kind in KINDS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_file(kind))))
            effect.setVolume(0.7)
            self._effects[kind] = effect
        self._error = QSoundEffect.Status.Error

    def play(self, kind: str) -> None:
        effect = self._effects[kind]
        if effect.status() == self._error:  # no audio device, or a broken file
            self._fallback.play(kind)
            return
        effect.play()


def make_player() -> Player:
    """The best player this computer has (see the module's notes)."""
    try:
        return SoundEffectPlayer(QApplication.instance())
    except Exception as err:  # ImportError, or OSError for a missing libpulse
        log.info("QtMultimedia can't play the scan sounds (%s)", err)
    if sys.platform == "win32":
        try:
            return WinSoundPlayer()
        except Exception:  # an audio backend that fails to load: the scans stay silent
            log.exception("winsound can't play the scan sounds")
    return BeepPlayer()


class ScanSounds:
    """Plays "taken" or "refused" for a scan, when the shop has the sounds on.

    ``enabled`` is asked at every scan (the owner may have just switched the sounds
    off); the player is made at the first sound, so a till whose sounds are off never
    loads QtMultimedia.
    """

    def __init__(self, enabled: Callable[[], bool], player: Player | None = None) -> None:
        self.enabled = enabled
        self._player = player

    @property
    def player(self) -> Player:
        if self._player is None:
            self._player = make_player()
        return self._player

    def use(self, player: Player) -> None:
        """Play through ``player`` from now on (a test's recorder, a check's silence)."""
        self._player = player

    def play(self, taken: bool) -> None:
        try:
            if not self.enabled():
                return
            self.player.play(TAKEN if taken else REFUSED)
        except Exception:  # a sound must never stop a scan
            log.exception("playing the scan sound")
