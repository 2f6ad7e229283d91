"""Retrieval with the real embedding model and real Chroma (embedded, and a Chroma server when marked slow)."""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from app.core.config import Settings
from app.services.question_bank import questions_by_id
from app.services.retrieval.embedder import shared_embedder
from app.services.retrieval.rag import RagService
from app.services.roles import role_family
from tests.conftest import free_port

CASES = yaml.safe_load((Path(__file__).resolve().parents[2] / "data" / "retrieval_cases.yaml").read_text())


def rag_for(path: Path) -> RagService:
    return RagService(Settings(_env_file=None, chroma_path=path))


@pytest.fixture(scope="module")
async def bank_rag(chroma_dir) -> RagService:
    rag = rag_for(chroma_dir)
    await rag.ensure_bank_indexed()
    return rag


def test_embeddings_come_from_the_shipped_model():
    vectors = shared_embedder().embed(["How do I scale a database?", "Sharding a PostgreSQL cluster",
                                       "My favourite pasta recipe"])
    assert len(vectors[0]) == 384
    assert math.isclose(sum(v * v for v in vectors[0]), 1.0, rel_tol=1e-3)
    close = sum(a * b for a, b in zip(vectors[0], vectors[1], strict=True))
    far = sum(a * b for a, b in zip(vectors[0], vectors[2], strict=True))
    assert close > far + 0.15


async def test_indexing_is_idempotent_and_replaces_changed_chunks(tmp_path, monkeypatch):
    rag = rag_for(tmp_path / "c")
    embedded: list[int] = []
    real = rag.embedder.aembed

    async def counting(texts):
        embedded.append(len(texts))
        return await real(texts)

    monkeypatch.setattr(rag.embedder, "aembed", counting)
    chunks = [("experience", "Built a payments ledger in Go"), ("skills", "Go, PostgreSQL, Kafka")]
    assert await rag.index_source(1, "resume", "10", chunks) == 2
    assert await rag.index_source(1, "resume", "10", chunks) == 2
    assert embedded == [2]  # the second run embedded nothing
    await rag.index_source(1, "resume", "10", [chunks[0], ("skills", "Go, PostgreSQL, Kafka, Redis")])
    assert embedded == [2, 1] and await rag.count_user(1) == 2
    hits = await rag.search_user_context(1, "which message queues do you know", sources=["resume"])
    assert any("Redis" in h.text for h in hits) and not any(h.text == "Go, PostgreSQL, Kafka" for h in hits)


async def test_a_repeated_passage_is_indexed_once(tmp_path):
    rag = rag_for(tmp_path / "c")
    bullet = ("experience", "Cut checkout latency from 1.2 s to 300 ms")
    assert await rag.index_source(1, "resume", "7", [bullet, ("skills", "Go, Kafka"), bullet]) == 2
    assert await rag.count_user(1) == 2


async def test_users_never_see_each_others_context(tmp_path):
    rag = rag_for(tmp_path / "c")
    await rag.index_source(1, "resume", "1", [("experience", "Led the iOS team at a bank")])
    await rag.index_source(2, "resume", "2", [("experience", "Led the iOS team at a fintech")])
    hits = await rag.search_user_context(1, "iOS team lead", k=10)
    assert hits and all(h.metadata["user_id"] == 1 for h in hits)
    await rag.delete_source(1, "resume", "1")
    assert await rag.count_user(1) == 0 and await rag.count_user(2) == 1
    await rag.delete_user(2)
    assert await rag.count_user(2) == 0


async def test_bank_filters_by_category_and_role(bank_rag):
    hits = await bank_rag.search_questions("Kubernetes deployments and incident response", category="technical",
                                           role_family="devops", k=5)
    bank = questions_by_id()
    assert len(hits) == 5 and all(bank[h.id].category == "technical" for h in hits)
    assert all({"devops", "any"} & set(bank[h.id].roles) for h in hits)
    amazon = await bank_rag.search_questions("customer obsession ownership", category="behavioral",
                                             company="amazon", k=5)
    assert sum("amazon" in bank[h.id].companies for h in amazon) >= 3


async def test_retrieval_quality_on_labelled_cases(bank_rag):
    bank = questions_by_id()
    passed, failures = 0, []
    for case in CASES:
        family = role_family(case["query"][:80])
        hits = await bank_rag.search_questions(case["query"], category=case["category"], role_family=family, k=5)
        tags = set(case["expect_tags"])
        if any(tags & (set(bank[h.id].topics) | set(bank[h.id].competencies) | set(bank[h.id].roles)) for h in hits):
            passed += 1
        else:
            failures.append(case["id"])
    rate = passed / len(CASES)
    print(f"\nretrieval: expected tag in top 5 for {passed}/{len(CASES)} cases ({rate:.0%}); misses: {failures}")
    assert len(CASES) >= 30 and rate >= 0.9


async def test_interview_context_feeds_the_plan(bank_rag):
    await bank_rag.index_source(5, "resume", "9", [("projects", "Ledgerly: a double-entry payments ledger in Go")])
    state = {"config": {"role": "Backend Engineer", "role_family": "backend", "difficulty": "medium",
                        "seniority": "senior", "company": None, "interview_type": "technical", "max_questions": 6},
             "context": {"focus_topics": ["kafka", "event streaming"], "resume": {"skills": ["go", "kafka"]}}}
    out = await bank_rag.interview_context(5, state, categories=["technical", "behavioral", "system_design"])
    assert any("Ledgerly" in e for e in out["resume_excerpts"])
    refs = out["retrieved_question_refs"]
    bank = questions_by_id()
    technical = [bank[r] for r in refs["technical"][:5]]
    assert any({"kafka", "streaming"} & set(q.topics + q.competencies) for q in technical)
    await bank_rag.delete_user(5)


@pytest.mark.slow
async def test_chroma_server_via_http_client(tmp_path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(150):
            try:
                httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=0.5, trust_env=False)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        rag = RagService(Settings(_env_file=None, chroma_host="127.0.0.1", chroma_port=port))
        assert (await rag.probe())["backend"] == "http"
        await rag.index_source(3, "profile", "3", [("profile", "Senior data engineer, Spark and Airflow")])
        hits = await rag.search_user_context(3, "batch pipelines with Spark")
        assert hits and hits[0].metadata["source"] == "profile"
        await rag.ensure_bank_indexed()
        assert (await rag.search_questions("design a rate limiter", category="system_design", k=3))
    finally:
        proc.terminate()
        proc.wait(10)


async def test_a_repeated_query_is_embedded_once(tmp_path, monkeypatch):
    rag = rag_for(tmp_path / "c")
    embedded: list[list[str]] = []
    real = rag.embedder.aembed

    async def counting(texts):
        embedded.append(list(texts))
        return await real(texts)

    monkeypatch.setattr(rag.embedder, "aembed", counting)
    first = await rag.embedder.aembed_query("Backend Engineer at Stripe: kafka, go")
    again = await rag.embedder.aembed_query("Backend Engineer at Stripe: kafka, go")
    other = await rag.embedder.aembed_query("Data Engineer: spark")
    assert first == again and first != other
    assert embedded == [["Backend Engineer at Stripe: kafka, go"], ["Data Engineer: spark"]]


async def test_a_repeated_bank_search_is_answered_without_chroma(tmp_path, monkeypatch):
    rag = rag_for(tmp_path / "c")
    queries: list[dict] = []
    real = rag.bank.query

    def counting(**kwargs):
        queries.append(kwargs)
        return real(**kwargs)

    monkeypatch.setattr(rag.bank, "query", counting)
    # A search while the bank is still being indexed may see part of it: not remembered.
    await rag.search_questions("design a rate limiter", category="system_design", k=3)
    await rag.ensure_bank_indexed()
    await rag.search_questions("design a rate limiter", category="system_design", k=3)
    assert len(queries) == 2
    first = await rag.search_questions("design a rate limiter", category="system_design", k=3)
    again = await rag.search_questions("design a rate limiter", category="system_design", k=3)
    assert len(queries) == 2 and first and [h.id for h in first] == [h.id for h in again]
    # Another company or an excluded question is another search.
    await rag.search_questions("design a rate limiter", category="system_design", k=3, company="Stripe")
    assert len(queries) == 4  # the company's own styled questions are a second query
    others = await rag.search_questions("design a rate limiter", category="system_design", k=3,
                                        exclude={first[0].id})
    assert len(queries) == 5 and first[0].id not in [h.id for h in others]
