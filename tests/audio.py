"""Speech recordings made here for tests and benchmarks: espeak-ng speaks, sox pads with known silences.

`.ci/run` installs both when absent (Debian packages espeak-ng and sox).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

SENTENCES = (
    "At my last job I led the migration of our billing system to a new provider.",
    "I wrote the rollout plan and moved one customer group every week.",
    "We cut failed payments by thirty percent in two months.",
)


def speak(text: str, path: Path, *, wpm: int = 150, pitch: int = 50, amplitude: int = 100) -> Path:
    """`text` spoken by espeak-ng at about `wpm` words per minute, as a 22.05 kHz mono WAV (pitch 0-99, amplitude
    0-200: espeak-ng's own scales)."""
    args = ["espeak-ng", "-s", str(wpm), "-p", str(pitch), "-a", str(amplitude), "-w", str(path), text]
    subprocess.run(args, check=True, capture_output=True)
    return path


def answer_with_pauses(pauses: list[float], *, wpm: int = 150, sentences: tuple[str, ...] = SENTENCES,
                       rate: int | None = None, pitches: list[int] | None = None,
                       amplitudes: list[int] | None = None) -> bytes:
    """The sentences spoken in turn with a silence of pauses[i] seconds after sentence i (WAV bytes), each at its
    own pitch and amplitude when given."""
    assert len(pauses) == len(sentences) - 1
    pitches = pitches or [50] * len(sentences)
    amplitudes = amplitudes or [100] * len(sentences)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        parts = []
        for i, sentence in enumerate(sentences):
            spoken = speak(sentence, root / f"s{i}.wav", wpm=wpm, pitch=pitches[i], amplitude=amplitudes[i])
            if i < len(pauses):
                padded = root / f"p{i}.wav"
                subprocess.run(["sox", str(spoken), str(padded), "pad", "0", str(pauses[i])], check=True)
                spoken = padded
            parts.append(str(spoken))
        out = root / "answer.wav"
        subprocess.run(["sox", *parts, *(["-r", str(rate)] if rate else []), str(out)], check=True)
        return out.read_bytes()


def trailing_silence(text: str, *, wpm: int = 150) -> float:
    """Seconds of silence espeak-ng leaves after `text` (part of any pause that follows it)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = speak(text, Path(tmp) / "s.wav", wpm=wpm)
        total = float(subprocess.run(["soxi", "-D", str(path)], check=True, capture_output=True,
                                     text=True).stdout)
        trimmed = Path(tmp) / "t.wav"
        subprocess.run(["sox", str(path), str(trimmed), "reverse", "silence", "1", "0.01", "0.5%", "reverse"],
                       check=True)
        kept = float(subprocess.run(["soxi", "-D", str(trimmed)], check=True, capture_output=True,
                                    text=True).stdout)
        return total - kept


def speech_seconds(text: str, *, wpm: int = 150) -> float:
    """How long espeak-ng actually speaks `text`, leading and trailing silence trimmed by sox."""
    with tempfile.TemporaryDirectory() as tmp:
        path = speak(text, Path(tmp) / "s.wav", wpm=wpm)
        trimmed = Path(tmp) / "t.wav"
        subprocess.run(["sox", str(path), str(trimmed), "silence", "1", "0.01", "0.5%", "reverse", "silence", "1",
                        "0.01", "0.5%", "reverse"], check=True)
        return float(subprocess.run(["soxi", "-D", str(trimmed)], check=True, capture_output=True,
                                    text=True).stdout)
