"""Cartesia speech: interviewer text to audio (text-to-speech) and candidate audio to text with word timings
(speech-to-text). The key comes from settings; without it every call raises NotConfiguredError.

`TurnSpeech` serves an interviewer turn as audio: streamed from Cartesia's bytes endpoint as it is synthesized, and
kept in the file storage so the next request for the same turn (same voice settings) is served without Cartesia.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from app.core.config import Settings
from app.core.errors import NotConfiguredError, UnavailableError
from app.services.storage import Storage

logger = logging.getLogger(__name__)


def _cartesia_kwargs(settings: Settings, what: str, http_client: httpx.Client | httpx.AsyncClient | None
                     ) -> dict[str, Any]:
    if not settings.cartesia_api_key:
        raise NotConfiguredError(what)
    kwargs: dict[str, Any] = {"api_key": settings.cartesia_api_key.get_secret_value(), "max_retries": 1,
                              "timeout": settings.cartesia_timeout_seconds}
    if settings.cartesia_base_url:
        kwargs["base_url"] = settings.cartesia_base_url
    if http_client is not None:
        kwargs["http_client"] = http_client
    return kwargs


def _cartesia(settings: Settings, http_client: httpx.Client | None = None) -> Any:
    kwargs = _cartesia_kwargs(settings, "Cartesia", http_client)
    from cartesia import Cartesia  # deferred: only servers with a Cartesia key load its SDK

    return Cartesia(**kwargs)


def _async_cartesia(settings: Settings, http_client: httpx.AsyncClient | None = None) -> Any:
    kwargs = _cartesia_kwargs(settings, "Text-to-speech (Cartesia)", http_client)
    from cartesia import AsyncCartesia  # deferred: see _cartesia

    return AsyncCartesia(**kwargs)


def tts_output(settings: Settings) -> tuple[dict[str, Any], str, str]:
    """Cartesia's output format for the configured container, with its media type and file extension."""
    rate = settings.cartesia_tts_sample_rate
    if settings.cartesia_tts_format == "wav":
        return {"container": "wav", "encoding": "pcm_s16le", "sample_rate": rate}, "audio/wav", "wav"
    return {"container": "mp3", "sample_rate": rate, "bit_rate": 128000}, "audio/mpeg", "mp3"


async def stream_speech(settings: Settings, text: str, *, http_client: httpx.AsyncClient | None = None
                        ) -> AsyncIterator[bytes]:
    """Interviewer text → audio in the configured format, chunk by chunk as Cartesia synthesizes it."""
    client = _async_cartesia(settings, http_client)
    output_format, _, _ = tts_output(settings)
    try:
        async with client.tts.with_streaming_response.generate(
                model_id=settings.cartesia_tts_model, transcript=text, voice={"id": settings.cartesia_voice_id},
                output_format=output_format, language=settings.cartesia_language) as response:
            async for chunk in response.iter_bytes():
                if chunk:
                    yield chunk
    finally:
        if http_client is None:
            await client.close()


async def synthesize_speech(settings: Settings, text: str, *, http_client: httpx.AsyncClient | None = None) -> bytes:
    """Interviewer text → the whole audio file in the configured format."""
    return b"".join([chunk async for chunk in stream_speech(settings, text, http_client=http_client)])


@dataclass
class SpokenTurn:
    media_type: str
    cached: bytes | None  # the whole file when it was in the cache
    stream: AsyncIterator[bytes] | None  # else the audio as it is synthesized (and cached once complete); neither: HEAD


class TurnSpeech:
    """Interviewer turns as audio, synthesized once per turn and voice, then served from the file storage."""

    def __init__(self, settings: Settings, storage: Storage, http_client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self.storage = storage
        self.http_client = http_client

    def cache_key(self, session_id: int, turn: int, text: str) -> str:
        """Derived from the session, the turn and everything that changes the sound (voice, model, format, rate,
        language, and the words themselves)."""
        s = self.settings
        voice = "|".join((s.cartesia_voice_id, s.cartesia_tts_model, s.cartesia_tts_format,
                          str(s.cartesia_tts_sample_rate), s.cartesia_language, text))
        digest = hashlib.sha256(voice.encode()).hexdigest()[:20]
        return f"speech/{session_id}/turn-{turn}-{digest}.{tts_output(s)[2]}"

    async def speak(self, session_id: int, turn: int, text: str, *, synthesize: bool = True) -> SpokenTurn:
        """The turn's audio from the cache, else streamed as it is synthesized; with `synthesize=False` (a HEAD
        request) a turn not cached yet comes back with neither, and nothing is paid for."""
        if not self.settings.cartesia_api_key:
            raise NotConfiguredError("Text-to-speech (Cartesia)")
        _, media_type, _ = tts_output(self.settings)
        key = self.cache_key(session_id, turn, text)
        try:
            return SpokenTurn(media_type, await self.storage.get(key), None)
        except FileNotFoundError:
            if not synthesize:
                return SpokenTurn(media_type, None, None)
        # The first chunk is awaited here, so a provider failure is an error response rather than a cut stream.
        chunks = stream_speech(self.settings, text, http_client=self.http_client)
        try:
            first = await anext(chunks, b"")
        except Exception as exc:
            logger.warning("Text-to-speech failed (%s)", type(exc).__name__)
            raise UnavailableError("The text-to-speech provider did not answer; try again shortly") from exc
        return SpokenTurn(media_type, None, self._relay(first, chunks, key, media_type))

    async def _relay(self, first: bytes, chunks: AsyncIterator[bytes], key: str, media_type: str
                     ) -> AsyncIterator[bytes]:
        parts = [first]
        if first:
            yield first
        try:
            async for chunk in chunks:
                parts.append(chunk)
                yield chunk
        except Exception as exc:  # the status is sent: the client sees a cut body, and nothing half-made is cached
            logger.warning("Text-to-speech broke off mid-stream (%s)", type(exc).__name__)
            return
        audio = b"".join(parts)
        if audio:  # only a complete synthesis is cached: a client that left early caches nothing
            try:
                await self.storage.put(key, audio, media_type)
            except Exception:  # the audio was served; the next request synthesizes it again
                logger.exception("Caching spoken turn %s failed", key)


async def transcribe_speech(settings: Settings, audio: bytes, *, filename: str = "answer.wav",
                            http_client: httpx.Client | None = None) -> dict[str, Any]:
    """Candidate audio → text with word timings (for words per minute and pauses). A provider that fails or does not
    answer within its timeout is an UnavailableError (503)."""
    client = _cartesia(settings, http_client)

    def run() -> Any:
        return client.stt.transcribe(file=(filename, audio), model=settings.cartesia_stt_model,
                                     language=settings.cartesia_language,
                                     timestamp_granularities=["word"])

    try:
        result = await asyncio.to_thread(run)
    except Exception as exc:  # the SDK's errors (status, timeout, connection, a body it cannot read)
        logger.warning("Speech-to-text failed (%s)", type(exc).__name__)
        raise UnavailableError("The speech-to-text provider did not answer; try again shortly") from exc
    words = [(w.start, w.end) for w in (getattr(result, "words", None) or [])]
    return {"text": result.text, "duration_seconds": getattr(result, "duration", None), "word_timings": words}
