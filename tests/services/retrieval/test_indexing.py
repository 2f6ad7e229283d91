"""Keeping the retrieval index in step with the user's data: what gets chunked, the status a document shows while
and after it is indexed, failures, profiles, past interviews, and re-indexing everything on demand."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import AIInterviewSession, Document, InterviewAssessment, User, UserProfile
from app.services.retrieval.indexing import document_chunks, session_summary

RESUME_SECTIONS = {"experience": "Senior Backend Engineer, Quillstone Payments. Built the Ledgerline ledger in Go.",
                   "skills": "Go, PostgreSQL, Kafka"}


def test_a_resume_is_chunked_by_section_and_a_description_as_a_whole():
    resume = Document(kind="resume", text="ignored", parsed={"sections": RESUME_SECTIONS})
    assert document_chunks(resume) == [("experience", RESUME_SECTIONS["experience"]), ("skills", "Go, PostgreSQL, Kafka")]
    long_jd = Document(kind="job_description", text="We need a backend engineer.\n" * 60, parsed={})
    chunks = document_chunks(long_jd)
    assert len(chunks) > 1 and {name for name, _ in chunks} == {"body"} and all(len(t) <= 700 for _, t in chunks)


def test_an_interview_summary_names_its_score_and_weak_areas():
    session = AIInterviewSession(interview_type="behavioral", role_context="Backend Engineer", company_context="Acme")
    assessment = InterviewAssessment(result={"overall_score": 61.5, "weakest_areas": [
        {"dimension": "impact"}, {"dimension": "ownership"}], "feedback": {"recommended_topics": ["kafka"]}})
    text, weak = session_summary(session, assessment)
    assert "behavioral interview for Backend Engineer at Acme" in text and "61.5" in text and "impact" in text
    assert weak == "impact,ownership,kafka"
    assert session_summary(session, None)[1] == ""


async def _user(app) -> int:  # noqa: ANN001
    async with app.state.db_sessions() as db:
        user = User(email="idx@example.com", name="Idx", hashed_password="x")
        db.add(user)
        await db.commit()
        return user.id


async def _document(app, user_id: int, **fields) -> int:  # noqa: ANN001
    async with app.state.db_sessions() as db:
        doc = Document(user_id=user_id, kind="resume", text="Go developer", parsed={"sections": RESUME_SECTIONS},
                       status="processing", **fields)
        db.add(doc)
        await db.commit()
        return doc.id


async def _status(app, doc_id: int) -> tuple[str, str | None]:  # noqa: ANN001
    async with app.state.db_sessions() as db:
        doc = await db.get(Document, doc_id)
        return doc.status, doc.index_error


async def test_document_status_goes_from_processing_to_indexed_or_failed(app, monkeypatch):
    indexing = app.state.indexing
    user_id = await _user(app)
    doc_id = await _document(app, user_id)
    assert await _status(app, doc_id) == ("processing", None)
    assert await indexing.index_document(doc_id) == 2
    assert await _status(app, doc_id) == ("indexed", None)
    hits = await indexing.rag.search_user_context(user_id, "ledger written in Go", sources=["resume"])
    assert hits and "Ledgerline" in hits[0].text

    async def broken(*args, **kwargs):
        raise ConnectionError("vector store down")

    failing = await _document(app, user_id)
    monkeypatch.setattr(indexing.rag, "index_source", broken)
    with pytest.raises(ConnectionError):  # a job with attempts left: raised for a retry, the status is kept
        await indexing.index_document(failing, final=False)
    assert await _status(app, failing) == ("processing", None)
    with pytest.raises(ConnectionError):  # the last attempt: the document shows why it failed
        await indexing.index_document(failing)
    assert await _status(app, failing) == ("failed", "ConnectionError")
    assert await indexing.index_document(10_000) == 0  # a document deleted before its turn came: nothing to do


async def test_profile_and_past_interviews_are_indexed_and_reindexing_does_everything(app):
    indexing = app.state.indexing
    user_id = await _user(app)
    assert await indexing.index_profile(user_id) == 0  # no profile yet: nothing, and no error
    async with app.state.db_sessions() as db:
        db.add(UserProfile(user_id=user_id, current_role="Backend Engineer", technical_skills=["Go", "Kafka"]))
        session = AIInterviewSession(user_id=user_id, thread_id="t-1", title="past", interview_type="technical",
                                     max_questions=3, status="completed")
        db.add(session)
        await db.flush()
        db.add(InterviewAssessment(session_id=session.id, overall_score=55, method="heuristic", result={
            "overall_score": 55, "weakest_areas": [{"dimension": "depth"}], "feedback": {"recommended_topics": []}}))
        await db.commit()
        session_id = session.id
    await _document(app, user_id)
    assert await indexing.index_profile(user_id) == 1
    async with app.state.db_sessions() as db:
        profile = await db.scalar(select(UserProfile).where(UserProfile.user_id == user_id))
        assert profile.index_status == "indexed" and profile.indexed_at is not None
    assert await indexing.index_session(session_id) == 1
    past = await indexing.rag.search_user_context(user_id, "past interview", sources=["session"])
    assert past and past[0].metadata["weak_areas"] == "depth"
    # profile (1) + resume sections (2) + past interview (1), all again, idempotently
    assert await indexing.reindex_user(user_id) == 4
    assert await indexing.rag.count_user(user_id) == 4


@pytest.mark.parametrize("kind", ["user", "document"])
async def test_forgetting_removes_the_vectors(app, kind):
    indexing = app.state.indexing
    user_id = await _user(app)
    doc_id = await _document(app, user_id)
    await indexing.index_document(doc_id)
    assert await indexing.rag.count_user(user_id) == 2
    if kind == "document":
        await indexing.forget_document(user_id, "resume", doc_id)
    else:
        await indexing.forget_user(user_id)
    assert await indexing.rag.count_user(user_id) == 0
