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
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.core.config import Settings
from app.core.errors import ConflictError, NotFoundError
from app.models import AIInterviewInteraction, AIInterviewSession, Document, User, UserProfile
from app.schemas.interview import MessageIn, SessionCreate
from app.services.interview.state import InterviewConfig, InterviewContext, InterviewState, Turn
from app.services.question_bank import role_family, seniority_for

logger = logging.getLogger(__name__)
DEFAULT_ROLE = "Software Engineer"


def _thread(session: AIInterviewSession) -> dict[str, Any]:
    return {"configurable": {"thread_id": session.thread_id}}


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

    # --- starting ----------------------------------------------------------------------------------------------

    async def _document(self, db: AsyncSession, user: User, kind: str, doc_id: int | None) -> Document | None:
        stmt = select(Document).where(Document.user_id == user.id, Document.kind == kind)
        if doc_id is not None:
            doc = await db.scalar(stmt.where(Document.id == doc_id))
            if doc is None:
                raise NotFoundError("Resume" if kind == "resume" else "Job description")
            return doc
        return await db.scalar(stmt.order_by(Document.created_at.desc(), Document.id.desc()).limit(1))

    async def start(self, db: AsyncSession, user: User, body: SessionCreate) -> tuple[AIInterviewSession, Turn]:
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
        state: InterviewState = await self.graph.ainvoke({"config": config, "context": context}, _thread(session))
        turns = state["transcript"]
        self._apply(session, state)
        await self._persist(db, session, turns, start=0)
        await db.commit()
        return session, turns[-1]

    # --- a candidate message -----------------------------------------------------------------------------------

    async def message(self, db: AsyncSession, user: User, session_id: int, body: MessageIn
                      ) -> tuple[AIInterviewSession, Turn]:
        session = await self.get_owned(db, user, session_id)
        if session.status == "completed":
            raise ConflictError("This interview is already completed")
        lease = await self._acquire_lease(db, session)
        try:
            stored = await db.scalar(select(func.count()).select_from(AIInterviewInteraction)
                                     .where(AIInterviewInteraction.session_id == session.id)) or 0
            snapshot = await self.graph.aget_state(_thread(session))
            checkpoint_turns = len(snapshot.values.get("transcript") or [])
            if checkpoint_turns > stored:
                # The engine got further than the SQL record (a crash between the two writes): catch up first.
                await self._persist(db, session, snapshot.values["transcript"], start=stored)
                stored = checkpoint_turns
                if self._already_applied(snapshot.values, body.message):
                    state = snapshot.values
                    self._apply(session, state)
                    await self._release(db, session, lease)
                    return session, state["transcript"][-1]
            if not snapshot.next:
                self._apply(session, snapshot.values)
                await self._release(db, session, lease)
                raise ConflictError("This interview is already completed")
            resume = {"text": body.message, "control": body.control, "duration_seconds": body.duration_seconds}
            state = await self.graph.ainvoke(Command(resume=resume), _thread(session))
            self._apply(session, state)
            await self._persist(db, session, state["transcript"], start=stored)
            await self._release(db, session, lease)
        except BaseException:
            await db.rollback()
            await self._release(db, session, lease)
            raise
        return session, state["transcript"][-1]

    @staticmethod
    def _already_applied(values: dict[str, Any], message: str) -> bool:
        turns = values.get("transcript") or []
        last_candidate = next((t for t in reversed(turns) if t["role"] == "candidate"), None)
        return last_candidate is not None and last_candidate["content"] == message.strip()

    async def _acquire_lease(self, db: AsyncSession, session: AIInterviewSession) -> str:
        token = str(uuid.uuid4())
        now = datetime.now(UTC)
        # Long enough for the slowest turn: every provider timing out, with retries.
        ttl = timedelta(seconds=self.settings.llm_timeout_seconds * (self.settings.llm_max_retries + 1) * 3 + 30)
        result = await db.execute(
            update(AIInterviewSession)
            .where(AIInterviewSession.id == session.id, AIInterviewSession.status == "active",
                   (AIInterviewSession.lease_token.is_(None)) | (AIInterviewSession.lease_expires_at < now))
            .values(lease_token=token, lease_expires_at=now + ttl)
            .execution_options(synchronize_session=False)
        )
        await db.commit()
        if result.rowcount != 1:
            await db.refresh(session)
            if session.status == "completed":
                raise ConflictError("This interview is already completed")
            raise ConflictError("Another message for this interview is still being processed; retry shortly")
        return token

    async def _release(self, db: AsyncSession, session: AIInterviewSession, token: str) -> None:
        """Commit the turn's writes together with the release of our lease (never someone else's)."""
        await db.flush()
        await db.execute(update(AIInterviewSession).where(AIInterviewSession.id == session.id,
                                                          AIInterviewSession.lease_token == token)
                         .values(lease_token=None, lease_expires_at=None)
                         .execution_options(synchronize_session=False))
        await db.commit()

    def _apply(self, session: AIInterviewSession, state: dict[str, Any]) -> None:
        """Mirror the engine's state onto the session row."""
        turns = state.get("transcript") or []
        last = next((t for t in reversed(turns) if t["role"] == "interviewer"), None)
        if last:
            session.question_number = last["question_number"]
            session.mode = last.get("mode") or session.mode
        session.ended_early = bool(state.get("ended_early"))
        if state.get("status") == "completed" and session.status != "completed":
            self._mark_completed(session)

    @staticmethod
    def _mark_completed(session: AIInterviewSession) -> None:
        now = datetime.now(UTC)
        session.status = "completed"
        session.completed_at = now
        session.duration_seconds = max(0, int((now - session.created_at).total_seconds()))

    async def _persist(self, db: AsyncSession, session: AIInterviewSession, turns: list[Turn], start: int) -> None:
        for index in range(start, len(turns)):
            t = turns[index]
            db.add(AIInterviewInteraction(
                session_id=session.id, turn_index=index, role=t["role"], content=t["content"],
                question_number=t.get("question_number", 0), is_follow_up=bool(t.get("is_follow_up")),
                phase=t.get("phase"), category=t.get("category"), question_ref=t.get("question_ref"),
                mode=t.get("mode"), analysis=t.get("analysis"),
                answer_duration_seconds=t.get("answer_duration_seconds"),
                created_at=datetime.fromisoformat(t["created_at"]) if t.get("created_at") else datetime.now(UTC),
            ))
        await db.flush()

    # --- completing --------------------------------------------------------------------------------------------

    async def complete(self, db: AsyncSession, user: User, session_id: int) -> AIInterviewSession:
        session = await self.get_owned(db, user, session_id)
        if session.status != "completed":
            self._mark_completed(session)
            await db.commit()
        return session
