"""Delivery measured from the recording of a spoken answer: speaking time, pauses, speaking rate, pitch and loudness
variation. Everything runs locally on the decoded samples (nothing is downloaded, no model is called).

- Decoding: soundfile (libsndfile: WAV, FLAC, OGG/Opus, MP3) and PyAV (FFmpeg) for what libsndfile cannot read
  (WebM/Opus from browsers, M4A/AAC from phones).
- Speech segments: a frame-energy voice-activity detector. Its threshold adapts to the recording (noise floor and
  peak level), so a quiet room and a noisy laptop microphone are judged on their own terms. Gaps shorter than
  MERGE_GAP_SECONDS are the ordinary silences between words and are joined; gaps of PAUSE_SECONDS or more are pauses.
- Pitch and loudness: Praat's pitch tracker (autocorrelation) and intensity contour through praat-parselmouth.
  Pitch variation is the standard deviation of the voiced pitch in semitones around the speaker's own median, so it
  compares voices of any register; loudness variation is the standard deviation of the intensity (dB) over speech.

This is CPU work (about a second per minute of audio, mostly the pitch tracker): callers on the event loop run it
in a worker thread.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.services.assessment import metrics as tm

logger = logging.getLogger(__name__)

FRAME_SECONDS = 0.03
HOP_SECONDS = 0.01
MERGE_GAP_SECONDS = 0.25  # shorter silences are the gaps between words and syllables
PAUSE_SECONDS = 0.6  # the same threshold as the word-timing pauses (metrics.pause_stats)
MIN_SEGMENT_SECONDS = 0.08  # clicks and breaths shorter than this are not speech
MAX_ANALYSIS_SECONDS = 900.0  # longer recordings are measured on their first 15 minutes
# Below this a file's header cannot be right for speech (telephone audio is 8 kHz): trusting it would stretch a
# two-second clip into minutes of "speaking time".
MIN_SAMPLE_RATE = 4000
TARGET_RATE = 16000


class AudioDecodeError(ValueError):
    """The bytes are not audio we can decode."""


@dataclass
class Decoded:
    samples: np.ndarray  # mono float32 in [-1, 1]
    sample_rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate if self.sample_rate else 0.0


def decode_audio(data: bytes) -> Decoded:
    """Mono float32 samples of an audio file in any common container (WAV, FLAC, OGG, MP3, WebM, M4A)."""
    if not data:
        raise AudioDecodeError("empty audio")
    try:
        decoded = _decode_soundfile(data)
    except Exception:  # libsndfile does not read this container: FFmpeg does
        try:
            decoded = _decode_av(data)
        except Exception as exc:
            raise AudioDecodeError(f"not a decodable audio file ({type(exc).__name__})") from exc
    if decoded.samples.size == 0:
        raise AudioDecodeError("the audio holds no samples")
    if decoded.sample_rate < MIN_SAMPLE_RATE:
        raise AudioDecodeError(f"a sample rate of {decoded.sample_rate} Hz cannot hold speech")
    limit = int(MAX_ANALYSIS_SECONDS * decoded.sample_rate)
    if decoded.samples.size > limit:
        decoded.samples = decoded.samples[:limit]
    return decoded


def _decode_soundfile(data: bytes) -> Decoded:
    import soundfile  # deferred with av below: only spoken answers need the audio stack (it loads native libs)

    samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    return Decoded(samples.mean(axis=1).astype(np.float32), int(rate))


def _decode_av(data: bytes) -> Decoded:
    import av  # deferred: see _decode_soundfile

    chunks: list[np.ndarray] = []
    with av.open(io.BytesIO(data)) as container:
        stream = next(s for s in container.streams if s.type == "audio")
        resampler = av.AudioResampler(format="flt", layout="mono", rate=TARGET_RATE)
        for frame in container.decode(stream):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
        for out in resampler.resample(None):  # flush
            chunks.append(out.to_ndarray().reshape(-1))
    samples = np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)
    return Decoded(samples, TARGET_RATE)


def speech_segments(samples: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """(start, end) seconds of speech, by frame energy against a threshold fitted to this recording."""
    frame, hop = max(1, int(FRAME_SECONDS * rate)), max(1, int(HOP_SECONDS * rate))
    if samples.size < frame:
        return []
    windows = np.lib.stride_tricks.sliding_window_view(samples, frame)[::hop]
    rms = np.sqrt(np.mean(np.square(windows, dtype=np.float64), axis=1))
    level = 20 * np.log10(rms + 1e-10)
    floor, peak = float(np.percentile(level, 10)), float(np.percentile(level, 99))
    if peak < -60 or peak - floor < 10:  # silence, or a steady hum with nothing standing out of it
        return []
    threshold = max(floor + 0.35 * (peak - floor), peak - 35.0)
    voiced = level > threshold
    segments: list[list[float]] = []
    start = None
    for i, on in enumerate(voiced):
        if on and start is None:
            start = i
        elif not on and start is not None:
            segments.append([start * HOP_SECONDS, (i - 1) * HOP_SECONDS + FRAME_SECONDS])
            start = None
    if start is not None:
        segments.append([start * HOP_SECONDS, (len(voiced) - 1) * HOP_SECONDS + FRAME_SECONDS])
    merged: list[list[float]] = []
    for seg in segments:
        if merged and seg[0] - merged[-1][1] < MERGE_GAP_SECONDS:
            merged[-1][1] = seg[1]
        else:
            merged.append(seg)
    return [(round(a, 3), round(b, 3)) for a, b in merged if b - a >= MIN_SEGMENT_SECONDS]


def voiced_contours(samples: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Pitch (Hz) and intensity (dB) of the voiced frames of a stretch of audio. Stretches of one recording can be
    analysed separately (as a live recorder does while the candidate speaks) and their contours concatenated."""
    import parselmouth  # deferred: see _decode_soundfile

    if samples.size < int(0.1 * rate):
        return np.zeros(0), np.zeros(0)
    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=rate)
    pitch = sound.to_pitch(time_step=HOP_SECONDS, pitch_floor=75.0, pitch_ceiling=500.0)
    f0 = pitch.selected_array["frequency"]
    voiced = f0 > 0
    if not voiced.any():
        return np.zeros(0), np.zeros(0)
    # Loudness over voiced frames only (vowels and voiced consonants): silences and the dips of unvoiced
    # consonants would otherwise dominate the spread and say nothing about emphasis.
    intensity = sound.to_intensity(minimum_pitch=75.0, time_step=HOP_SECONDS)
    db = np.interp(pitch.xs()[voiced], intensity.xs(), intensity.values[0])
    return f0[voiced], db


def prosody_stats(f0: np.ndarray, db: np.ndarray) -> dict[str, float | None]:
    """Pitch variation in semitones around the speaker's median, and loudness variation in dB."""
    out: dict[str, float | None] = {"pitch_median_hz": None, "pitch_sd_semitones": None, "loudness_sd_db": None}
    if f0.size < 10:
        return out
    median = float(np.median(f0))
    semitones = 12 * np.log2(f0 / median)
    # Octave jumps of the tracker are errors, not intonation: keep the speaker's plausible range.
    semitones = semitones[np.abs(semitones) <= 12]
    out["pitch_median_hz"] = round(median, 1)
    out["pitch_sd_semitones"] = round(float(np.std(semitones)), 2) if semitones.size >= 10 else None
    out["loudness_sd_db"] = round(float(np.std(db)), 2)
    return out


def measure_speech(data: bytes | Decoded, *, word_count: int | None = None,
                   contours: tuple[np.ndarray, np.ndarray] | None = None) -> dict[str, Any]:
    """Delivery measures of one spoken answer. `word_count` (from the transcript) gives words per minute over the
    time actually spent speaking; `contours` are the voiced pitch and intensity when already computed (live
    audio). Raises AudioDecodeError for bytes that are not audio."""
    decoded = data if isinstance(data, Decoded) else decode_audio(data)
    samples, rate = decoded.samples, decoded.sample_rate
    segments = speech_segments(samples, rate)
    result: dict[str, Any] = {"source": "audio", "duration_seconds": round(decoded.duration, 2),
                              "speaking_seconds": 0.0, "pause_count": 0, "longest_pause_seconds": 0.0,
                              "pauses_per_minute": 0.0, "pause_seconds_per_minute": 0.0, "words_per_minute": None,
                              "pitch_median_hz": None, "pitch_sd_semitones": None, "loudness_sd_db": None}
    if not segments:
        return result
    speaking = sum(b - a for a, b in segments)
    gaps = [b[0] - a[1] for a, b in zip(segments, segments[1:], strict=False)]
    pauses = [g for g in gaps if g >= PAUSE_SECONDS]
    span_minutes = (segments[-1][1] - segments[0][0]) / 60.0  # leading and trailing silence are not pauses
    result.update(
        speaking_seconds=round(speaking, 2),
        speech_start_seconds=segments[0][0],
        speech_end_seconds=segments[-1][1],
        pause_count=len(pauses),
        longest_pause_seconds=round(max(pauses), 2) if pauses else 0.0,
        pauses_per_minute=round(len(pauses) / span_minutes, 2) if span_minutes > 0 else 0.0,
        pause_seconds_per_minute=round(sum(pauses) / span_minutes, 2) if span_minutes > 0 else 0.0,
    )
    if word_count and speaking > 0:
        result["words_per_minute"] = round(word_count / (speaking / 60.0), 1)
    try:
        result.update(prosody_stats(*(contours if contours is not None else voiced_contours(samples, rate))))
    except Exception as exc:  # a pitch tracker failure must not cost the answer its other measures
        logger.warning("Pitch and loudness analysis failed: %s: %s", type(exc).__name__, exc)
    return result


def combine_measures(parts: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One question's measures from those of its answer and follow-up answers: totals add up, the longest pause is
    the longest of all, rates are recomputed over the combined time, and pitch and loudness spreads are averaged
    weighted by speaking time."""
    parts = [p for p in parts if p and p.get("speaking_seconds")]
    if not parts:
        return None
    if len(parts) == 1:
        return dict(parts[0])
    speaking = sum(p["speaking_seconds"] for p in parts)
    span_minutes = sum((p.get("speech_end_seconds", 0) - p.get("speech_start_seconds", 0)) for p in parts) / 60
    pause_count = sum(p["pause_count"] for p in parts)
    pause_seconds = sum(p["pause_seconds_per_minute"] * (p.get("speech_end_seconds", 0)
                                                         - p.get("speech_start_seconds", 0)) / 60 for p in parts)
    words = sum((p.get("words_per_minute") or 0) * p["speaking_seconds"] / 60 for p in parts)

    def weighted(key: str) -> float | None:
        known = [(p[key], p["speaking_seconds"]) for p in parts if p.get(key) is not None]
        total = sum(w for _, w in known)
        return round(sum(v * w for v, w in known) / total, 2) if total else None

    return {
        "source": "audio", "duration_seconds": round(sum(p.get("duration_seconds", 0) for p in parts), 2),
        "speaking_seconds": round(speaking, 2), "speech_start_seconds": 0.0,
        "speech_end_seconds": round(span_minutes * 60, 2), "pause_count": pause_count,
        "longest_pause_seconds": max(p["longest_pause_seconds"] for p in parts),
        "pauses_per_minute": round(pause_count / span_minutes, 2) if span_minutes else 0.0,
        "pause_seconds_per_minute": round(pause_seconds / span_minutes, 2) if span_minutes else 0.0,
        "words_per_minute": round(words / (speaking / 60), 1) if words else None,
        "pitch_median_hz": weighted("pitch_median_hz"), "pitch_sd_semitones": weighted("pitch_sd_semitones"),
        "loudness_sd_db": weighted("loudness_sd_db"),
    }


def with_transcript(measures: dict[str, Any], transcript: str) -> dict[str, Any]:
    """The measures with words per minute over speaking time, once the words are known."""
    count = len(tm.words(transcript))
    speaking = measures.get("speaking_seconds") or 0.0
    return measures | {"word_count": count,
                       "words_per_minute": round(count / (speaking / 60.0), 1) if count and speaking else None}
