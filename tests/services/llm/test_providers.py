"""The real ChatGroq / ChatOpenAI clients against local stubs of the chat-completions protocol: the fallback chain,
timeouts, malformed output, and the offline interviewer taking over when every provider fails."""

from __future__ import annotations

import httpx
import pytest
from pydantic import BaseModel

from app.core.config import Settings
from app.main import create_app


class InterviewerTurn(BaseModel):
    """A structured reply, as the assessment grader uses."""

    question: str
from app.services.llm.gateway import build_gateway
from tests.conftest import bearer, make_settings, register
from tests.stubs.openai_stub import StubServer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def groq_stub():
    with StubServer() as stub:
        yield stub


@pytest.fixture(scope="module")
def openai_stub():
    with StubServer() as stub:
        yield stub


@pytest.fixture(autouse=True)
def reset_stubs(groq_stub, openai_stub):
    for stub in (groq_stub, openai_stub):
        stub.state.mode = "ok"
        stub.state.requests = 0


def provider_settings(groq_stub, openai_stub, **extra) -> Settings:
    return Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=groq_stub.url,
                    openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                    llm_timeout_seconds=1.5, llm_max_retries=0, **extra)


MESSAGES = [("system", "You are an interviewer."), ("human", "<task>Ask main question 1 of 3</task>")]


def test_no_keys_means_offline():
    assert build_gateway(Settings(_env_file=None)) is None
    assert build_gateway(Settings(_env_file=None, groq_api_key="k", llm_offline=True)) is None


def test_order_is_groq_openai_then_compatible(groq_stub, openai_stub):
    settings = provider_settings(groq_stub, openai_stub, llm_base_url=f"{openai_stub.url}/v1")
    assert [p.name for p in build_gateway(settings).providers] == ["groq", "openai", "openai_compatible"]


async def test_primary_answers_with_structured_output(groq_stub, openai_stub):
    gateway = build_gateway(provider_settings(groq_stub, openai_stub))
    provider, turn = await gateway.structured(InterviewerTurn).ainvoke(MESSAGES)
    assert provider == "groq" and isinstance(turn, InterviewerTurn) and turn.question.startswith("STUB QUESTION")
    assert groq_stub.state.requests == 1 and openai_stub.state.requests == 0
    sent = groq_stub.state.last_body
    assert sent["model"] == "llama-3.3-70b-versatile" and sent["tools"][0]["function"]["name"] == "InterviewerTurn"


@pytest.mark.parametrize("failure", ["error", "timeout", "malformed"])
async def test_primary_failure_falls_back_to_openai(groq_stub, openai_stub, failure):
    groq_stub.state.mode = failure
    gateway = build_gateway(provider_settings(groq_stub, openai_stub))
    provider, turn = await gateway.structured(InterviewerTurn).ainvoke(MESSAGES)
    assert provider == "openai" and turn.question
    assert groq_stub.state.requests >= 1 and openai_stub.state.requests == 1


async def test_all_failing_raises_for_the_caller_to_go_offline(groq_stub, openai_stub):
    groq_stub.state.mode = openai_stub.state.mode = "error"
    gateway = build_gateway(provider_settings(groq_stub, openai_stub))
    with pytest.raises(Exception):
        await gateway.structured(InterviewerTurn).ainvoke(MESSAGES)


async def test_streaming_through_the_real_client(groq_stub, openai_stub):
    gateway = build_gateway(provider_settings(groq_stub, openai_stub))
    chunks = [c.content async for c in gateway.providers[1].model.astream("hello")]
    assert len(chunks) > 3 and "".join(chunks).strip().startswith("STUB QUESTION")
    provider, text = await gateway.chat().ainvoke(MESSAGES)
    assert provider == "groq" and "STAR" in text


async def _interview_app(tmp_path, clean_db, groq_stub, openai_stub):
    settings = make_settings(tmp_path, clean_db, groq_api_key="gsk-test", groq_base_url=groq_stub.url,
                             openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                             llm_timeout_seconds=1.0, llm_max_retries=0)
    return create_app(settings)


async def test_interview_over_api_survives_provider_outage(tmp_path, clean_db, groq_stub, openai_stub):
    app = await _interview_app(tmp_path, clean_db, groq_stub, openai_stub)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            h = bearer((await register(c))["token"])
            start = await c.post("/ai-interview/sessions", headers=h,
                                 json={"title": "t", "interview_type": "behavioral", "max_questions": 3})
            assert start.status_code == 201
            assert start.json()["mode"] == "llm" and start.json()["provider"] == "groq"
            assert "STUB QUESTION" in start.json()["response"]
            groq_stub.state.mode = "error"
            r1 = await c.post(f"/ai-interview/sessions/{start.json()['id']}/message", headers=h,
                              json={"message": "I led a migration of our billing system. " * 5})
            assert r1.status_code == 200 and r1.json()["provider"] == "openai"
            openai_stub.state.mode = "timeout"
            r2 = await c.post(f"/ai-interview/sessions/{start.json()['id']}/message", headers=h,
                              json={"message": "We cut costs by 30% by moving batch jobs to spot instances. " * 4})
            assert r2.status_code == 200
            assert r2.json()["mode"] == "offline" and r2.json()["provider"] is None
            assert "STUB" not in r2.json()["response"]
            groq_stub.state.mode = "ok"
            r3 = await c.post(f"/ai-interview/sessions/{start.json()['id']}/message", headers=h,
                              json={"message": "I would start by clarifying the requirements with users. " * 4})
            assert r3.status_code == 200 and r3.json()["mode"] == "llm"
            detail = (await c.get(f"/ai-interview/sessions/{start.json()['id']}", headers=h)).json()
            modes = [t["mode"] for t in detail["interactions"] if t["role"] == "interviewer"]
            assert modes[:4] == ["llm", "llm", "offline", "llm"]
