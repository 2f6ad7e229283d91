"""What the API calls for results: the assessment of an interview (finishing it first when it is still active), its
PDF report, and progress across interviews."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from langchain_core.runnables import RunnableLambda
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import ConflictError
from app.core.observability import TraceLinks
from app.models import AIInterviewSession
from app.services.assessment.evaluation import NOTHING_TO_ASSESS
from app.services.assessment.report import build_report
from app.services.assessment.storage import assess_session, has_answers, progress_for
from app.services.llm.gateway import ModelGateway
from app.services.retrieval.embedder import Embedder
from app.services.scheduling.adherence import schedule_adherence

REPORT_BEFORE_THE_END = ("The interview is still in progress: end it with POST .../complete or POST .../assess, "
                         "then fetch its report")


class SummaryIndexer(Protocol):
    async def schedule_session_summary(self, session_id: int) -> None: ...


class AssessmentService:
    def __init__(self, *, weights: Mapping[str, Mapping[str, float]] | None, gateway: ModelGateway | None,
                 embedder: Embedder | None, indexing: SummaryIndexer) -> None:
        self.weights = weights
        self.gateway = gateway
        self.embedder = embedder
        self.indexing = indexing

    async def assess(self, db: AsyncSession, session: AIInterviewSession) -> dict[str, Any]:
        """Scores, evidence and feedback, computed once and stored. Assessing an active interview completes it."""
        if session.status != "completed":
            if not await has_answers(db, session.id):  # refused before the interview is ended, so it goes on
                raise ConflictError(NOTHING_TO_ASSESS)
            await session.complete(db)
        result, fresh = await self._traced_assessment(db, session)
        if fresh:
            await self.indexing.schedule_session_summary(session.id)  # the next interview can revisit weak areas
        return result

    async def _traced_assessment(self, db: AsyncSession, session: AIInterviewSession) -> tuple[dict[str, Any], bool]:
        """The stored assessment; with LangSmith tracing on, computing it is one trace named for what it is (the
        rubric grader's model calls nest inside it) and the result records the trace id."""

        async def run(_: object) -> tuple[dict[str, Any], bool]:
            return await assess_session(db, session, weights=self.weights, gateway=self.gateway,
                                        embedder=self.embedder, trace_id=trace_id)

        if not TraceLinks.enabled():
            trace_id = None
            return await run(None)
        trace_id = str(uuid.uuid4())
        metadata = {"session_id": session.id, "user_id": session.user_id, "interview_type": session.interview_type,
                    "mode": "llm" if self.gateway else "offline",
                    "provider": self.gateway.primary if self.gateway else None}
        return await RunnableLambda(run, name="interview.assessment").ainvoke(None, {
            "run_id": trace_id, "run_name": "interview.assessment", "tags": ["assessment", session.interview_type],
            "metadata": metadata})

    async def report(self, db: AsyncSession, session: AIInterviewSession, candidate: str, *,
                     build: bool = True) -> bytes | None:
        """The PDF of a finished interview. A GET must not end an interview (a link preview or a prefetch would end
        it for good), so an active one is refused: the candidate ends it with .../complete or .../assess. Without
        `build` (a HEAD request) only whether there is one: no assessment is run and no PDF is laid out for it."""
        if session.status != "completed":
            raise ConflictError(REPORT_BEFORE_THE_END)
        if not build:
            return None
        result = await self.assess(db, session)
        return build_report(result=result, title=session.title, candidate=candidate,
                            interview_type=session.interview_type, role=session.role_context,
                            company=session.company_context, created_at=session.created_at)

    async def progress(self, db: AsyncSession, user_id: int) -> dict[str, Any]:
        return await progress_for(db, user_id) | {
            "schedule_adherence": await schedule_adherence(db, user_id, datetime.now(UTC))}
