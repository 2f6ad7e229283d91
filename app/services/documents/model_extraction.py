"""Model-backed structured extraction: when a model is configured, one structured call per uploaded document fills
or corrects the heuristic parse, in the background, before the document is indexed.

The upload request never waits for a model: it stores the heuristic parse (`parsed.source: "heuristic"`) and
schedules this step, which then schedules indexing as before. The model's answer is validated by a Pydantic schema
and trusted only where the document backs it up: every name it returns must appear in the document's text, and a
place is never accepted as an employer or a title. The merged parse records which source each field came from
(`parsed.sources`), `parsed.source` is "model" when any field came from the model, and `parsed.model_extraction`
says what happened (applied, or failed with the error's type: the heuristic parse then stands).
"""

from __future__ import annotations

import asyncio
import logging
import re
import unicodedata
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.models import Document
from app.services.documents.places import is_place
from app.services.documents.sections import label_span, unique, unique_ci, years_of_experience
from app.services.documents.skills import load_skill_lexicon
from app.services.llm.gateway import ModelGateway
from app.services.llm.prompts import document_extraction_messages
from app.services.roles import role_family

logger = logging.getLogger(__name__)

_Name = Field(default=None, max_length=200)


def _date_label(value: Any) -> str | None:
    """"2019-06", "2019" or "present"; anything else is dropped rather than failing the whole answer."""
    text = str(value or "").strip().lower()
    if text in {"present", "current", "now", "ongoing", "today"}:
        return "present"
    m = re.fullmatch(r"((?:19|20)\d{2})(?:[-/.](\d{1,2}))?", text)
    if not m:
        return None
    if m.group(2) and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    return m.group(1)


class ExtractedRole(BaseModel):
    """One role under experience."""

    title: str | None = Field(default=None, max_length=200, description="job title as written, no company/place")
    company: str | None = Field(default=None, max_length=200, description="employer as written; never a place")
    location: str | None = Field(default=None, max_length=120)
    start: str | None = Field(default=None, description="YYYY-MM, or YYYY when only the year is given")
    end: str | None = Field(default=None, description="YYYY-MM, YYYY, or present")

    @field_validator("start", "end", mode="before")
    @classmethod
    def _dates(cls, value: Any) -> str | None:
        return _date_label(value)


class ResumeExtraction(BaseModel):
    """The facts of a resume, copied as written."""

    name: str | None = _Name
    roles: list[ExtractedRole] = Field(default_factory=list, max_length=40)
    skills: list[str] = Field(default_factory=list, max_length=150)
    projects: list[str] = Field(default_factory=list, max_length=40)
    education: list[str] = Field(default_factory=list, max_length=12,
                                 description='one "degree, school, year" entry per qualification')


class JobDescriptionExtraction(BaseModel):
    """The facts of a job description, copied as written."""

    title: str | None = Field(default=None, max_length=200, description="the job title as written, no company")
    company: str | None = Field(default=None, max_length=200, description="the hiring company, or null")
    role: str | None = Field(default=None, max_length=120, description="the job without seniority, team or notes")
    seniority: Literal["junior", "mid", "senior", "staff"] | None = None
    must_have: list[str] = Field(default_factory=list, max_length=60)
    nice_to_have: list[str] = Field(default_factory=list, max_length=60)


SCHEMAS: dict[str, type[BaseModel]] = {"resume": ResumeExtraction, "job_description": JobDescriptionExtraction}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    return " ".join(text.split())


class _Grounding:
    """Whether a value the model returned is written in the document."""

    def __init__(self, text: str) -> None:
        self.text = _norm(text)

    def __call__(self, value: str | None) -> str | None:
        value = (value or "").strip()
        return value if value and _norm(value) in self.text else None

    def name(self, value: str | None) -> str | None:
        """A grounded company or title that is not a place."""
        found = self(value)
        return found if found and not is_place(found) else None


def _canonical_skill(item: str) -> str:
    found = load_skill_lexicon().find(item, skills_context=True)
    return found[0] if found else item.lower()


def merge_resume(heuristic: dict[str, Any], model: ResumeExtraction, text: str, *,
                 today: datetime | None = None) -> dict[str, Any]:
    """The heuristic parse, filled or corrected by the model where the document backs the model up."""
    today = today or datetime.now(UTC)
    grounded = _Grounding(text)
    merged = dict(heuristic)
    sources = {field: "heuristic" for field in ("name", "roles", "employers", "titles", "years_of_experience",
                                                 "skills", "projects", "education")}
    roles = []
    for role in model.roles:
        title, company = grounded.name(role.title), grounded.name(role.company)
        if (title or company) and role.start:
            roles.append({"title": title, "company": company, "location": grounded(role.location),
                          "start": role.start, "end": role.end or "present"})
    if roles:
        merged["roles"] = roles
        merged["employers"] = unique_ci(r["company"] for r in roles if r["company"])
        merged["titles"] = unique_ci(r["title"] for r in roles if r["title"])
        spans = [s for r in roles if (s := label_span(r["start"], r["end"], today=today.date()))]
        merged["years_of_experience"] = years_of_experience(spans)
        sources.update(roles="model", employers="model", titles="model", years_of_experience="model")
    if (name := grounded(model.name)) and name != heuristic.get("name"):
        merged["name"], sources["name"] = name, "model"
    projects = [p for p in (grounded(p) for p in model.projects) if p]
    if projects and [p.lower() for p in projects] != [p.lower() for p in heuristic.get("projects") or []]:
        merged["projects"], sources["projects"] = unique_ci(projects), "model"
    skills = list(heuristic.get("skills") or [])
    added = [s for s in unique(_canonical_skill(s) for s in model.skills if grounded(s)) if s not in skills]
    if added:
        merged["skills"], sources["skills"] = skills + added, "model"
    education = [e for e in model.education
                 if e.strip() and all(grounded(part) for part in e.split(",") if part.strip())]
    if education and not heuristic.get("education"):
        merged["education"], sources["education"] = education, "model"
    return _with_sources(merged, sources)


def merge_job_description(heuristic: dict[str, Any], model: JobDescriptionExtraction, text: str) -> dict[str, Any]:
    grounded = _Grounding(text)
    merged = dict(heuristic)
    sources = {field: "heuristic" for field in ("title", "company", "role", "seniority", "must_have",
                                                 "nice_to_have")}
    for field in ("title", "company", "role"):
        value = grounded.name(getattr(model, field))
        if value and value != heuristic.get(field):
            merged[field], sources[field] = value, "model"
    if model.seniority and model.seniority != heuristic.get("seniority"):
        merged["seniority"], sources["seniority"] = model.seniority, "model"
    for field in ("must_have", "nice_to_have"):
        current = list(heuristic.get(field) or [])
        added = [s for s in unique(_canonical_skill(s) for s in getattr(model, field) if grounded(s))
                 if s not in current]
        if added:
            merged[field], sources[field] = current + added, "model"
    merged["nice_to_have"] = [s for s in merged["nice_to_have"] if s not in merged["must_have"]]
    if sources["role"] == "model" and (family := role_family(merged["role"])) != "any":
        merged["role_family"] = family
    return _with_sources(merged, sources)


def _with_sources(merged: dict[str, Any], sources: dict[str, str]) -> dict[str, Any]:
    merged["sources"] = sources
    merged["source"] = "model" if "model" in sources.values() else "heuristic"
    return merged


class _Indexer(Protocol):
    async def schedule_document(self, document_id: int) -> None: ...

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None: ...

    async def wait_idle(self) -> None: ...


class ModelExtraction:
    """The background step in front of indexing. It has the same two methods the document service calls
    (`schedule_document`, `forget_document`), so the service stays unaware of it: scheduling returns at once, the
    model is asked once per document, and indexing is scheduled afterwards whatever the model did."""

    def __init__(self, gateway: ModelGateway, sessions: async_sessionmaker[AsyncSession], indexing: _Indexer) -> None:
        self.gateway = gateway
        self.sessions = sessions
        self.indexing = indexing
        self._tasks: set[asyncio.Task[Any]] = set()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def schedule_document(self, document_id: int) -> None:
        self._spawn(self._extract_then_index(document_id))

    async def forget_document(self, user_id: int, kind: str, document_id: int) -> None:
        await self.indexing.forget_document(user_id, kind, document_id)

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        await self.indexing.wait_idle()

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def _extract_then_index(self, document_id: int) -> None:
        try:
            await self.extract(document_id)
        except asyncio.CancelledError:
            raise
        except Exception:  # the heuristic parse stands; the document must still be indexed
            logger.exception("Model extraction for document %s failed", document_id)
        await self.indexing.schedule_document(document_id)

    async def extract(self, document_id: int) -> str | None:
        """Ask the model once for this document and store the merged parse; returns "applied" or "failed" (None
        when the document is gone or was already done)."""
        async with self.sessions() as db:
            doc = await db.get(Document, document_id)
            if doc is None or doc.kind not in SCHEMAS or (doc.parsed or {}).get("model_extraction"):
                return None
            kind, text, parsed = doc.kind, doc.text or "", dict(doc.parsed or {})
        if not text.strip():
            return None
        try:
            provider, answer = await self.gateway.structured(SCHEMAS[kind]).ainvoke(
                document_extraction_messages(kind, text))
            merged = (merge_resume(parsed, answer, text) if kind == "resume"
                      else merge_job_description(parsed, answer, text))
            merged["model_extraction"] = {"status": "applied", "provider": provider}
        except Exception as exc:  # every provider failed or answered off-schema: keep the heuristic parse
            logger.warning("Model extraction for document %s failed (%s); keeping the heuristic parse",
                           document_id, type(exc).__name__)
            merged = {**parsed, "model_extraction": {"status": "failed", "error": type(exc).__name__}}
        async with self.sessions() as db:
            await db.execute(update(Document).where(Document.id == document_id).values(parsed=merged))
            await db.commit()
        return merged["model_extraction"]["status"]
