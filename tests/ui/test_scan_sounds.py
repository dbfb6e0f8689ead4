"""The scan sounds: "taken" and "refused", switched in Settings, never heard in tests.

Every test plays into a ``RecordingPlayer`` (tests/conftest.py replaces
``sounds.make_player``), so these tests check what would have been played.
"""

from __future__ import annotations

import wave

from PySide6.QtCore import Qt

from loyalty_pos.ui import sounds
from loyalty_pos.ui.settings_dialog import SettingsDialog
from loyalty_pos.ui.sounds import REFUSED, TAKEN, BeepPlayer, ScanSounds

PRODUCT = "5901234123457"


def test_a_taken_scan_and_a_refused_one_sound_different(window, cashier, member):
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), PRODUCT)
    assert window.sounds.player.played == [TAKEN, REFUSED]


def test_a_code_typed_by_hand_makes_no_sound(qtbot, window, cashier, member):
    """Only the scanner's burst is a scan; a person typing reads the banner."""
    cashier.slow_typing(window)
    qtbot.keyClicks(window.search, member.card_number)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.current_member.id == member.id
    assert window.sounds.player.played == []


def test_the_owner_switches_the_sounds_off_in_settings(
    qtbot, window, cashier, services, member, owner_signed_in
):
    dialog = SettingsDialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.scan_sounds.isChecked()  # on unless the owner says otherwise
    dialog.scan_sounds.setChecked(False)
    dialog.save()
    assert services.display.get().scan_sounds is False
    cashier.scan(window.search, member.card_number)
    cashier.scan(cashier.focused(), PRODUCT)
    assert window.sounds.player.played == []  # read at each scan: no restart needed
    assert SettingsDialog(services, window).scan_sounds.isChecked() is False


def test_a_broken_player_never_stops_a_scan(window, cashier, member):
    class Broken:
        def play(self, kind: str) -> None:
            raise OSError("no audio device")

    window.sounds.use(Broken())
    cashier.scan(window.search, member.card_number)
    assert window.current_member.id == member.id


def test_the_platform_beep_beeps_once_for_taken_and_twice_for_refused(qtbot):
    beeps: list[int] = []
    player = BeepPlayer(lambda: beeps.append(1))
    player.play(TAKEN)
    assert len(beeps) == 1
    player.play(REFUSED)
    qtbot.waitUntil(lambda: len(beeps) == 3, timeout=1000)


def test_the_player_is_made_at_the_first_sound_only(monkeypatch):
    made: list[object] = []

    def make() -> sounds.RecordingPlayer:
        made.append(sounds.RecordingPlayer())
        return made[-1]

    monkeypatch.setattr(sounds, "make_player", make)
    on = [False]
    scan_sounds = ScanSounds(lambda: on[0])
    scan_sounds.play(True)
    assert made == []  # sounds off: QtMultimedia is never loaded
    on[0] = True
    scan_sounds.play(False)
    scan_sounds.play(True)
    assert len(made) == 1 and made[0].played == [REFUSED, TAKEN]


def test_the_two_sounds_are_short_clear_wav_files():
    lengths = {}
    for kind in sounds.KINDS:
        with wave.open(str(sounds.sound_file(kind))) as w:
            assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 44100)
            lengths[kind] = w.getnframes() / w.getframerate()
    assert 0.1 < lengths[TAKEN] < 0.25  # a blip
    assert lengths[REFUSED] > lengths[TAKEN] + 0.1  # longer, so it can't be mistaken
    assert lengths[REFUSED] < 0.5
