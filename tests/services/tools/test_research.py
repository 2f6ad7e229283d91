"""Company research against local stubs of Tavily, Exa and Serper (their documented requests and responses), the
per-company cache shared through the file storage, and its place in the interviewer's prompt."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from langgraph.checkpoint.memory import InMemorySaver

from app.core.config import Settings
from app.services.interview.graph import build_graph
from app.services.interview.nodes import InterviewNodes
from app.services.storage import LocalStorage
from app.services.tools.research import CompanyResearch
from tests.fakes import fake_gateway


class SearchStubs:
    """Tavily (POST api.tavily.com/search, Bearer key, {query, max_results} → {results: [{title, url, content}]}),
    Exa (POST api.exa.ai/search, x-api-key, {query, numResults, contents.text} → {results: [{title, url, text}]}),
    Serper (POST google.serper.dev/search, X-API-KEY, {q, num} → {organic: [{title, link, snippet}]}). A request
    that does not match the provider's documented shape gets a 400, so a wrong adapter fails the test."""

    def __init__(self, fail: frozenset[str] = frozenset()) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.fail = fail

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host, body = request.url.host, json.loads(request.content or b"{}")
        self.calls.append((host, body))
        if request.method != "POST" or request.url.path != "/search" or any(f in host for f in self.fail):
            return httpx.Response(500 if request.url.path == "/search" else 404)
        if host == "api.tavily.com":
            ok = request.headers.get("authorization") == "Bearer tvly-key" and isinstance(body.get("query"), str) \
                and isinstance(body.get("max_results"), int)
            result = {"query": body.get("query"), "results": [
                {"title": "Acme engineering blog", "url": "https://acme.example/blog/deploys", "score": 0.9,
                 "content": "Acme ships to production dozens of times a day behind feature flags."},
                {"title": "Acme interview guide", "url": "https://acme.example/careers/interviews", "score": 0.8,
                 "content": "Acme's loop has a system design round and a values interview about ownership."}]}
        elif host == "api.exa.ai":
            ok = request.headers.get("x-api-key") == "exa-key" and isinstance(body.get("numResults"), int) \
                and "text" in (body.get("contents") or {})
            result = {"results": [{"id": "1", "title": "Acme products", "url": "https://exa.example/acme",
                                   "text": "Acme builds payment APIs used by small online shops."}]}
        elif host == "google.serper.dev":
            ok = request.headers.get("x-api-key") == "serper-key" and isinstance(body.get("q"), str) \
                and isinstance(body.get("num"), int)
            result = {"searchParameters": {"q": body.get("q")}, "organic": [
                {"title": "Acme on Glassdoor", "link": "https://serper.example/acme", "position": 1,
                 "snippet": "Candidates describe a practical coding exercise and a debugging session."}]}
        else:
            return httpx.Response(404)
        return httpx.Response(200, json=result) if ok else httpx.Response(400, json={"error": "bad request shape"})


def make(tmp_path, stubs, **keys) -> CompanyResearch:
    settings = Settings(_env_file=None, **keys)
    client = httpx.AsyncClient(transport=httpx.MockTransport(stubs))
    return CompanyResearch(settings, LocalStorage(tmp_path / "files", "s" * 40), http_client=client)


@pytest.mark.parametrize(("keys", "host", "snippet"), [
    ({"tavily_api_key": "tvly-key"}, "api.tavily.com", "feature flags"),
    ({"exa_api_key": "exa-key"}, "api.exa.ai", "payment APIs"),
    ({"serper_api_key": "serper-key"}, "google.serper.dev", "debugging session"),
])
async def test_each_provider_gives_a_cited_summary(tmp_path, keys, host, snippet):
    stubs = SearchStubs()
    found = await make(tmp_path, stubs, **keys).research("Acme", "Backend Engineer")
    assert {h for h, _ in stubs.calls} == {host}
    assert found["provider"] == {"api.tavily.com": "tavily", "api.exa.ai": "exa", "google.serper.dev": "serper"}[host]
    assert snippet in found["summary"] and found["company"] == "Acme"
    for source in found["sources"]:  # every line of the summary cites a source by number
        assert f"[{source['n']}]" in found["summary"] and source["url"].startswith("https://")
    assert any("Acme" in body.get("query", body.get("q", "")) for _, body in stubs.calls)


async def test_cached_per_company_for_a_day_then_refreshed(tmp_path):
    stubs = SearchStubs()
    research = make(tmp_path, stubs, tavily_api_key="tvly-key")
    first = await research.research("Acme", "Backend Engineer")
    calls = len(stubs.calls)
    # Another worker (another instance on the same storage) and another role: served from the cache.
    other = CompanyResearch(research.settings, research.storage, http_client=research.http_client)
    assert await other.research("acme", "Data Engineer") == first and len(stubs.calls) == calls
    stale = first | {"fetched_at": (datetime.now(UTC) - timedelta(hours=25)).isoformat()}
    await research.storage.put(research.cache_key("Acme"), json.dumps(stale).encode(), "application/json")
    refreshed = await research.research("Acme", "Backend Engineer")
    assert len(stubs.calls) > calls and refreshed["fetched_at"] != stale["fetched_at"]


async def test_failures_fall_through_and_never_raise(tmp_path):
    stubs = SearchStubs(fail=frozenset({"tavily"}))
    found = await make(tmp_path, stubs, tavily_api_key="tvly-key", exa_api_key="exa-key").research("Acme", "SRE")
    assert found["provider"] == "exa"
    dead = SearchStubs(fail=frozenset({"tavily", "exa", "serper"}))
    assert await make(tmp_path / "x", dead, tavily_api_key="tvly-key").research("Acme", "SRE") is None
    bad_key = SearchStubs()
    assert await make(tmp_path / "y", bad_key, tavily_api_key="wrong").research("Acme", "SRE") is None


async def test_without_a_key_nothing_is_called(tmp_path):
    stubs = SearchStubs()
    research = make(tmp_path, stubs)
    assert not research.configured and await research.research("Acme", "SRE") is None and stubs.calls == []


async def test_interview_prompt_carries_the_research_as_third_party_data(tmp_path):
    stubs = SearchStubs()
    research = make(tmp_path, stubs, tavily_api_key="tvly-key")
    gateway = fake_gateway()
    graph = build_graph(InterviewNodes(gateway, researcher=research), InMemorySaver())
    cfg = {"interview_type": "mixed", "difficulty": "medium", "max_questions": 3, "max_follow_ups": 2,
           "role": "Backend Engineer", "company": "Acme", "role_family": "backend", "seniority": "mid", "seed": 3}
    state = await graph.ainvoke({"config": cfg, "context": {}}, {"configurable": {"thread_id": str(uuid.uuid4())}})
    assert state["context"]["company_research"]["sources"]
    prompt = gateway.providers[0].model.calls[-1][-1].content
    assert "THIRD-PARTY" in prompt and "feature flags" in prompt and "https://acme.example/blog/deploys" in prompt
    assert prompt.index("THIRD-PARTY") < prompt.index("</candidate_data>")  # inside the data block

    # No company, or no key: no research, no call, the same prompt as before.
    stubs.calls.clear()
    state = await graph.ainvoke({"config": cfg | {"company": None}, "context": {}},
                                {"configurable": {"thread_id": str(uuid.uuid4())}})
    assert "company_research" not in state["context"] and stubs.calls == []
    plain = build_graph(InterviewNodes(fake_gateway(), researcher=None), InMemorySaver())
    state = await plain.ainvoke({"config": cfg, "context": {}}, {"configurable": {"thread_id": str(uuid.uuid4())}})
    assert "company_research" not in state["context"]
