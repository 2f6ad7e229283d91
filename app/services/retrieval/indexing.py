"""Keeps the retrieval index in step with the user's data.

Profile and document changes are indexed in the background (the row's status says where it is: pending or
processing → indexed / failed); `reindex_user` does everything now. Work left unfinished by a stopped process is
picked up again at start-up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.db import session_scope
from app.models import AIInterviewSession, Document, InterviewAssessment, UserProfile
from app.services.retrieval.chunking import chunk_text
from app.services.retrieval.rag import RagService

logger = logging.getLogger(__name__)


class DisabledIndexing:
    """Used when RAG_ENABLED=false: nothing is indexed and nothing fails."""

    rag = None

    async def schedule_profile(self, user_id: int) -> None:
        return None

    async def schedule_document(self, document_id: int) -> None:
        return None

    async def schedule_session_summary(self, session_id: int) -> None:
        return None

    async def reindex_user(self, user_id: int) -> int:
        return 0

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None:
        return None

    async def forget_user(self, user_id: int) -> None:
        return None

    async def wait_idle(self) -> None:
        return None

    async def close(self) -> None:
        return None


def document_chunks(doc: Document, max_chunks: int | None = None) -> list[tuple[str, str]]:
    """Chunks by section with overlap (resume), or the whole description in chunks (job description); at most
    `max_chunks`, so one huge document cannot keep the embedder busy for minutes."""
    sections = (doc.parsed or {}).get("sections") or {}
    chunks: list[tuple[str, str]] = []
    if sections:
        for name, text in sections.items():
            chunks += [(name, piece) for piece in chunk_text(text)]
    else:
        chunks = [("body", piece) for piece in chunk_text(doc.text or "")]
    if max_chunks is not None and len(chunks) > max_chunks:
        logger.info("Document %s: indexing the first %d of %d chunks", doc.id, max_chunks, len(chunks))
        chunks = chunks[:max_chunks]
    return chunks


def session_summary(session: AIInterviewSession, assessment: InterviewAssessment | None) -> tuple[str, str]:
    """(summary text, comma-separated weak areas) of a finished interview, for the next interview to revisit."""
    result = assessment.result if assessment else {}
    weak = [w.get("dimension", "") for w in result.get("weakest_areas", [])][:5] if result else []
    topics = result.get("feedback", {}).get("recommended_topics", []) if result else []
    text = (f"{session.interview_type} interview for {session.role_context or 'a role'}"
            f"{' at ' + session.company_context if session.company_context else ''}. "
            f"Overall score {result.get('overall_score', 'n/a')}. Weak areas: {', '.join(weak) or 'none recorded'}. "
            f"Topics to study: {', '.join(topics) or 'none'}.")
    return text, ",".join(weak + topics)


class IndexingService:
    def __init__(self, rag: RagService, sessions: async_sessionmaker[AsyncSession], *,
                 max_chunks_per_document: int = 200) -> None:
        self.rag = rag
        self.sessions = sessions
        self.max_chunks_per_document = max_chunks_per_document
        # Background embedding runs one source at a time: a burst of uploads queues up instead of running many
        # model passes at once (each already uses every core).
        self._embedding = asyncio.Semaphore(1)
        self._tasks: set[asyncio.Task[Any]] = set()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- scheduling (returns at once) -----------------------------------------------------------------------------

    async def schedule_profile(self, user_id: int) -> None:
        self._spawn(self._guard(self.index_profile(user_id), f"profile of user {user_id}"))

    async def schedule_document(self, document_id: int) -> None:
        self._spawn(self._guard(self.index_document(document_id), f"document {document_id}"))

    async def schedule_bank(self) -> None:
        self._spawn(self._guard(self.rag.ensure_bank_indexed(), "question bank"))

    async def schedule_session_summary(self, session_id: int) -> None:
        self._spawn(self._guard(self.index_session(session_id), f"session {session_id}"))

    async def resume_unfinished(self) -> None:
        """Start-up: re-queue documents and profiles a stopped process left half-indexed."""
        async with self.sessions() as db:
            docs = (await db.scalars(select(Document.id).where(Document.status == "processing"))).all()
            users = (await db.scalars(select(UserProfile.user_id).where(UserProfile.index_status == "pending"))).all()
        for doc_id in docs:
            await self.schedule_document(doc_id)
        for user_id in users:
            await self.schedule_profile(user_id)

    async def _guard(self, coro: Coroutine[Any, Any, Any], what: str) -> None:
        try:
            async with self._embedding:
                await coro
        except asyncio.CancelledError:
            coro.close()  # cancelled while queued: it never started
            raise
        except Exception:
            logger.exception("Indexing %s failed", what)

    # --- the work ---------------------------------------------------------------------------------------------------

    async def index_profile(self, user_id: int) -> int:
        async with session_scope(self.sessions) as db:
            profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user_id))
            if profile is None:
                await self.rag.delete_source(user_id, "profile", str(user_id))
                return 0
            try:
                count = await self.rag.index_source(user_id, "profile", str(user_id),
                                                    [("profile", profile.to_context_string())])
            except Exception:
                profile.index_status = "failed"
                raise
            profile.index_status, profile.indexed_at = "indexed", datetime.now(UTC)
            return count

    async def index_document(self, document_id: int) -> int:
        async with self.sessions() as db:
            doc = await db.get(Document, document_id)
            if doc is None:
                return 0
            user_id, kind = doc.user_id, doc.kind
            try:
                count = await self.rag.index_source(user_id, kind, str(document_id),
                                                    document_chunks(doc, self.max_chunks_per_document))
                status, error = "indexed", None
            except Exception as exc:
                count, status, error = 0, "failed", type(exc).__name__
                logger.exception("Indexing document %s failed", document_id)
            updated = await db.execute(update(Document).where(Document.id == document_id)
                                       .values(status=status, index_error=error))
            await db.commit()
        if updated.rowcount == 0:
            # Deleted while we were indexing: its vectors must not outlive it.
            await self.rag.delete_source(user_id, kind, str(document_id))
        return count

    async def index_session(self, session_id: int) -> int:
        async with session_scope(self.sessions) as db:
            session = await db.get(AIInterviewSession, session_id)
            if session is None:
                return 0
            assessment = await db.scalar(select(InterviewAssessment)
                                         .where(InterviewAssessment.session_id == session_id))
            text, weak = session_summary(session, assessment)
            # Weak areas ride along as metadata so the next interview can steer towards them.
            return await self.rag.index_source(session.user_id, "session", str(session.id), [("summary", text)],
                                               extra={"weak_areas": weak})

    async def reindex_user(self, user_id: int) -> int:
        total = await self.index_profile(user_id)
        async with self.sessions() as db:
            doc_ids = (await db.scalars(select(Document.id).where(Document.user_id == user_id))).all()
            session_ids = (await db.scalars(select(InterviewAssessment.session_id).join(AIInterviewSession)
                                            .where(AIInterviewSession.user_id == user_id))).all()
        for doc_id in doc_ids:
            total += await self.index_document(doc_id)
        for session_id in session_ids:
            total += await self.index_session(session_id)
        return total

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None:
        await self.rag.delete_source(user_id, kind, str(document_id))

    async def forget_user(self, user_id: int) -> None:
        await self.rag.delete_user(user_id)
