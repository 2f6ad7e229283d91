"""What the API calls: start an interview, take a candidate message, complete, list and read sessions.

Each call steps the LangGraph thread of the session once and writes the new transcript turns to SQL in the same
request. A short lease on the session row makes turns strictly one at a time across workers; a second message
racing the first gets 409 instead of answering the same question twice.
"""

from __future__ import annotations

import logging
import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.config import Settings
from app.core.errors import ConflictError, InvalidInputError, NotFoundError
from app.models import AIInterviewInteraction, AIInterviewSession, Document, InterviewRating, User, UserProfile
from app.schemas.interview import MessageIn, SessionCreate
from app.services.interview.state import InterviewConfig, InterviewContext, InterviewState, Turn
from app.services.roles import role_family, seniority_for
from app.services.tools.speech import transcribe_speech

logger = logging.getLogger(__name__)
DEFAULT_ROLE = "Software Engineer"


def _thread(session: AIInterviewSession) -> dict[str, Any]:
    return {"configurable": {"thread_id": session.thread_id}}


def turn_reply(session: AIInterviewSession, turn: Turn) -> dict[str, Any]:
    """The body of one interviewer turn, the same for REST, WebSocket and streaming clients."""
    return {
        "response": turn["content"], "status": session.status, "question_number": turn.get("question_number", 0),
        "total_questions": session.max_questions, "is_follow_up": bool(turn.get("is_follow_up")),
        "is_complete": session.status == "completed", "phase": turn.get("phase"), "mode": turn.get("mode", "offline"),
        "provider": turn.get("provider"),
    }


class InterviewService:
    def __init__(self, graph: CompiledStateGraph, settings: Settings) -> None:
        self.graph = graph
        self.settings = settings

    # --- reading -----------------------------------------------------------------------------------------------

    async def get_owned(self, db: AsyncSession, user: User, session_id: int, *, with_turns: bool = False
                        ) -> AIInterviewSession:
        stmt = select(AIInterviewSession).where(AIInterviewSession.id == session_id,
                                                AIInterviewSession.user_id == user.id)
        if with_turns:
            stmt = stmt.options(selectinload(AIInterviewSession.interactions))
        session = await db.scalar(stmt)
        if session is None:
            raise NotFoundError("Interview session")
        return session

    async def list_for(self, db: AsyncSession, user: User) -> list[AIInterviewSession]:
        rows = await db.scalars(
            select(AIInterviewSession).where(AIInterviewSession.user_id == user.id)
            .order_by(AIInterviewSession.created_at.desc(), AIInterviewSession.id.desc())
        )
        return list(rows)

    async def pending_question(self, db: AsyncSession, session: AIInterviewSession) -> str | None:
        """The interviewer's latest words: the question the candidate is expected to answer now."""
        return await db.scalar(select(AIInterviewInteraction.content)
                               .where(AIInterviewInteraction.session_id == session.id,
                                      AIInterviewInteraction.role == "interviewer")
                               .order_by(AIInterviewInteraction.turn_index.desc()).limit(1))

    # --- starting ----------------------------------------------------------------------------------------------

    async def _document(self, db: AsyncSession, user: User, kind: str, doc_id: int | None) -> Document | None:
        stmt = select(Document).where(Document.user_id == user.id, Document.kind == kind)
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

        session = AIInterviewSession(
            user_id=user.id, thread_id=str(uuid.uuid4()), title=body.title, interview_type=body.interview_type,
            role_context=body.role_context or role, company_context=company, difficulty_level=difficulty,
            job_description=jd_text, resume_id=resume.id if resume else None,
            job_description_id=jd_doc.id if jd_doc else None, max_questions=max_questions,
            schedule_id=schedule_id, scheduled_for=scheduled_for,  # set when started from a scheduled interview
        )
        db.add(session)
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
        )
        state: InterviewState = await self.graph.ainvoke({"config": config, "context": context}, _thread(session),
                                                         durability="exit")
        turns = state["transcript"]
        self._apply(session, state)
        await self._persist(db, session, turns)
        await db.commit()
        return session, turns[-1]

    # --- a candidate message -----------------------------------------------------------------------------------

    async def message(self, db: AsyncSession, user: User, session_id: int, body: MessageIn
                      ) -> tuple[AIInterviewSession, Turn]:
        if len(body.message) > self.settings.max_message_chars:
            raise InvalidInputError(f"Message is longer than {self.settings.max_message_chars} characters")
        session, took_over = await self._acquire_lease(db, user, session_id)
        token = session.lease_token
        try:
            if took_over:
                # The previous turn's worker died holding the lease: the engine may be ahead of the SQL record.
                replay = await self._recover(db, session, body.message)
                if replay is not None:
                    await self._release(db, session)
                    return session, replay
                if session.status == "completed":
                    await self._release(db, session)
                    raise ConflictError("This interview is already completed")
            resume = {"text": body.message, "control": body.control, "duration_seconds": body.duration_seconds,
                      "word_timings": body.word_timings}
            # One checkpoint write per turn (at the interrupt), not one per node: the turn is atomic anyway.
            state = await self.graph.ainvoke(Command(resume=resume), _thread(session), durability="exit")
            self._apply(session, state)
            await self._persist(db, session, state["transcript"])
            await self._release(db, session)
        except BaseException:
            await db.rollback()  # expires `session`; the release below only needs its id and our token
            await self._release(db, session, token=token)
            raise
        return session, state["transcript"][-1]

    async def _recover(self, db: AsyncSession, session: AIInterviewSession, message: str) -> Turn | None:
        """Bring SQL up to the checkpoint. If the checkpoint already holds this very answer (the client retried
        after a crash), return the interviewer turn that followed it instead of answering twice."""
        snapshot = await self.graph.aget_state(_thread(session))
        values = snapshot.values
        turns = values.get("transcript") or []
        if len(turns) <= session.turn_count:
            return None
        await self._persist(db, session, turns)
        self._apply(session, values)
        if self._already_applied(values, message):
            return turns[-1]
        return None

    @staticmethod
    def _already_applied(values: dict[str, Any], message: str) -> bool:
        turns = values.get("transcript") or []
        last_candidate = next((t for t in reversed(turns) if t["role"] == "candidate"), None)
        return last_candidate is not None and last_candidate["content"] == message.strip()

    async def _acquire_lease(self, db: AsyncSession, user: User, session_id: int
                             ) -> tuple[AIInterviewSession, bool]:
        """Take the session's turn lease in one UPDATE ... RETURNING that also checks ownership and status.
        Returns the session and whether an expired lease (a worker that died mid-turn) was taken over."""
        now = datetime.now(UTC)
        # Long enough for the slowest turn: every provider timing out, with retries.
        ttl = timedelta(seconds=self.settings.llm_timeout_seconds * (self.settings.llm_max_retries + 1) * 3 + 30)
        owned = (AIInterviewSession.id == session_id) & (AIInterviewSession.user_id == user.id) & (
            AIInterviewSession.status == "active")
        for took_over, free in ((False, AIInterviewSession.lease_token.is_(None)),
                                (True, AIInterviewSession.lease_expires_at < now)):
            stmt = (update(AIInterviewSession).where(owned & free)
                    .values(lease_token=str(uuid.uuid4()), lease_expires_at=now + ttl)
                    .returning(AIInterviewSession).execution_options(populate_existing=True))
            session = (await db.scalars(stmt)).first()
            if session is not None:
                await db.commit()
                return session, took_over
        session = await self.get_owned(db, user, session_id)  # 404 when missing or someone else's
        if session.status == "completed":
            raise ConflictError("This interview is already completed")
        raise ConflictError("Another message for this interview is still being processed; retry shortly")

    async def _release(self, db: AsyncSession, session: AIInterviewSession, *, token: str | None = None) -> None:
        """Commit the turn's writes together with the release of our lease (never someone else's).
        With `token` (after an error, when the row object is expired) only the lease is cleared."""
        if token is not None or session.lease_expires_at is None or session.lease_expires_at <= datetime.now(UTC):
            session_id = session.__dict__.get("id") if token is not None else session.id
            token = token or session.lease_token
            await db.execute(update(AIInterviewSession)
                             .where(AIInterviewSession.id == session_id, AIInterviewSession.lease_token == token)
                             .values(lease_token=None, lease_expires_at=None)
                             .execution_options(synchronize_session=False))
        else:
            session.lease_token = None
            session.lease_expires_at = None
        await db.commit()

    def _apply(self, session: AIInterviewSession, state: dict[str, Any]) -> None:
        """Mirror the engine's state onto the session row."""
        turns = state.get("transcript") or []
        last = next((t for t in reversed(turns) if t["role"] == "interviewer"), None)
        if last:
            session.question_number = last["question_number"]
            session.mode = last.get("mode") or session.mode
        session.ended_early = bool(state.get("ended_early"))
        if state.get("status") == "completed":
            session.mark_completed()

    async def _persist(self, db: AsyncSession, session: AIInterviewSession, turns: list[Turn]) -> None:
        """Insert the turns the SQL record does not have yet (turn_index is unique per session)."""
        for index in range(session.turn_count, len(turns)):
            t = turns[index]
            db.add(AIInterviewInteraction(
                session_id=session.id, turn_index=index, role=t["role"], content=t["content"],
                question_number=t.get("question_number", 0), is_follow_up=bool(t.get("is_follow_up")),
                phase=t.get("phase"), category=t.get("category"), question_ref=t.get("question_ref"),
                mode=t.get("mode"), analysis=t.get("analysis"),
                answer_duration_seconds=t.get("answer_duration_seconds"),
                created_at=datetime.fromisoformat(t["created_at"]) if t.get("created_at") else datetime.now(UTC),
            ))
        session.turn_count = max(session.turn_count, len(turns))
        await db.flush()

    async def spoken_answer(self, db: AsyncSession, user: User, session_id: int, audio: bytes, *, filename: str
                            ) -> tuple[AIInterviewSession, Turn, str]:
        """A spoken answer: transcribed with word timings (for speaking rate and pauses), then taken like a typed
        message. Returns the session, the interviewer's next turn and what was heard."""
        heard = await transcribe_speech(self.settings, audio, filename=filename)
        text = (heard["text"] or "").strip()
        if not text:
            raise InvalidInputError("No speech was recognised in the audio")
        timings = heard["word_timings"] or None
        duration = heard["duration_seconds"] or (timings[-1][1] - timings[0][0] if timings else None)
        body = MessageIn(message=text[: self.settings.max_message_chars], duration_seconds=duration,
                         word_timings=timings)
        session, turn = await self.message(db, user, session_id, body)
        return session, turn, text

    # --- completing --------------------------------------------------------------------------------------------

    async def complete(self, db: AsyncSession, session: AIInterviewSession) -> AIInterviewSession:
        """Idempotent: a completed interview stays as it was."""
        if session.status != "completed":
            session.mark_completed()
            await db.commit()
        return session

    async def rate(self, db: AsyncSession, session: AIInterviewSession, user: User, rating: int,
                   comments: str | None) -> InterviewRating:
        """The candidate's own rating of the interview."""
        row = InterviewRating(session_id=session.id, user_id=user.id, rating=rating, comments=comments)
        db.add(row)
        await db.commit()
        return row
