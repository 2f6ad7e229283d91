"""What the API calls: start an interview, take a candidate message (whole, streamed or spoken), complete, list and
read sessions.

Each call steps the LangGraph thread of the session once and writes the new transcript turns to SQL in the same
request. A turn lease on the session row makes turns strictly one at a time across workers: a second message racing
the first gets 409 instead of answering the same question twice. The lease is short and renewed by a heartbeat
while the turn runs, so a worker that dies mid-turn frees its interview within TURN_LEASE_SECONDS. A message may
carry an idempotency key: a retry with the same key gets the turn already recorded, never a second answer, even
when the first attempt died between the checkpoint write and the SQL commit.

The hot path uses plain SQL statements (no ORM unit of work): one UPDATE ... RETURNING takes the lease, and one
transaction writes the new turns together with the session's new state and the lease's release.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from app.core.config import Settings
from app.core.errors import (
    ConflictError,
    InvalidInputError,
    NotAuthenticatedError,
    NotFoundError,
    TurnInProgressError,
    UnavailableError,
)
from app.core.observability import TraceLinks
from app.models import (
    AIInterviewInteraction,
    AIInterviewSession,
    Document,
    InterviewAssessment,
    InterviewRating,
    User,
    UserProfile,
    is_row_id,
)
from app.schemas.interview import MessageIn, SessionCreate
from app.services.accounts.auth import Principal, login_is_open
from app.services.assessment.audio import AudioDecodeError, measure_speech, with_transcript
from app.services.documents.job_description import parse_job_description
from app.services.documents.service import documents_still_there
from app.services.interview.state import InterviewConfig, InterviewContext, InterviewState, Turn
from app.services.roles import role_family, seniority_for
from app.services.tools.speech import transcribe_speech

logger = logging.getLogger(__name__)
DEFAULT_ROLE = "Software Engineer"
ASKED_HISTORY = 400  # question refs remembered per user for variety (far more than one role's bank)
WEAK_AREA_BELOW = 65  # a dimension scored under this in a recent assessment steers the next plan
Session = AIInterviewSession
Interaction = AIInterviewInteraction
TokenSink = Callable[[str], Any]


def turn_reply(session: Any, turn: Turn) -> dict[str, Any]:
    """The body of one interviewer turn, the same for REST, WebSocket and streaming clients. `session` is anything
    with `status` and `max_questions` (the ORM row or a LeasedSession)."""
    return {
        "response": turn["content"], "status": session.status, "question_number": turn.get("question_number", 0),
        "total_questions": session.max_questions, "is_follow_up": bool(turn.get("is_follow_up")),
        "is_complete": session.status == "completed", "phase": turn.get("phase"), "mode": turn.get("mode", "offline"),
        "provider": turn.get("provider"),
    }


@dataclass
class LeasedSession:
    """What a turn needs of its session row, read by the same statement that took the lease."""

    id: int
    user_id: int
    thread_id: str
    status: str
    interview_type: str
    max_questions: int
    turn_count: int
    created_at: datetime
    token: str
    took_over: bool = False  # the previous holder died mid-turn: the engine may be ahead of the SQL record


def _row_turn(row: Interaction) -> Turn:
    return Turn(role=row.role, content=row.content, question_number=row.question_number,  # type: ignore[typeddict-item]
                is_follow_up=row.is_follow_up, phase=row.phase, mode=row.mode, provider=row.provider)


class InterviewService:
    def __init__(self, graph: CompiledStateGraph, settings: Settings,
                 sessions: async_sessionmaker[AsyncSession] | None = None, *, providers: list[str] | None = None,
                 links: TraceLinks | None = None) -> None:
        self.graph = graph
        self.settings = settings
        self.sessions = sessions  # for the lease heartbeat and streamed turns, which outlive a request's session
        self.providers = providers or []  # the model chain, for trace metadata
        self.links = links or TraceLinks()
        self.tracing = self.links.enabled()

    # --- reading -----------------------------------------------------------------------------------------------

    async def get_owned(self, db: AsyncSession, user: User | Principal, session_id: int, *, with_turns: bool = False
                        ) -> AIInterviewSession:
        stmt = select(Session).where(Session.id == session_id, Session.user_id == user.id)
        if with_turns:
            stmt = stmt.options(selectinload(Session.interactions))
        session = await db.scalar(stmt)
        if session is None:
            raise NotFoundError("Interview session")
        return session

    async def list_for(self, db: AsyncSession, user: User) -> list[AIInterviewSession]:
        rows = await db.scalars(select(Session).where(Session.user_id == user.id)
                                .order_by(Session.created_at.desc(), Session.id.desc()))
        return list(rows)

    async def latest_interviewer_turn(self, db: AsyncSession, session: AIInterviewSession) -> Turn | None:
        """The interviewer's latest turn, as the reply that gave it: the question the candidate is to answer now."""
        row = await db.scalar(select(Interaction)
                              .where(Interaction.session_id == session.id, Interaction.role == "interviewer")
                              .order_by(Interaction.turn_index.desc()).limit(1))
        return _row_turn(row) if row is not None else None

    async def pending_question(self, db: AsyncSession, session: AIInterviewSession) -> str | None:
        turn = await self.latest_interviewer_turn(db, session)
        return turn["content"] if turn else None

    async def interviewer_turn(self, db: AsyncSession, user: User, session_id: int, n: int) -> str:
        """The words of the interviewer's n-th turn (1-based, counting interviewer turns only); 404 otherwise."""
        await self.get_owned(db, user, session_id)
        text = await db.scalar(select(Interaction.content)
                               .where(Interaction.session_id == session_id, Interaction.role == "interviewer")
                               .order_by(Interaction.turn_index).offset(n - 1).limit(1)) if n >= 1 else None
        if text is None:
            raise NotFoundError("Interviewer turn")
        return text

    # --- starting ----------------------------------------------------------------------------------------------

    async def _document(self, db: AsyncSession, user: User, kind: str, doc_id: int | None) -> Document | None:
        stmt = select(Document).where(Document.user_id == user.id, Document.kind == kind)
        if doc_id is not None and not is_row_id(doc_id):
            raise NotFoundError("Resume" if kind == "resume" else "Job description")
        if doc_id is not None:
            doc = await db.scalar(stmt.where(Document.id == doc_id))
            if doc is None:
                raise NotFoundError("Resume" if kind == "resume" else "Job description")
            return doc
        return await db.scalar(stmt.order_by(Document.created_at.desc(), Document.id.desc()).limit(1))

    async def start(self, db: AsyncSession, user: User, body: SessionCreate, *, schedule_id: int | None = None,
                    scheduled_for: datetime | None = None) -> tuple[AIInterviewSession, Turn]:
        profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user.id))
        resume = await self._document(db, user, "resume", body.resume_id)
        jd_doc = None if body.job_description else await self._document(db, user, "job_description", None)
        jd_parsed = (jd_doc.parsed if jd_doc else None) or {}
        if body.job_description:  # pasted text: its must-haves steer the plan like an uploaded one's (a few ms)
            jd_parsed = await asyncio.to_thread(parse_job_description, body.job_description)
        jd_text = body.job_description or (jd_doc.text if jd_doc else None)

        role = (body.role_context or (profile.target_role if profile else None) or jd_parsed.get("role")
                or DEFAULT_ROLE)
        company = body.company_context or (profile.target_companies[0] if profile and profile.target_companies
                                           else None)
        difficulty = body.difficulty_level or (profile.difficulty_preference if profile else None) or "medium"
        years = (resume.parsed or {}).get("years_of_experience") if resume else None
        if years is None and profile:
            years = profile.years_of_experience
        max_questions = min(body.max_questions or self.settings.interview_default_questions,
                            self.settings.interview_max_questions)

        session = Session(
            user_id=user.id, thread_id=str(uuid.uuid4()), title=body.title, interview_type=body.interview_type,
            role_context=body.role_context or role, company_context=company, difficulty_level=difficulty,
            job_description=jd_text, resume_id=resume.id if resume else None,
            job_description_id=jd_doc.id if jd_doc else None, max_questions=max_questions,
            schedule_id=schedule_id, scheduled_for=scheduled_for,  # set when started from a scheduled interview
        )
        db.add(session)
        async with documents_still_there(db, user.id, resume_id=body.resume_id):
            await db.flush()

        config = InterviewConfig(
            interview_type=body.interview_type, difficulty=difficulty, max_questions=max_questions,
            max_follow_ups=self.settings.max_follow_ups_per_question, role=role, company=company,
            role_family=role_family(role),
            seniority=seniority_for(jd_parsed.get("seniority"), years, role), seed=random.randrange(1 << 30),
        )
        context = InterviewContext(
            user_id=user.id, candidate_name=user.name, profile=profile.to_context_string() if profile else "",
            profile_fields={"current_role": profile.current_role, "current_company": profile.current_company,
                            "technical_skills": profile.technical_skills} if profile else {},
            resume=(resume.parsed or {}) if resume else {}, job_description=jd_text or "",
            focus_topics=list(jd_parsed.get("focus_topics") or []),
            job_must_have=list(jd_parsed.get("must_have") or []),
            **await self._history(db, user.id, session.id),
        )
        run_config, trace_id = self._run_config(session.thread_id, "interview.start", session.id, user.id,
                                                body.interview_type, 0)
        state: InterviewState = await self.graph.ainvoke({"config": config, "context": context}, run_config,
                                                         durability="exit")
        turns = state["transcript"]
        await db.execute(insert(_INTERACTIONS), self._rows(session.id, 0, turns, trace_id))
        session.turn_count = state.get("turn_count") or len(turns)
        session.question_number = turns[-1]["question_number"]
        session.mode = turns[-1].get("mode") or session.mode
        await db.commit()
        return session, turns[-1]

    @staticmethod
    async def _history(db: AsyncSession, user_id: int, session_id: int) -> dict[str, Any]:
        """What this user's earlier sessions tell the plan: the main questions already asked (least recent first, so
        they do not come back until their pool is exhausted) and the weak areas of the latest assessments."""
        refs = await db.scalars(
            select(Interaction.question_ref).join(Session, Session.id == Interaction.session_id)
            .where(Session.user_id == user_id, Session.id != session_id, Interaction.role == "interviewer",
                   Interaction.is_follow_up.is_(False), Interaction.question_ref.is_not(None))
            .order_by(Session.created_at, Session.id, Interaction.turn_index))
        asked = list(dict.fromkeys(reversed(list(refs))))[::-1][-ASKED_HISTORY:]  # each ref once, at its latest
        results = await db.scalars(
            select(InterviewAssessment.result).join(Session, Session.id == InterviewAssessment.session_id)
            .where(Session.user_id == user_id).order_by(Session.created_at.desc(), Session.id.desc()).limit(3))
        weak: list[str] = []
        for result in results:
            for area in (result or {}).get("weakest_areas") or []:
                if area.get("score") is not None and area["score"] < WEAK_AREA_BELOW and area["dimension"] not in weak:
                    weak.append(area["dimension"])
        return {"asked_before": asked, "past_weak_areas": weak[:3]}

    # --- a candidate message -----------------------------------------------------------------------------------

    async def message(self, db: AsyncSession, user: User | Principal, session_id: int, body: MessageIn, *,
                      idempotency_key: str | None = None, channel: str = "text", audio: dict[str, Any] | None = None,
                      on_token: TokenSink | None = None, on_accepted: Callable[[], Any] | None = None
                      ) -> tuple[LeasedSession | AIInterviewSession, Turn]:
        """Take the candidate's answer and return the session and the interviewer's next turn. `on_accepted` is
        called once the turn's lease is ours: every refusal (unknown or foreign interview, a racing message, an
        ended interview, a revoked login) comes before it. A retry already answered returns its recorded turn
        without calling it."""
        if len(body.message) > self.settings.max_message_chars:
            raise InvalidInputError(f"Message is longer than {self.settings.max_message_chars} characters", "message")
        if idempotency_key is not None:
            # What speech-to-text hears may differ between two tries of one recording; typed text may not.
            replay = await self._replay(db, user, session_id, idempotency_key,
                                        message=body.message if channel == "text" else None)
            if replay is not None:
                return replay
        leased = await self._acquire_lease(db, user, session_id)
        if on_accepted is not None:
            on_accepted()
        try:
            if leased.took_over:
                replay = await self._recover(db, leased, body.message, idempotency_key)
                if replay is not None:
                    await self._release(db, leased)
                    return leased, replay
            elif idempotency_key is not None:
                # Asked again under the lease: the same answer sent twice at once may have been recorded by the
                # turn that held the lease while this request waited, and answering it twice would break the thread.
                replay = await self._replay(db, user, session_id, idempotency_key,
                                            message=body.message if channel == "text" else None)
                if replay is not None:
                    await self._release(db, leased)
                    return replay
            resume = {"text": body.message, "control": body.control, "duration_seconds": body.duration_seconds,
                      "word_timings": body.word_timings, "client_message_id": idempotency_key, "channel": channel,
                      "audio": audio}
            run_config, trace_id = self._run_config(leased.thread_id, "interview.turn", leased.id, leased.user_id,
                                                    leased.interview_type, leased.turn_count)
            async with self._heartbeat(leased):
                state = await self._run_graph(Command(resume=resume), run_config, on_token)
            await self._persist_and_release(db, leased, state, trace_id)
        except BaseException:
            await db.rollback()
            await self._release(db, leased)
            raise
        return leased, state["transcript"][-1]

    async def recorded_reply(self, db: AsyncSession, user: User | Principal, session_id: int, key: str
                             ) -> dict[str, Any] | None:
        """The reply already recorded for the answer sent with this idempotency key, or None: what a client that
        resends only the key (it lost the reply, not the answer) gets back."""
        replay = await self._replay(db, user, session_id, key)
        return turn_reply(*replay) if replay is not None else None

    async def message_events(self, user: User | Principal, session_id: int, body: MessageIn, *,
                             idempotency_key: str | None = None, channel: str = "text",
                             audio: dict[str, Any] | None = None, announce_acceptance: bool = False
                             ) -> AsyncIterator[tuple[str, Any]]:
        """The same turn as `message`, as events: ("token", text) while the interviewer's words are produced, then
        ("turn", the reply body), or ("error", DomainError) once the turn has failed. With `announce_acceptance`,
        ("accepted", None) comes first once the answer is taken, so a caller can still refuse with a plain HTTP
        status before that (an error then comes instead). The turn runs in its own task with its own database
        session, so a consumer that goes away mid-stream loses nothing: the turn is still recorded once."""
        assert self.sessions is not None, "streaming needs the session factory"
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

        async def run() -> None:
            async with self.sessions() as db:
                try:
                    session, turn = await self.message(
                        db, user, session_id, body, idempotency_key=idempotency_key, channel=channel, audio=audio,
                        on_token=lambda t: queue.put_nowait(("token", t)),
                        on_accepted=(lambda: queue.put_nowait(("accepted", None))) if announce_acceptance else None)
                except Exception as exc:  # handed to the consumer, who maps domain errors to a status
                    queue.put_nowait(("error", exc))
                else:
                    queue.put_nowait(("turn", turn_reply(session, turn)))

        task = asyncio.create_task(run())
        _background.add(task)
        task.add_done_callback(_background.discard)
        while True:
            kind, value = await queue.get()
            yield kind, value
            if kind not in ("token", "accepted"):
                return

    async def spoken_answer(self, db: AsyncSession, user: User, session_id: int, audio: bytes, *, filename: str,
                            transcript: str | None = None, idempotency_key: str | None = None
                            ) -> tuple[LeasedSession | AIInterviewSession, Turn, str]:
        """A spoken answer: transcribed with word timings, and measured from the recording itself (speaking time,
        pauses, rate, pitch and loudness variation), then taken like a typed message. A client that sends its own
        `transcript` needs no speech-to-text service. Returns the session, the interviewer's next turn and what was
        heard."""
        session = await self.get_owned(db, user, session_id)  # 404 before any paid transcription
        own_words = (transcript or "").strip()
        if len(own_words) > self.settings.max_message_chars:  # the client's own text obeys /message's limit
            raise InvalidInputError(f"Transcript is longer than {self.settings.max_message_chars} characters",
                                    "transcript")
        # A retry of a recorded answer is answered as before (422 if it comes with another transcript); any other
        # answer that would be refused is refused before it is transcribed, which is paid for.
        retried = idempotency_key is not None and await self._replay(
            db, user, session_id, idempotency_key, message=own_words or None, field="transcript") is not None
        if not retried:
            if session.status == "completed":
                raise ConflictError("This interview is already completed")
            busy = await db.scalar(select(_SESSIONS.c.id).where(_SESSIONS.c.id == session_id,
                                                                 _lease_held(datetime.now(UTC))))
            if busy is not None:
                raise TurnInProgressError()
        # The recording is measured while the speech-to-text service listens to it.
        heard, measures = await asyncio.gather(_hear(self.settings, audio, filename, own_words),
                                               asyncio.to_thread(_measure, audio))
        text = (own_words or heard["text"] or "").strip()
        if not text:
            raise InvalidInputError("No speech was recognised in the audio")
        if measures is not None:
            measures = with_transcript(measures, text)
        timings = heard["word_timings"] or None
        duration = heard["duration_seconds"] or (timings[-1][1] - timings[0][0] if timings else None)
        if not duration and measures and measures.get("speaking_seconds"):
            duration = measures["speech_end_seconds"] - measures["speech_start_seconds"]
        # What speech-to-text heard is cut to the limit rather than refused: the candidate cannot shorten it.
        body = MessageIn(message=text[: self.settings.max_message_chars], duration_seconds=duration,
                         word_timings=timings)
        session, turn = await self.message(db, user, session_id, body, idempotency_key=idempotency_key,
                                           channel="audio", audio=measures)
        return session, turn, text

    # --- the engine --------------------------------------------------------------------------------------------

    def _run_config(self, thread_id: str, name: str, session_id: int, user_id: int, interview_type: str,
                    turn: int) -> tuple[dict[str, Any], str | None]:
        """The graph run's config; when LangSmith tracing is on, the run is named for what it is, carries the
        interview's ids, and gets a known id so the interview can list its traces."""
        config: dict[str, Any] = {"configurable": {"thread_id": thread_id}}
        if not self.tracing:
            return config, None
        trace_id = str(uuid.uuid4())
        config.update(run_id=trace_id, run_name=name, tags=["interview", interview_type],
                      metadata={"session_id": session_id, "user_id": user_id, "turn": turn,
                                "interview_type": interview_type, "mode": "llm" if self.providers else "offline",
                                "provider": self.providers[0] if self.providers else None})
        return config, trace_id

    async def traces(self, session: AIInterviewSession) -> list[dict[str, Any]]:
        """The LangSmith traces of an interview's turns (with links when the project is known); empty when
        tracing is off. `session` must have its interactions loaded."""
        out = []
        for row in session.interactions:
            if row.trace_id:
                out.append({"trace_id": row.trace_id, "name": "interview.start" if row.turn_index == 0
                            else "interview.turn", "turn_index": row.turn_index,
                            "url": await self.links.url(row.trace_id)})
        return out

    async def _run_graph(self, graph_input: Any, config: dict[str, Any], on_token: TokenSink | None
                         ) -> dict[str, Any]:
        # One checkpoint write per turn (at the interrupt), not one per node: the turn is atomic anyway.
        if on_token is None:
            return await self.graph.ainvoke(graph_input, config, durability="exit")
        config["configurable"]["stream_tokens"] = True
        final: dict[str, Any] = {}
        async for mode, chunk in self.graph.astream(graph_input, config, stream_mode=["custom", "values"],
                                                    durability="exit"):
            if mode == "custom":
                on_token(chunk["token"])
            else:
                final = chunk
        return final

    # --- the turn lease ----------------------------------------------------------------------------------------

    async def _acquire_lease(self, db: AsyncSession, user: User | Principal, session_id: int) -> LeasedSession:
        """Take the session's turn lease in one UPDATE ... RETURNING that also checks ownership and status. An
        expired lease (its holder died mid-turn) is taken over."""
        now = datetime.now(UTC)
        token = str(uuid.uuid4())
        # A caller known only by its token: its login has not been checked yet, so the statement checks it.
        login = user.session_id if isinstance(user, Principal) else None
        check_login = login is not None
        params = {"sid": session_id, "uid": user.id, "now": now, "new_token": token,
                  "new_expires": now + self._lease_ttl, "login": login}
        for took_over in (False, True):
            row = (await db.execute(_lease_statement(took_over, check_login), params)).first()
            if row is not None:
                await db.commit()
                return LeasedSession(*row, token=token, took_over=took_over)
        if isinstance(user, Principal) and not await db.scalar(select(login_is_open(user.session_id, user.id))):
            raise NotAuthenticatedError("Token revoked")
        session = await self.get_owned(db, user, session_id)  # 404 when missing or someone else's
        if session.status == "completed":
            raise ConflictError("This interview is already completed")
        raise TurnInProgressError()

    @property
    def _lease_ttl(self) -> timedelta:
        return timedelta(seconds=self.settings.turn_lease_seconds)

    @contextlib.asynccontextmanager
    async def _heartbeat(self, leased: LeasedSession) -> AsyncIterator[None]:
        """Renew the lease while the turn runs (a slow model call must not lose it); a dead worker stops renewing
        and its lease lapses within TURN_LEASE_SECONDS."""
        if self.sessions is None:
            yield
            return

        async def beat() -> None:
            while True:
                await asyncio.sleep(self.settings.turn_lease_seconds / 3)
                async with self.sessions() as db:
                    await db.execute(update(_SESSIONS).where(_held(leased))
                                     .values(lease_expires_at=datetime.now(UTC) + self._lease_ttl))
                    await db.commit()

        task = asyncio.create_task(beat())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _release(self, db: AsyncSession, leased: LeasedSession) -> None:
        """Clear our lease (never someone else's)."""
        await db.execute(update(_SESSIONS).where(_held(leased)).values(lease_token=None, lease_expires_at=None))
        await db.commit()

    async def _persist_and_release(self, db: AsyncSession, leased: LeasedSession, state: dict[str, Any],
                                   trace_id: str | None) -> None:
        """One transaction: the new transcript turns, the session's new state and the release of our lease."""
        turns = state.get("transcript") or []
        total = state.get("turn_count") or len(turns)
        new = turns[len(turns) - (total - leased.turn_count):] if total > leased.turn_count else []
        values: dict[str, Any] = {"turn_count": total, "lease_token": None, "lease_expires_at": None,
                                  "ended_early": bool(state.get("ended_early"))}
        last = next((t for t in reversed(turns) if t["role"] == "interviewer"), None)
        if last:
            values.update(question_number=last["question_number"], mode=last.get("mode") or "offline")
        if state.get("status") == "completed" and leased.status != "completed":
            now = datetime.now(UTC)
            values.update(status="completed", completed_at=now,
                          duration_seconds=max(0, int((now - leased.created_at).total_seconds())))
            leased.status = "completed"
        released = await db.execute(update(_SESSIONS).where(_held(leased)).values(**values))
        if released.rowcount != 1:  # our lease lapsed and another worker took the turn over: it records it
            await db.rollback()
            raise ConflictError("This turn took too long and was taken over; retry to get its reply")
        if new:
            await db.execute(insert(_INTERACTIONS), self._rows(leased.id, leased.turn_count, new, trace_id))
        await db.commit()
        leased.turn_count = total

    @staticmethod
    def _rows(session_id: int, first_index: int, turns: list[Turn], trace_id: str | None) -> list[dict[str, Any]]:
        return [{
            "session_id": session_id, "turn_index": first_index + i, "role": t["role"], "content": t["content"],
            "question_number": t.get("question_number", 0), "is_follow_up": bool(t.get("is_follow_up")),
            "phase": t.get("phase"), "category": t.get("category"), "question_ref": t.get("question_ref"),
            "reason": t.get("reason"), "key_points": t.get("key_points") if t["role"] == "interviewer" else None,
            "mode": t.get("mode"), "provider": t.get("provider"), "analysis": t.get("analysis"),
            "answer_duration_seconds": t.get("answer_duration_seconds"),
            "client_message_id": t.get("client_message_id"), "channel": t.get("channel"),
            "trace_id": trace_id if t["role"] == "interviewer" else None,
            "created_at": datetime.fromisoformat(t["created_at"]) if t.get("created_at") else datetime.now(UTC),
        } for i, t in enumerate(turns)]

    # --- retries and recovery ----------------------------------------------------------------------------------

    async def _replay(self, db: AsyncSession, user: User | Principal, session_id: int, key: str, *,
                      message: str | None = None, field: str = "message") -> tuple[LeasedSession, Turn] | None:
        """The reply already recorded for this idempotency key, if the answer was recorded. A key reused for a
        different `message` is refused (422): returning the first answer's reply would silently drop the second."""
        stmt = (select(Interaction.turn_index, Interaction.content, Session.max_questions, Session.id)
                .join(Session, Session.id == Interaction.session_id)
                .where(Interaction.session_id == session_id, Session.user_id == user.id,
                       Interaction.client_message_id == key))
        if isinstance(user, Principal):
            stmt = stmt.where(login_is_open(user.session_id, user.id))
        answered = (await db.execute(stmt)).first()
        if answered is None:
            return None
        if message is not None and answered.content.strip() != message.strip():
            raise InvalidInputError("This idempotency key (Idempotency-Key, client_message_id) was already used for a "
                                    "different message; use a new key for a new answer", field)
        reply = await db.scalar(select(Interaction).where(Interaction.session_id == session_id,
                                                          Interaction.role == "interviewer",
                                                          Interaction.turn_index > answered.turn_index)
                                .order_by(Interaction.turn_index).limit(1))
        if reply is None:
            return None
        # As it was when first answered: the closing turn is the one that completed the interview.
        status = "completed" if reply.phase == "closing" else "active"
        view = LeasedSession(id=session_id, user_id=user.id, thread_id="", status=status, interview_type="",
                             max_questions=answered.max_questions, turn_count=0, created_at=datetime.now(UTC),
                             token="")
        return view, _row_turn(reply)

    async def _recover(self, db: AsyncSession, leased: LeasedSession, message: str, key: str | None
                       ) -> Turn | None:
        """Bring SQL up to the checkpoint after a worker died mid-turn. If the checkpoint already holds this very
        answer (the client retried), return the interviewer turn that followed it instead of answering twice."""
        values = (await self.graph.aget_state({"configurable": {"thread_id": leased.thread_id}})).values
        turns = values.get("transcript") or []
        total = values.get("turn_count") or len(turns)
        if total <= leased.turn_count:
            return None
        missing = turns[len(turns) - (total - leased.turn_count):]
        await db.execute(insert(_INTERACTIONS), self._rows(leased.id, leased.turn_count, missing, None))
        values_update: dict[str, Any] = {"turn_count": total}
        last = next((t for t in reversed(turns) if t["role"] == "interviewer"), None)
        if last:
            values_update.update(question_number=last["question_number"], mode=last.get("mode") or "offline")
        if values.get("status") == "completed":
            now = datetime.now(UTC)
            values_update.update(status="completed", completed_at=now,
                                 duration_seconds=max(0, int((now - leased.created_at).total_seconds())))
            leased.status = "completed"
        await db.execute(update(_SESSIONS).where(_SESSIONS.c.id == leased.id).values(**values_update))
        await db.commit()
        leased.turn_count = total
        last_candidate = next((t for t in reversed(turns) if t["role"] == "candidate"), None)
        same = last_candidate is not None and (
            last_candidate.get("client_message_id") == key if key else last_candidate["content"] == message.strip())
        if same:
            return turns[-1]
        if leased.status == "completed":
            raise ConflictError("This interview is already completed")
        return None

    # --- completing --------------------------------------------------------------------------------------------

    async def complete(self, db: AsyncSession, session: AIInterviewSession) -> AIInterviewSession:
        """Idempotent: a completed interview stays as it was."""
        await session.complete(db)
        return session

    async def rate(self, db: AsyncSession, session: AIInterviewSession, user: User, rating: int,
                   comments: str | None) -> InterviewRating:
        """The candidate's own rating of the interview: one per interview, so rating it again changes that rating
        (a double submit or a change of mind does not count twice)."""
        mine = select(InterviewRating).where(InterviewRating.session_id == session.id,
                                             InterviewRating.user_id == user.id)
        row = await db.scalar(mine)
        if row is None:
            db.add(InterviewRating(session_id=session.id, user_id=user.id, rating=rating, comments=comments))
            try:  # a unique index: of two racing first ratings one is inserted ...
                await db.commit()
                return await db.scalar(mine)
            except IntegrityError:  # ... and the other changes it, as if it had come second
                await db.rollback()
                await db.refresh(session)  # the rollback expired it; the reply still reads it
                row = await db.scalar(mine)
        row.rating, row.comments = rating, comments
        await db.commit()
        return row


_background: set[asyncio.Task[Any]] = set()  # streamed turns still running after their consumer left

# The turn's writes (lease, transcript rows, the session's new state) run on the tables (SQLAlchemy Core), not through
# the ORM: nothing there needs ORM objects, and the ORM's bulk update and insert machinery cost more CPU than the
# statements themselves.
_SESSIONS = AIInterviewSession.__table__
_INTERACTIONS = AIInterviewInteraction.__table__


def _held(leased: LeasedSession) -> Any:
    """The session row, while our lease on it holds."""
    return (_SESSIONS.c.id == leased.id) & (_SESSIONS.c.lease_token == leased.token)


def _lease_lapsed(now: Any) -> Any:
    """A lease whose holder let it run out: another request may take it over."""
    return _SESSIONS.c.lease_expires_at < now


def _lease_held(now: Any) -> Any:
    """A turn lease still held: another request's turn is running."""
    return _SESSIONS.c.lease_token.is_not(None) & ~_lease_lapsed(now)


@lru_cache
def _lease_statement(take_over: bool, check_login: bool) -> Any:
    """The UPDATE ... RETURNING that takes a turn lease, built once per shape with bind parameters: ownership and
    status (and the login, for a caller known only by its token) checked in the same statement; a free lease, or
    with `take_over` one whose holder let it lapse."""
    s = _SESSIONS.c
    owned = (s.id == bindparam("sid")) & (s.user_id == bindparam("uid")) & (s.status == "active")
    if check_login:
        owned = owned & login_is_open(bindparam("login"), bindparam("uid"))
    free = _lease_lapsed(bindparam("now")) if take_over else s.lease_token.is_(None)
    return (update(_SESSIONS).where(owned & free)
            .values(lease_token=bindparam("new_token"), lease_expires_at=bindparam("new_expires"))
            .returning(s.id, s.user_id, s.thread_id, s.status, s.interview_type, s.max_questions, s.turn_count,
                       s.created_at))


_NOTHING_HEARD: dict[str, Any] = {"text": "", "duration_seconds": None, "word_timings": []}


async def _hear(settings: Settings, audio: bytes, filename: str, own_words: str) -> dict[str, Any]:
    """What speech-to-text heard, with word timings. A client's own transcript needs no service, and stands when the
    service fails (only the word timings are missing then); without one, a failed service is the 503 it raised."""
    if own_words and settings.cartesia_api_key is None:
        return _NOTHING_HEARD
    try:
        return await transcribe_speech(settings, audio, filename=filename)
    except UnavailableError:
        if own_words:
            return _NOTHING_HEARD
        raise


def _measure(audio: bytes) -> dict[str, Any] | None:
    """Delivery measures of a recording, or None when it cannot be decoded (the answer still counts)."""
    try:
        return measure_speech(audio)
    except AudioDecodeError as exc:
        logger.warning("Spoken answer not measured: %s", exc)
        return None
