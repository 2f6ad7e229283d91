"""Delivery measured from recordings made here (espeak-ng speech, sox silences): the known pauses and speaking
rate come back within tolerances, in WAV and in a browser's WebM/Opus."""

from __future__ import annotations

import io

import av
import numpy as np
import pytest
import soundfile

from app.services.assessment.audio import AudioDecodeError, combine_measures, measure_speech, with_transcript
from app.services.assessment.scoring import score_answer
from tests.audio import SENTENCES, answer_with_pauses, speech_seconds, trailing_silence

WORDS = sum(len(s.split()) for s in SENTENCES)


def test_known_pauses_are_found_and_timed():
    m = measure_speech(answer_with_pauses([1.0, 2.5]))
    tail = trailing_silence(SENTENCES[1])  # espeak's own silence after a sentence is part of the pause
    assert m["pause_count"] == 2
    assert m["longest_pause_seconds"] == pytest.approx(2.5 + tail, abs=0.15)
    minutes = (m["speech_end_seconds"] - m["speech_start_seconds"]) / 60
    assert m["pauses_per_minute"] == pytest.approx(2 / minutes, rel=0.02)
    assert m["pause_seconds_per_minute"] == pytest.approx((1.0 + 2.5 + 2 * tail) / minutes, rel=0.08)


def test_word_gaps_are_not_pauses():
    m = measure_speech(answer_with_pauses([0.0, 0.0]))
    assert m["pause_count"] == 0 and m["longest_pause_seconds"] == 0.0


@pytest.mark.parametrize("wpm", [120, 200])
def test_speaking_rate_over_speaking_time(wpm):
    spoken = sum(speech_seconds(s, wpm=wpm) for s in SENTENCES)
    m = with_transcript(measure_speech(answer_with_pauses([1.5, 1.5], wpm=wpm)), " ".join(SENTENCES))
    assert m["word_count"] == WORDS
    assert m["speaking_seconds"] == pytest.approx(spoken, rel=0.1)
    assert m["words_per_minute"] == pytest.approx(WORDS / (spoken / 60), rel=0.1)


def test_faster_speech_measures_faster():
    slow = with_transcript(measure_speech(answer_with_pauses([1, 1], wpm=110)), " ".join(SENTENCES))
    fast = with_transcript(measure_speech(answer_with_pauses([1, 1], wpm=220)), " ".join(SENTENCES))
    assert 1.5 < fast["words_per_minute"] / slow["words_per_minute"] < 2.5


def test_pitch_and_loudness_variation():
    plain = measure_speech(answer_with_pauses([0.5, 0.5]))
    varied = measure_speech(answer_with_pauses([0.5, 0.5], pitches=[15, 85, 15]))
    louder = measure_speech(answer_with_pauses([0.5, 0.5], amplitudes=[30, 200, 30]))
    assert 70 < plain["pitch_median_hz"] < 200  # espeak's default male voice
    assert varied["pitch_sd_semitones"] > plain["pitch_sd_semitones"] + 0.5
    assert louder["loudness_sd_db"] > plain["loudness_sd_db"] + 1.5
    scores = {name: score_answer({"word_count": 40, "audio": m})["vocal_variety"] for name, m in
              (("plain", plain), ("varied", varied))}
    assert scores["varied"]["score"] > scores["plain"]["score"]
    assert scores["plain"]["source"] == "audio" and "semitones" in scores["plain"]["evidence"]


def test_browser_webm_opus_is_decoded():
    wav = answer_with_pauses([1.5, 0.0])
    samples, rate = soundfile.read(io.BytesIO(wav), dtype="int16")
    buf = io.BytesIO()
    with av.open(buf, "w", format="webm") as out:
        stream = out.add_stream("libopus", rate=48000)
        stream.layout = "mono"
        resampled = av.AudioResampler(format="s16", layout="mono", rate=48000)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        for f in resampled.resample(frame) + resampled.resample(None):
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    webm = buf.getvalue()
    assert webm[:4] == b"\x1a\x45\xdf\xa3"  # EBML: a WebM file, which libsndfile cannot read
    m_webm, m_wav = measure_speech(webm), measure_speech(wav)
    assert m_webm["pause_count"] == m_wav["pause_count"] == 1
    assert m_webm["speaking_seconds"] == pytest.approx(m_wav["speaking_seconds"], rel=0.05)


def test_silence_and_garbage():
    silent = io.BytesIO()
    soundfile.write(silent, np.zeros(16000, dtype=np.float32), 16000, format="WAV")
    m = measure_speech(silent.getvalue())
    assert m["speaking_seconds"] == 0 and m["pause_count"] == 0 and m["pitch_sd_semitones"] is None
    with pytest.raises(AudioDecodeError):
        measure_speech(b"RIFF" + b"\x00" * 400)
    with pytest.raises(AudioDecodeError):
        measure_speech(b"")
    # Two seconds of audio whose header claims 100 Hz would measure as minutes of speech: not taken as speech.
    mislabelled = io.BytesIO()
    soundfile.write(mislabelled, np.zeros(200, dtype=np.float32), 100, format="WAV")
    with pytest.raises(AudioDecodeError, match="100 Hz"):
        measure_speech(mislabelled.getvalue())


def test_answer_and_follow_up_combine():
    a = with_transcript(measure_speech(answer_with_pauses([2.0, 0.0])), " ".join(SENTENCES))
    b = with_transcript(measure_speech(answer_with_pauses([0.0, 1.0])), " ".join(SENTENCES))
    both = combine_measures([a, None, b])
    assert both["pause_count"] == a["pause_count"] + b["pause_count"] == 2
    assert both["longest_pause_seconds"] == max(a["longest_pause_seconds"], b["longest_pause_seconds"])
    assert both["speaking_seconds"] == pytest.approx(a["speaking_seconds"] + b["speaking_seconds"], abs=0.02)
    assert both["words_per_minute"] == pytest.approx(2 * WORDS / (both["speaking_seconds"] / 60), rel=0.01)
    assert combine_measures([None, {}]) is None
