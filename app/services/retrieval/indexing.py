"""Keeps the retrieval index in step with the user's data.

Profile, document and interview-summary changes are indexed in the background as jobs on the task queue
(app/tasks): inside the API process by default, on task workers when TASK_BROKER_URL is set. Each piece of work
has a deterministic key, so scheduling it twice runs it once, and every job is idempotent, so a retried or
redelivered run is harmless. The row's status says where it is: pending or processing → indexed / failed.
`reindex_user` does everything now, in the caller. Work left unfinished by a stopped process is scheduled again at
start-up; a job still queued or running elsewhere is not duplicated.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.db import session_scope
from app.models import AIInterviewSession, Document, InterviewAssessment, UserProfile
from app.services.retrieval.chunking import chunk_text
from app.services.retrieval.rag import RagService, bank_version, content_hash

logger = logging.getLogger(__name__)


class JobQueue(Protocol):
    """The task queue as the domain sees it (app.tasks.queue.TaskQueue implements it)."""

    async def enqueue(self, job: str, key: str, **kwargs: Any) -> str: ...

    async def wait_result(self, task_id: str, timeout: float | None = None) -> Any: ...

    async def wait_idle(self) -> None: ...


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
    def __init__(self, rag: RagService, sessions: async_sessionmaker[AsyncSession], queue: JobQueue, *,
                 max_chunks_per_document: int = 200) -> None:
        self.rag = rag
        self.sessions = sessions
        self.queue = queue
        self.max_chunks_per_document = max_chunks_per_document
        # Embedding runs one document at a time in a process: a burst of uploads queues up instead of running
        # many model passes at once (each already uses every core).
        self._embedding = asyncio.Semaphore(1)
        self._watchers: set[asyncio.Task[Any]] = set()

    async def wait_idle(self) -> None:
        """Until every job this process scheduled has finished (tests wait on it)."""
        await self.queue.wait_idle()

    async def close(self) -> None:
        for task in list(self._watchers):
            task.cancel()
        await asyncio.gather(*list(self._watchers), return_exceptions=True)

    # --- scheduling (returns at once) -----------------------------------------------------------------------------

    async def _enqueue(self, job: str, key: str, **kwargs: Any) -> str | None:
        try:
            return await self.queue.enqueue(job, key, **kwargs)
        except Exception:
            # The change itself is saved; its row stays pending/processing and the next start-up (or
            # POST /ai-interview/profile/index) schedules it again.
            logger.exception("Could not queue %s %s", job, key)
            return None

    async def schedule_profile(self, user_id: int) -> None:
        async with self.sessions() as db:
            profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user_id))
            # Keyed by content: saving the same profile twice indexes it once; a new version is new work.
            version = content_hash(profile.to_context_string()) if profile else "removed"
        await self._enqueue("index_profile", f"{user_id}:{version}", user_id=user_id)

    async def schedule_document(self, document_id: int) -> None:
        await self._enqueue("index_document", str(document_id), document_id=document_id)

    async def schedule_session_summary(self, session_id: int) -> None:
        await self._enqueue("index_session_summary", str(session_id), session_id=session_id)

    async def schedule_bank(self) -> None:
        """Embed the question bank, once per bank version whoever asks; this process's retriever searches the bank
        once the job's result says it is there."""
        task_id = await self._enqueue("embed_question_bank", bank_version())
        if task_id is not None:
            watcher = asyncio.create_task(self._mark_bank_ready(task_id))
            self._watchers.add(watcher)
            watcher.add_done_callback(self._watchers.discard)

    async def bank_jobs_finished(self) -> None:
        """Returns once the bank jobs scheduled so far have finished, whatever their outcome."""
        await asyncio.gather(*list(self._watchers), return_exceptions=True)

    async def _mark_bank_ready(self, task_id: str) -> None:
        result = await self.queue.wait_result(task_id)
        if result is not None and not result.is_err:
            self.rag.bank_ready = True

    async def resume_unfinished(self, schedule_document: Callable[[int], Awaitable[None]] | None = None) -> None:
        """Start-up: schedule documents and profiles a stopped process left half-indexed. Work still queued or
        running on a task worker holds its claim, so it is not queued twice. Documents go through
        `schedule_document` when given (the model-extraction step in front of indexing)."""
        async with self.sessions() as db:
            docs = (await db.scalars(select(Document.id).where(Document.status == "processing"))).all()
            users = (await db.scalars(select(UserProfile.user_id).where(UserProfile.index_status == "pending"))).all()
        for doc_id in docs:
            await (schedule_document or self.schedule_document)(doc_id)
        for user_id in users:
            await self.schedule_profile(user_id)

    # --- the work ---------------------------------------------------------------------------------------------------

    # With `final=False` (a job that has attempts left) a failure leaves the row's status as it is, so a client
    # sees "failed" only once no retry is coming.

    async def index_profile(self, user_id: int, *, final: bool = True) -> int:
        async with self.sessions() as db:
            profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user_id))
            text = profile.to_context_string() if profile else None
        if text is None:
            await self.rag.delete_source(user_id, "profile", str(user_id))
            return 0
        try:
            count = await self.rag.index_source(user_id, "profile", str(user_id), [("profile", text)])
        except Exception:
            if final:
                await self._set_profile_status(user_id, "failed", None)
            raise
        await self._set_profile_status(user_id, "indexed", datetime.now(UTC))
        return count

    async def _set_profile_status(self, user_id: int, status: str, indexed_at: datetime | None) -> None:
        async with session_scope(self.sessions) as db:
            await db.execute(update(UserProfile).where(UserProfile.user_id == user_id)
                             .values(index_status=status, indexed_at=indexed_at))

    async def index_document(self, document_id: int, *, final: bool = True) -> int:
        async with self.sessions() as db:
            doc = await db.get(Document, document_id)
            if doc is None:
                return 0
            user_id, kind, chunks = doc.user_id, doc.kind, document_chunks(doc, self.max_chunks_per_document)
        try:
            async with self._embedding:
                count = await self.rag.index_source(user_id, kind, str(document_id), chunks)
        except Exception as exc:
            if final:
                await self._set_document_status(document_id, "failed", type(exc).__name__)
            raise
        if not await self._set_document_status(document_id, "indexed", None):
            # Deleted while we were indexing: its vectors must not outlive it.
            await self.rag.delete_source(user_id, kind, str(document_id))
        return count

    async def _set_document_status(self, document_id: int, status: str, error: str | None) -> bool:
        async with session_scope(self.sessions) as db:
            updated = await db.execute(update(Document).where(Document.id == document_id)
                                       .values(status=status, index_error=error))
        return bool(updated.rowcount)

    async def index_session(self, session_id: int) -> int:
        async with self.sessions() as db:
            session = await db.get(AIInterviewSession, session_id)
            if session is None:
                return 0
            assessment = await db.scalar(select(InterviewAssessment)
                                         .where(InterviewAssessment.session_id == session_id))
            user_id = session.user_id
            text, weak = session_summary(session, assessment)
        # Weak areas ride along as metadata so the next interview can steer towards them.
        return await self.rag.index_source(user_id, "session", str(session_id), [("summary", text)],
                                           extra={"weak_areas": weak})

    async def reindex_user(self, user_id: int) -> int:
        total = await self.index_profile(user_id)
        async with self.sessions() as db:
            doc_ids = (await db.scalars(select(Document.id).where(Document.user_id == user_id))).all()
            session_ids = (await db.scalars(select(InterviewAssessment.session_id).join(AIInterviewSession)
                                            .where(AIInterviewSession.user_id == user_id))).all()
        for doc_id in doc_ids:
            try:
                total += await self.index_document(doc_id)
            except Exception:  # recorded on the document as failed; the others still count
                logger.exception("Indexing document %s failed", doc_id)
        for session_id in session_ids:
            total += await self.index_session(session_id)
        return total

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None:
        await self.rag.delete_source(user_id, kind, str(document_id))

    async def forget_user(self, user_id: int) -> None:
        await self.rag.delete_user(user_id)
