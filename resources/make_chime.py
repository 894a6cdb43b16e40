"""Writes resources/chime.wav: two soft sine tones with a decay, 0.6 s, 44.1 kHz, 16-bit mono.

Run `python resources/make_chime.py` to regenerate it; the output is deterministic.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE, LENGTH_S, PEAK = 44_100, 0.6, 0.32
# (frequency Hz, start s, decay time constant s): a rising major third, E5 then G#5,
# soft enough not to startle a speaker whose microphone picks it up.
TONES = ((659.25, 0.0, 0.16), (830.61, 0.12, 0.2))
ATTACK_S, RELEASE_S = 0.006, 0.05  # no click at the start of a tone or at the end of the file


def sample(t: float) -> float:
    """The chime's value at time t, in -1..1 before the peak scaling."""
    value = 0.0
    for frequency, start, decay in TONES:
        local = t - start
        if local < 0:
            continue
        envelope = min(local / ATTACK_S, 1.0) * math.exp(-local / decay)
        # A quiet octave partial makes the sine sound like a bell rather than a test tone.
        value += envelope * (math.sin(2 * math.pi * frequency * local)
                             + 0.15 * math.sin(4 * math.pi * frequency * local))
    tail = LENGTH_S - t
    return value * min(tail / RELEASE_S, 1.0)


def write(path: Path) -> None:
    frames = int(RATE * LENGTH_S)
    samples = [sample(i / RATE) for i in range(frames)]
    scale = PEAK / max(abs(s) for s in samples)
    data = b"".join(struct.pack("<h", int(round(s * scale * 32767))) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


if __name__ == "__main__":
    write(Path(__file__).with_name("chime.wav"))
