"""The candidate's audio, kept per utterance and measured as it arrives.

The agent's speech-to-text node passes every input frame through `UtteranceRecorder.push`. Pitch and loudness
contours (the costly part of the delivery measures) are computed in the background on each few seconds of audio
while the candidate is still speaking, so when the turn ends only the last stretch remains and the interviewer's
reply is not held up by the analysis.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import numpy as np

from app.services.assessment.audio import Decoded, measure_speech, voiced_contours, with_transcript

logger = logging.getLogger(__name__)
BLOCK_SECONDS = 3.0
MAX_SECONDS = 600.0  # an utterance is measured on at most its last ten minutes


class UtteranceRecorder:
    def __init__(self) -> None:
        self.rate = 0
        self._chunks: list[np.ndarray] = []
        self._samples = 0
        self._analysed = 0  # samples whose contours are computed or being computed
        self._contours: list[asyncio.Future[tuple[np.ndarray, np.ndarray]]] = []

    def push(self, data: memoryview | bytes, sample_rate: int, channels: int) -> None:
        """One input frame (16-bit PCM, interleaved)."""
        pcm = np.frombuffer(data, dtype=np.int16)
        if channels > 1:
            pcm = pcm.reshape(-1, channels).mean(axis=1)
        if self.rate and sample_rate != self.rate:  # a new track with another rate: start over
            self.reset()
        self.rate = sample_rate
        self._chunks.append(pcm.astype(np.float32) / 32768.0)
        self._samples += len(pcm)
        if self._samples > MAX_SECONDS * self.rate:
            self._compact(int(MAX_SECONDS * self.rate))
        if self._samples - self._analysed >= BLOCK_SECONDS * self.rate:
            self._analyse_block()

    def _audio(self) -> np.ndarray:
        if len(self._chunks) > 1:
            self._chunks = [np.concatenate(self._chunks)]
        return self._chunks[0] if self._chunks else np.zeros(0, np.float32)

    def _compact(self, keep: int) -> None:
        audio = self._audio()[-keep:]
        dropped = self._samples - len(audio)
        self._chunks, self._samples = [audio], len(audio)
        self._analysed = max(0, self._analysed - dropped)

    def _analyse_block(self) -> None:
        block = self._audio()[self._analysed:self._samples]
        self._analysed = self._samples
        loop = asyncio.get_running_loop()
        self._contours.append(loop.run_in_executor(None, voiced_contours, block, self.rate))

    def reset(self) -> None:
        for pending in self._contours:
            pending.cancel()
        self.__init__()  # type: ignore[misc]

    async def finish(self, transcript: str) -> dict[str, Any] | None:
        """The measures of the utterance recorded since the last call, then start a new one."""
        if not self._samples:
            return None
        audio, rate = self._audio()[: self._samples], self.rate
        tail = audio[self._analysed:]
        pending = list(self._contours)
        self.reset()
        try:
            tail_contours = await asyncio.to_thread(voiced_contours, tail, rate)
            parts = [await p for p in pending] + [tail_contours]
            f0 = np.concatenate([p[0] for p in parts])
            db = np.concatenate([p[1] for p in parts])
            measured = await asyncio.to_thread(measure_speech, Decoded(audio, rate), contours=(f0, db))
        except Exception:  # the answer still counts without its delivery measures
            logger.exception("Measuring the spoken answer failed")
            return None
        return with_transcript(measured, transcript) if measured.get("speaking_seconds") else None
