"""The real ChatGroq / ChatOpenAI clients against local stubs of the chat-completions protocol: the fallback chain,
timeouts, malformed output, and the offline interviewer taking over when every provider fails."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pydantic import BaseModel

from app.core.config import Settings
from app.main import create_app
from app.services.llm.gateway import STREAM_BREAK, AllProvidersFailed, CircuitBreaker, build_gateway
from tests.conftest import bearer, make_settings, register
from tests.stubs.openai_stub import StubServer


class InterviewerTurn(BaseModel):
    """A structured reply, as the assessment grader uses."""

    question: str

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
        stub.state.token_delay, stub.state.break_after = 0.0, None


def provider_settings(groq_stub, openai_stub, **extra) -> Settings:
    # A roomy per-request timeout: a busy machine stalling the stub for a second is no provider failure.
    return Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=groq_stub.url,
                    openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                    **{"llm_timeout_seconds": 10, "llm_max_retries": 0} | extra)


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
    # A hanging Groq is given up on at its share of the deadline (half of it), which leaves OpenAI the other half.
    gateway = build_gateway(provider_settings(groq_stub, openai_stub, llm_deadline_seconds=6))
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


async def test_a_reply_streaming_past_the_deadline_is_not_cut_off(groq_stub):
    """Words already shown cannot be taken back: the deadline bounds the wait for the first word, not the reply."""
    # Groq alone, so its first word may take the whole deadline (a busy machine can stall it for seconds), and the
    # stub's thirteen words a third of a second apart outlast the deadline whatever the machine does.
    groq_stub.state.token_delay = 0.33
    gateway = build_gateway(Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=groq_stub.url,
                                     llm_timeout_seconds=10, llm_max_retries=0, llm_deadline_seconds=4))
    shown: list[str] = []
    provider, text = await gateway.reply(MESSAGES, on_token=shown.append)
    assert provider == "groq" and text == "".join(shown).strip()
    assert text.startswith("STUB QUESTION") and text.endswith("(Tip: use the STAR method.)")


async def test_a_reply_dripping_past_its_time_limit_is_finished_by_the_next_provider(groq_stub, openai_stub):
    """A provider sending a word every few seconds would hold the turn for minutes: past LLM_STREAM_MAX_SECONDS the
    words shown stay and the next provider finishes the reply after a break, as when a stream drops."""
    groq_stub.state.token_delay = 0.3
    gateway = build_gateway(provider_settings(groq_stub, openai_stub, llm_stream_max_seconds=0.5,
                                              llm_deadline_seconds=10))
    shown: list[str] = []
    provider, text = await gateway.reply(MESSAGES, on_token=shown.append)
    assert provider == "openai" and text == "".join(shown).strip()
    cut, rest = text.split(STREAM_BREAK.strip(), 1)
    # At least the first word was shown (how many more came within the time limit depends on the machine).
    assert cut.startswith("STUB") and "STAR" not in cut and rest.strip().startswith("STUB QUESTION")


async def test_a_provider_that_stops_mid_reply_hands_over_and_the_reply_is_what_was_shown(groq_stub, openai_stub):
    groq_stub.state.break_after = 4  # the role chunk and three words, then the connection drops
    gateway = build_gateway(provider_settings(groq_stub, openai_stub))
    shown: list[str] = []
    provider, text = await gateway.reply(MESSAGES, on_token=shown.append)
    assert provider == "openai" and text == "".join(shown).strip()
    cut, rest = text.split(STREAM_BREAK.strip(), 1)
    assert cut.startswith("STUB QUESTION") and "STAR" not in cut and rest.strip().startswith("STUB QUESTION")

    openai_stub.state.break_after = 3
    shown.clear()
    with pytest.raises(AllProvidersFailed) as failed:
        await gateway.reply(MESSAGES, on_token=shown.append)
    assert failed.value.shown == "".join(shown) and failed.value.shown.startswith("STUB QUESTION")


async def test_interviewer_replies_are_capped_and_structured_calls_are_not(groq_stub, openai_stub):
    gateway = build_gateway(provider_settings(groq_stub, openai_stub, llm_reply_max_tokens=120))
    await gateway.reply(MESSAGES)
    assert groq_stub.state.last_body["max_tokens"] == 120
    await gateway.structured(InterviewerTurn).ainvoke(MESSAGES)
    assert "max_tokens" not in groq_stub.state.last_body


async def _interview_app(tmp_path, clean_db, groq_stub, openai_stub):
    settings = make_settings(tmp_path, clean_db, groq_api_key="gsk-test", groq_base_url=groq_stub.url,
                             openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                             llm_timeout_seconds=5.0, llm_max_retries=0)  # also what the hanging OpenAI costs
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


class HungServer:
    """Accepts connections and never answers: a provider that hangs. Counts the connections it got."""

    def __init__(self) -> None:
        self.connections = 0
        self.server: asyncio.AbstractServer | None = None
        self.writers: list[asyncio.StreamWriter] = []

    async def __aenter__(self) -> HungServer:
        async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            self.writers.append(writer)

        self.server = await asyncio.start_server(hold, "127.0.0.1", 0)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]

    async def __aexit__(self, *exc: object) -> None:
        for writer in self.writers:
            writer.close()
        self.server.close()  # type: ignore[union-attr]


def test_breaker_opens_after_consecutive_failures_skips_then_probes_once():
    now = [0.0]
    breaker = CircuitBreaker(failures_to_open=2, cooldown=30, clock=lambda: now[0])
    breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()
    breaker.record_success()  # a success in between resets the count
    breaker.record_failure()
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()
    now[0] = 31
    assert breaker.state == "half_open"
    assert breaker.allow() and not breaker.allow()  # one probe at a time
    breaker.record_failure()
    assert breaker.state == "open" and not breaker.allow()  # the probe failed: another full cool-down
    now[0] = 62
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state == "closed" and breaker.allow()


async def test_hung_provider_costs_bounded_waits_then_is_skipped(openai_stub):
    async with HungServer() as hung:
        settings = Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=hung.url,
                            openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                            llm_timeout_seconds=10, llm_max_retries=0, llm_deadline_seconds=30,
                            llm_breaker_failures=2, llm_breaker_cooldown_seconds=300)
        gateway = build_gateway(settings)
        # The hung Groq's client gives up after a second (the bounded wait); OpenAI, which must answer, keeps a
        # roomy timeout, so a busy machine stalling it is no failure.
        gateway.providers[0].model = build_gateway(settings.model_copy(
            update={"llm_timeout_seconds": 1.0})).providers[0].model
        answered_by = [(await gateway.reply(MESSAGES))[0] for _ in range(5)]
        assert answered_by == ["openai"] * 5
        assert hung.connections == 2  # after two timeouts the hung provider is not called again
        assert gateway.health()[0] == {"name": "groq", "state": "open", "consecutive_failures": 2}
        assert openai_stub.state.requests == 5


async def test_one_deadline_bounds_the_whole_chain(openai_stub):
    async with HungServer() as hung:
        # Two seconds each: a stall of the machine during Groq's share must not use up the second one as well.
        settings = Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=hung.url,
                            llm_base_url=hung.url + "/v1", llm_timeout_seconds=30, llm_max_retries=3,
                            llm_deadline_seconds=4)
        gateway = build_gateway(settings)
        with pytest.raises(AllProvidersFailed) as failed:
            await gateway.reply(MESSAGES)
        # Each had its share of the one deadline (the SDK's own 30 s timeout and 3 retries never came into play).
        assert failed.value.attempts == [("groq", "timed out"), ("openai_compatible", "timed out")]
        assert hung.connections == 2


async def test_a_hung_primary_leaves_the_fallback_time_to_answer(openai_stub):
    """Groq hangs (its SDK would wait 30 s and retry): OpenAI still answers within the deadline, instead of the turn
    going offline after the whole deadline was spent on Groq."""
    async with HungServer() as hung:
        # Groq may use half of the deadline, OpenAI the rest: five seconds each, a roomy wait for the stub.
        settings = Settings(_env_file=None, groq_api_key="gsk-test", groq_base_url=hung.url,
                            openai_api_key="sk-test", openai_base_url=f"{openai_stub.url}/v1",
                            llm_timeout_seconds=30, llm_max_retries=3, llm_deadline_seconds=10)
        gateway = build_gateway(settings)
        streamed: list[str] = []
        # At once, so the two calls wait out the hung Groq together.
        (provider, text), (streamed_by, streamed_text) = await asyncio.gather(
            gateway.reply(MESSAGES), gateway.reply(MESSAGES, on_token=streamed.append))
        assert provider == "openai" and text
        assert streamed_by == "openai" and "".join(streamed).strip() == streamed_text


async def test_turns_go_offline_at_once_while_the_provider_hangs(tmp_path, clean_db):
    async with HungServer() as hung:
        settings = make_settings(tmp_path, clean_db, groq_api_key="gsk-test", groq_base_url=hung.url,
                                 llm_timeout_seconds=0.3, llm_max_retries=0, llm_deadline_seconds=2,
                                 llm_breaker_failures=1, llm_breaker_cooldown_seconds=300)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
                ready = (await c.get("/health/ready")).json()["checks"]["model"]
                assert ready["mode"] == "llm" and ready["providers"][0]["state"] == "closed"
                h = bearer((await register(c))["token"])
                s = (await c.post("/ai-interview/sessions", headers=h,
                                  json={"title": "t", "interview_type": "behavioral", "max_questions": 3})).json()
                assert s["mode"] == "offline"
                for _ in range(3):
                    r = await c.post(f"/ai-interview/sessions/{s['id']}/message", headers=h,
                                     json={"message": "I led a migration of our billing system. " * 5})
                    assert r.status_code == 200 and r.json()["mode"] == "offline"
                assert hung.connections == 1  # only the first turn waited for it
                ready = (await c.get("/health/ready"))
                assert ready.status_code == 200
                model = ready.json()["checks"]["model"]
                assert model["mode"] == "degraded" and model["providers"][0]["state"] == "open"
