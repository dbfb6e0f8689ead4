"""Write the two scan sounds: ``scan-taken.wav`` and ``scan-refused.wav``.

    uv run python resources/sounds/make_sounds.py

Both are drawn here from sine waves with the standard library (``wave``, ``math``), so
they carry no licence but the project's and can be changed by editing numbers. The
outputs are committed; run this again only to change a sound.

- **Taken**: two short high tones going up (E6 then A6, 60 + 80 ms): the bright "got
  it" a cashier stops listening for after a day.
- **Refused**: two low, buzzy tones going down (E4 then C4, 150 ms each, a 60 ms gap),
  made of odd harmonics like a square wave so a cheap speaker still plays them: it must
  be told apart from "taken" without looking, by pitch, length and direction.

16-bit mono PCM at 44.1 kHz, the format every ``QSoundEffect`` backend and Windows'
``winsound`` play; each tone fades in and out over a few milliseconds so the speaker
does not click.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATE = 44_100
FADE = 0.006  # seconds of fade at each end of a tone


def tone(
    freq: float, seconds: float, volume: float, harmonics: tuple[float, ...] = (1.0,)
) -> list[float]:
    """One tone: ``harmonics[k]`` is the weight of the (2k+1)-th harmonic."""
    count = int(RATE * seconds)
    fade = int(RATE * FADE)
    weight = sum(harmonics)
    out = []
    for i in range(count):
        t = i / RATE
        value = sum(
            w * math.sin(2 * math.pi * freq * (2 * k + 1) * t) for k, w in enumerate(harmonics)
        )
        edge = min(1.0, i / fade, (count - 1 - i) / fade)
        out.append(volume * edge * value / weight)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> Path:
    path = HERE / name
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))
    return path


def main() -> None:
    taken = tone(1318.5, 0.060, 0.45) + tone(1760.0, 0.080, 0.45) + silence(0.02)
    buzz = (1.0, 0.33, 0.2)
    refused = (
        tone(329.6, 0.150, 0.6, buzz) + silence(0.060) + tone(261.6, 0.150, 0.6, buzz)
    ) + silence(0.02)
    for path in (write("scan-taken.wav", taken), write("scan-refused.wav", refused)):
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
