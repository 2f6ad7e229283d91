"""The voice interviewer without a LiveKit server: driven by LiveKit Agents' own text harness (AgentSession.run
with user text), asserting on what the agent says and on the stored interview."""

from __future__ import annotations

import asyncio
import io as io_module
import time

import numpy as np
import pytest
import soundfile
from livekit import rtc
from livekit.agents.utils import http_context
from livekit.agents.voice import io
from sqlalchemy import select

from app.models import AIInterviewInteraction, AIInterviewSession, User
from app.voice.agent import InterviewerAgent, build_session, turn_handling
from tests.audio import SENTENCES, answer_with_pauses, speech_seconds
from tests.conftest import register
from tests.stubs.openai_stub import StubServer

ANSWER = ("At my last job I led the migration of our billing system to a new provider. I wrote the rollout plan and "
          "moved one customer group every week, and we cut failed payments by thirty percent in two months.")


async def start_interview(app, client, max_questions: int = 2) -> tuple[User, int, str]:
    token = (await register(client))["token"]
    s = (await client.post("/ai-interview/sessions", headers={"Authorization": f"Bearer {token}"},
                           json={"title": "voice", "interview_type": "behavioral", "max_questions": max_questions})
         ).json()
    async with app.state.db_sessions() as db:
        user = await db.scalar(select(User).where(User.email == "ada@example.com"))
    return user, s["id"], s["response"]


async def test_text_harness_turns_go_through_the_same_interview(app, client):
    user, sid, first_question = await start_interview(app, client)
    agent = InterviewerAgent(app.state.interviews, user, sid, pending_question=first_question)
    async with build_session(app.state.settings) as session:
        await session.start(agent)
        result = await session.run(user_input=ANSWER)
        reply = result.expect.next_event().is_message(role="assistant").event().item.text_content
        result.expect.no_more_events()
    async with app.state.db_sessions() as db:
        rows = list(await db.scalars(select(AIInterviewInteraction).where(AIInterviewInteraction.session_id == sid)
                                     .order_by(AIInterviewInteraction.turn_index)))
    assert [r.role for r in rows] == ["interviewer", "candidate", "interviewer"]
    assert rows[1].content == ANSWER and rows[1].channel == "voice"
    assert rows[1].analysis["word_count"] == len(ANSWER.split())  # analysed like a typed answer
    assert rows[1].client_message_id.startswith("voice-")
    assert reply.strip() == rows[2].content.strip()  # what was spoken is what was recorded
    assert agent.turn_llm.turns[-1]["question_number"] == rows[2].question_number


async def test_text_harness_runs_the_interview_to_its_end(app, client):
    user, sid, first_question = await start_interview(app, client, max_questions=1)
    agent = InterviewerAgent(app.state.interviews, user, sid, pending_question=first_question)
    async with build_session(app.state.settings) as session:
        await session.start(agent)
        result = await session.run(user_input=ANSWER)
        closing = result.expect.next_event().is_message(role="assistant").event().item.text_content
        assert agent.completed.is_set()
        late = await session.run(user_input="One more thing about that project.")
        ended = late.expect.next_event().is_message(role="assistant").event().item.text_content
    async with app.state.db_sessions() as db:
        session_row = await db.get(AIInterviewSession, sid)
    assert session_row.status == "completed" and closing
    assert "ended" in ended  # a completed interview takes no more answers, and says so
    token = (await client.post("/auth/login", json={"email": "ada@example.com", "password": "correct horse battery"})
             ).json()["token"]
    assessed = await client.post(f"/ai-interview/sessions/{sid}/assess", headers={"Authorization": f"Bearer {token}"})
    assert assessed.status_code == 200 and assessed.json()["overall_score"] is not None


def test_turn_taking_is_patient_and_follows_settings(settings):
    tuned = settings.model_copy(update={"voice_min_endpointing_delay": 2.5, "voice_max_endpointing_delay": 8.0})
    handling = turn_handling(tuned)
    assert handling["turn_detection"] == "vad"
    assert handling["endpointing"]["min_delay"] == 2.5 and handling["endpointing"]["max_delay"] == 8.0
    assert handling["preemptive_generation"] == {"enabled": False}  # a turn is recorded: never started early
    assert turn_handling(settings)["endpointing"]["min_delay"] >= 1.0  # the default waits for thinking pauses


class GeneratedSpeech(io.AudioInput):
    """A recording made here, played into the agent in real time as 20 ms frames, then silence."""

    def __init__(self, wav: bytes) -> None:
        super().__init__(label="generated speech")
        samples, self.rate = soundfile.read(io_module.BytesIO(wav), dtype="int16")
        self.samples = samples
        self.step = self.rate // 50
        self.position = 0
        self.started: float | None = None
        self.speech_ended_at: float | None = None  # wall-clock time the recording's last sample was played

    async def __anext__(self) -> rtc.AudioFrame:
        if self.started is None:
            self.started = time.perf_counter()
        due = self.started + self.position / self.rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        chunk = self.samples[self.position:self.position + self.step]
        self.position += self.step
        if len(chunk) < self.step:
            if self.speech_ended_at is None:
                self.speech_ended_at = time.perf_counter()
            chunk = np.zeros(self.step, dtype=np.int16)
        return rtc.AudioFrame(chunk.tobytes(), self.rate, 1, self.step)


@pytest.mark.slow
async def test_spoken_answer_through_vad_and_streaming_stt(app, client):
    """Generated speech with two thinking pauses → Silero VAD → the Cartesia STT plugin against a local stub of its
    WebSocket → ONE candidate turn (the pauses do not hand the turn over) with delivery measured from the audio."""
    from livekit.plugins import cartesia, silero

    user, sid, first_question = await start_interview(app, client)
    wav = answer_with_pauses([0.8, 1.2], rate=16000)
    with StubServer() as stub:
        stub.state.stt_utterances = list(SENTENCES)
        stub.state.stt_text = ""
        # The turn is handed over after this much silence, counted on the wall clock: the 1.2 s pause must fall well
        # short of it even when a busy machine holds up the VAD for seconds.
        settings = app.state.settings.model_copy(update={"voice_min_endpointing_delay": 5.0})
        agent = InterviewerAgent(app.state.interviews, user, sid, pending_question=None)
        replied = asyncio.Event()

        def on_item(ev) -> None:  # noqa: ANN001
            if getattr(ev.item, "role", None) == "assistant":
                replied.set()

        async with http_context.open(), build_session(settings, stt=cartesia.STT(
                api_key="ck-test", base_url=stub.url, model="ink-whisper", language="en"),
                vad=silero.VAD.load()) as session:
            session.on("conversation_item_added", on_item)
            speech = GeneratedSpeech(wav)
            session.input.audio = speech
            await session.start(agent)
            await asyncio.wait_for(replied.wait(), timeout=60)
    async with app.state.db_sessions() as db:
        rows = list(await db.scalars(select(AIInterviewInteraction).where(AIInterviewInteraction.session_id == sid)
                                     .order_by(AIInterviewInteraction.turn_index)))
    assert [r.role for r in rows] == ["interviewer", "candidate", "interviewer"]
    answer = rows[1]
    assert [text for text, _ in stub.state.stt_finals] == list(SENTENCES)  # the STT heard each stretch of speech
    assert answer.content == " ".join(SENTENCES) and answer.channel == "voice"
    measured = answer.analysis["audio"]
    assert measured["pause_count"] == 2 and 1.2 <= measured["longest_pause_seconds"] <= 1.9
    spoken = sum(speech_seconds(s) for s in SENTENCES)
    assert measured["speaking_seconds"] == pytest.approx(spoken, rel=0.15)
    assert measured["pitch_sd_semitones"] is not None and measured["word_count"] == len(answer.content.split())
