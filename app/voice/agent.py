"""The voice interviewer's agent: the LiveKit Agents pipeline (VAD → STT → "LLM" → TTS) whose LLM is the interview
itself.

`InterviewTurnLLM` is a `livekit.agents.llm.LLM` whose every generation is one turn of the interview session: the
candidate's finished utterance goes through `InterviewService.message_events` (channel "voice", the same LangGraph
thread and SQL record as the REST and WebSocket turns), and the interviewer's words are yielded as chat chunks as
they are produced, so the TTS starts speaking the first sentence while the model is still writing the rest.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterable, Callable
from typing import Any

from livekit import rtc
from livekit.agents import (
    DEFAULT_API_CONNECT_OPTIONS,
    Agent,
    AgentSession,
    APIConnectOptions,
    ModelSettings,
    llm,
    stt,
    tts,
    utils,
    vad,
)
from livekit.agents.voice.turn import TurnHandlingOptions

from app.core.config import Settings
from app.core.errors import ConflictError, DomainError, TurnInProgressError
from app.models import User
from app.schemas.interview import MessageIn
from app.services.interview.service import InterviewService
from app.voice.recorder import UtteranceRecorder

logger = logging.getLogger(__name__)
INSTRUCTIONS = ("You are the voice of a mock job interviewer. Your words come from the interview engine; "
                "speak them as they are.")
BUSY_RETRY_SECONDS = 0.3
BUSY_RETRIES = 20  # a turn still being recorded (the candidate spoke again mid-reply) is waited for, ~6 s at most
NOT_TAKEN = "Sorry, I could not take that answer. Could you say it again?"
ENDED = "This interview has ended. Thank you for your time."


class InterviewTurnLLM(llm.LLM):
    """Each generation is one interview turn; its output is the interviewer's next words."""

    def __init__(self, interviews: InterviewService, user: User, session_id: int, *,
                 measures: Callable[[str], dict[str, Any] | None] | None = None,
                 on_turn: Callable[[dict[str, Any]], None] | None = None) -> None:
        super().__init__()
        self.interviews = interviews
        self.user = user
        self.session_id = session_id
        self.measures = measures or (lambda _message_id: None)  # the audio measures of a user message, by its id
        self.on_turn = on_turn or (lambda _reply: None)
        self.turns: list[dict[str, Any]] = []  # the /message reply bodies of the turns taken

    @property
    def model(self) -> str:
        return "interview-graph"

    @property
    def provider(self) -> str:
        return "mock-interview"

    def chat(self, *, chat_ctx: llm.ChatContext, tools: list[llm.Tool] | None = None,
             conn_options: APIConnectOptions = DEFAULT_API_CONNECT_OPTIONS, **_: Any) -> llm.LLMStream:
        # Never retried by the framework: a turn is recorded once (its idempotency key guards retries anyway).
        options = APIConnectOptions(max_retry=0, retry_interval=conn_options.retry_interval,
                                    timeout=conn_options.timeout)
        return _TurnStream(self, chat_ctx=chat_ctx, tools=tools or [], conn_options=options)


class _TurnStream(llm.LLMStream):
    _llm: InterviewTurnLLM

    async def _run(self) -> None:
        said = next((item for item in reversed(self._chat_ctx.items)
                     if isinstance(item, llm.ChatMessage) and item.role == "user"), None)
        text = (said.text_content or "").strip() if said else ""
        if not text:
            return
        lm = self._llm
        chunk_id = utils.shortuuid("turn_")
        audio = lm.measures(said.id)
        duration = (audio["speech_end_seconds"] - audio["speech_start_seconds"]) if audio and audio.get(
            "speech_end_seconds") else None
        body = MessageIn(message=text[: lm.interviews.settings.max_message_chars], duration_seconds=duration)

        def say(piece: str) -> None:
            self._event_ch.send_nowait(llm.ChatChunk(id=chunk_id, delta=llm.ChoiceDelta(role="assistant",
                                                                                        content=piece)))

        for _ in range(BUSY_RETRIES):
            events = lm.interviews.message_events(lm.user, lm.session_id, body, idempotency_key=f"voice-{said.id}",
                                                  channel="voice", audio=audio)
            async for kind, value in events:
                if kind == "token":
                    say(value)
                elif kind == "turn":
                    lm.turns.append(value)
                    lm.on_turn(value)
                    return
                elif isinstance(value, TurnInProgressError):
                    break  # the previous turn is still being recorded: wait for it, then take this one
                else:
                    detail = value.detail if isinstance(value, DomainError) else type(value).__name__
                    logger.warning("Voice turn not taken for session %s: %s", lm.session_id, detail)
                    say(ENDED if isinstance(value, ConflictError) else NOT_TAKEN)
                    return
            await asyncio.sleep(BUSY_RETRY_SECONDS)
        say(NOT_TAKEN)


class InterviewerAgent(Agent):
    """Speaks the pending question on entering, records the candidate's audio per utterance for the delivery
    measures, and leaves when the interview is complete."""

    def __init__(self, interviews: InterviewService, user: User, session_id: int, *, pending_question: str | None,
                 **kwargs: Any) -> None:
        self.recorder = UtteranceRecorder()
        self._measures: dict[str, dict[str, Any]] = {}
        self.pending_question = pending_question
        self.completed = asyncio.Event()
        self.turn_llm = InterviewTurnLLM(interviews, user, session_id, measures=self._take_measures,
                                         on_turn=self._on_turn)
        super().__init__(instructions=INSTRUCTIONS, llm=self.turn_llm, **kwargs)

    async def on_enter(self) -> None:
        if self.pending_question:
            self.session.say(self.pending_question, add_to_chat_ctx=True)

    async def on_user_turn_completed(self, turn_ctx: llm.ChatContext, new_message: llm.ChatMessage) -> None:
        measured = await self.recorder.finish(new_message.text_content or "")
        if measured is not None:
            self._measures[new_message.id] = measured

    def stt_node(self, audio: AsyncIterable[rtc.AudioFrame], model_settings: ModelSettings):  # noqa: ANN201
        return Agent.default.stt_node(self, self._record(audio), model_settings)

    async def _record(self, audio: AsyncIterable[rtc.AudioFrame]) -> AsyncIterable[rtc.AudioFrame]:
        async for frame in audio:
            self.recorder.push(frame.data, frame.sample_rate, frame.num_channels)
            yield frame

    def _take_measures(self, message_id: str) -> dict[str, Any] | None:
        return self._measures.pop(message_id, None)

    def _on_turn(self, reply: dict[str, Any]) -> None:
        if reply.get("is_complete"):
            self.completed.set()


def turn_handling(settings: Settings) -> TurnHandlingOptions:
    """Interview-patient turn taking: VAD endpointing that waits VOICE_MIN_ENDPOINTING_DELAY of silence (candidates
    pause to think mid-answer), and no preemptive generation (a turn is recorded, so it must not start early)."""
    return TurnHandlingOptions(
        turn_detection="vad",
        endpointing={"mode": "fixed", "min_delay": settings.voice_min_endpointing_delay,
                     "max_delay": max(settings.voice_max_endpointing_delay, settings.voice_min_endpointing_delay)},
        interruption={"enabled": settings.voice_allow_interruptions},
        preemptive_generation={"enabled": False},
    )


def build_session(settings: Settings, *, stt: stt.STT | None = None, tts: tts.TTS | None = None,
                  vad: vad.VAD | None = None) -> AgentSession:
    """The agent session: Cartesia STT and TTS, Silero VAD (given, or none for the text harness)."""
    handling = turn_handling(settings)
    if vad is None:  # text input (the test harness): no audio, so no turn detection at all (and no model for it)
        handling["turn_detection"] = None
    kwargs: dict[str, Any] = {"turn_handling": handling, "user_away_timeout": None}
    if stt is not None:
        kwargs["stt"] = stt
    if tts is not None:
        kwargs["tts"] = tts
    kwargs["vad"] = vad  # None: no VAD (text input); the worker passes Silero's
    return AgentSession(**kwargs)
