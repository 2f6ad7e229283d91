"""Cartesia speech: interviewer text to audio (text-to-speech) and candidate audio to text with word timings
(speech-to-text). The key comes from settings; without it every call raises NotConfiguredError."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from app.core.config import Settings
from app.core.errors import NotConfiguredError


def _cartesia(settings: Settings, http_client: httpx.Client | None = None) -> Any:
    if not settings.cartesia_api_key:
        raise NotConfiguredError("Cartesia")
    from cartesia import Cartesia  # deferred: only servers with a Cartesia key load its SDK

    kwargs: dict[str, Any] = {"api_key": settings.cartesia_api_key.get_secret_value(), "max_retries": 1,
                              "timeout": 30.0}
    if settings.cartesia_base_url:
        kwargs["base_url"] = settings.cartesia_base_url
    if http_client is not None:
        kwargs["http_client"] = http_client
    return Cartesia(**kwargs)


async def synthesize_speech(settings: Settings, text: str, *, http_client: httpx.Client | None = None) -> bytes:
    """Interviewer text → WAV audio."""
    client = _cartesia(settings, http_client)

    def run() -> bytes:
        response = client.tts.generate(
            model_id="sonic-2", transcript=text, voice={"mode": "id", "id": settings.cartesia_voice_id},
            output_format={"container": "wav", "encoding": "pcm_s16le", "sample_rate": 22050})
        return response.read()

    return await asyncio.to_thread(run)


async def transcribe_speech(settings: Settings, audio: bytes, *, filename: str = "answer.wav",
                            http_client: httpx.Client | None = None) -> dict[str, Any]:
    """Candidate audio → text with word timings (for words per minute and pauses)."""
    client = _cartesia(settings, http_client)

    def run() -> Any:
        return client.stt.transcribe(file=(filename, audio), model="ink-whisper", language="en",
                                     timestamp_granularities=["word"])

    result = await asyncio.to_thread(run)
    words = [(w.start, w.end) for w in (getattr(result, "words", None) or [])]
    return {"text": result.text, "duration_seconds": getattr(result, "duration", None), "word_timings": words}
