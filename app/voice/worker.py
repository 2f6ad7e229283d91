"""The voice interviewer's worker process: `python -m app.voice` (or scripts/voice).

It registers with the LiveKit server (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET) and is dispatched to new
rooms (every room, or only those it is explicitly dispatched to when VOICE_AGENT_NAME is set). In a room named
`interview-<session id>` it waits for the candidate (the participant whose identity `user-<id>` the token endpoint
issued, and who must own that session), then runs the interview by voice: Cartesia speech-to-text and
text-to-speech, Silero voice activity detection (its model ships in its wheel: nothing is downloaded), and the
interview engine itself as the "LLM". Any other room is left at once.

It uses the same database, checkpoints and model settings as the API, so the API and any number of voice workers
share every interview.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from contextlib import AsyncExitStack
from typing import Any

from livekit.agents import AgentServer, JobContext, JobProcess, cli, room_io

from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_session_factory
from app.core.errors import DomainError
from app.core.logging import configure_logging
from app.models import User, row_id_in
from app.services.interview.graph import build_graph, open_checkpointer
from app.services.interview.nodes import InterviewNodes
from app.services.interview.service import InterviewService
from app.services.llm.gateway import build_gateway
from app.services.retrieval.embedder import turn_embedders, warm_up
from app.services.tools.livekit import session_of_room
from app.voice.agent import InterviewerAgent, build_session

logger = logging.getLogger(__name__)


class VoiceRuntime:
    """What a voice job needs of the service: the database and the interview engine (built like the API's)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stack = AsyncExitStack()
        self.engine = create_engine(settings)
        self.sessions = create_session_factory(self.engine)
        self.interviews: InterviewService | None = None

    async def open(self) -> VoiceRuntime:
        checkpointer = await self.stack.enter_async_context(open_checkpointer(self.settings))
        # No retriever: retrieval prepares an interview when it starts (through the API); a voice turn never needs it.
        # The embedder judges spoken answers by meaning where a follow-up decision rests on it, as the API does.
        judge_embedder, key_point_checker = turn_embedders(self.settings)
        nodes = InterviewNodes(build_gateway(self.settings), retriever=None, embedder=judge_embedder,
                               key_point_checker=key_point_checker)
        self.interviews = InterviewService(build_graph(nodes, checkpointer), self.settings, self.sessions)
        return self

    async def close(self) -> None:
        await self.stack.aclose()
        await self.engine.dispose()


def user_id_of(identity: str) -> int | None:
    """The user a participant is, from the identity the token endpoint issues (`user-<id>`)."""
    rest = identity[len("user-"):] if identity.startswith("user-") else ""
    return row_id_in(rest)


def cartesia_plugins(settings: Settings) -> tuple[Any, Any]:
    from livekit.plugins import cartesia  # deferred: the plugin opens its HTTP session per job

    key = settings.cartesia_api_key.get_secret_value() if settings.cartesia_api_key else None
    base = {"base_url": settings.cartesia_base_url} if settings.cartesia_base_url else {}
    stt = cartesia.STT(api_key=key, model=settings.cartesia_stt_model, language=settings.cartesia_language, **base)
    tts = cartesia.TTS(api_key=key, model=settings.cartesia_tts_model, voice=settings.cartesia_voice_id,
                       language=settings.cartesia_language, **base)
    return stt, tts


def prewarm(proc: JobProcess) -> None:
    from livekit.plugins import silero  # deferred: loads onnxruntime and the model (shipped in the wheel)

    proc.userdata["vad"] = silero.VAD.load()
    # The sentence models are process-wide: loaded here, once, rather than by the first answer judged by meaning.
    for embedder in turn_embedders(get_settings()):
        if embedder is not None:
            warm_up(embedder)


async def run_interview(ctx: JobContext) -> None:
    settings = get_settings()
    session_id = session_of_room(settings, ctx.room.name)
    if session_id is None:
        logger.info("Room %s is not an interview room; leaving it", ctx.room.name)
        return
    if not settings.cartesia_api_key:
        logger.error("CARTESIA_API_KEY is not set: the voice interviewer cannot listen or speak")
        return
    await ctx.connect()
    participant = await ctx.wait_for_participant()
    runtime = await VoiceRuntime(settings).open()
    ctx.add_shutdown_callback(runtime.close)
    assert runtime.interviews is not None
    user_id = user_id_of(participant.identity)
    async with runtime.sessions() as db:
        user = await db.get(User, user_id) if user_id is not None else None
        try:
            if user is None or not user.is_active:
                raise LookupError(participant.identity)
            interview = await runtime.interviews.get_owned(db, user, session_id)
        except (LookupError, DomainError):
            logger.warning("Participant %s does not own interview %s; leaving", participant.identity, session_id)
            ctx.shutdown("not the interview's owner")
            return
        pending = await runtime.interviews.pending_question(db, interview)
        if interview.status == "completed":
            pending = "This interview is already complete. You can read your assessment in the app."
    stt, tts = cartesia_plugins(settings)
    agent = InterviewerAgent(runtime.interviews, user, session_id, pending_question=pending)
    session = build_session(settings, stt=stt, tts=tts, vad=ctx.proc.userdata["vad"])
    await session.start(agent=agent, room=ctx.room,
                        room_options=room_io.RoomOptions(participant_identity=participant.identity))
    logger.info("Voice interview %s started for user %s", session_id, user.id)
    closed = asyncio.Event()
    session.on("close", lambda _event: closed.set())  # the candidate left (or the room closed) first
    waits = [asyncio.ensure_future(agent.completed.wait()), asyncio.ensure_future(closed.wait())]
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    for waiting in waits:
        waiting.cancel()
    if agent.completed.is_set() and not closed.is_set():
        # The closing words are spoken before the interviewer leaves the room.
        if session.current_speech is not None:
            await session.current_speech.wait_for_playout()
        session.shutdown()


def build_server(settings: Settings) -> AgentServer:
    secret = settings.livekit_api_secret.get_secret_value() if settings.livekit_api_secret else None
    server = AgentServer(ws_url=settings.livekit_url, api_key=settings.livekit_api_key, api_secret=secret,
                         setup_fnc=prewarm)
    server.rtc_session(run_interview, agent_name=settings.voice_agent_name)
    return server


def main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    missing = [name for name, value in (("LIVEKIT_URL", settings.livekit_url),
                                         ("LIVEKIT_API_KEY", settings.livekit_api_key),
                                         ("LIVEKIT_API_SECRET", settings.livekit_api_secret),
                                         ("CARTESIA_API_KEY", settings.cartesia_api_key)) if not value]
    if missing and not any(arg in ("--help", "-h") for arg in sys.argv[1:]):
        sys.exit(f"The voice interviewer needs {', '.join(missing)} (see DEPLOYMENT_GUIDE.md, 'Voice interviews')")
    if len(sys.argv) == 1:
        sys.argv.append("start")  # `python -m app.voice` runs the worker; `dev`, `console` etc. pass through
    cli.run_app(build_server(settings))
