"""Chat models from settings: Groq first, then OpenAI, then any OpenAI-compatible server (Ollama, vLLM, LM Studio,
llama.cpp), tried in that order. With none configured (or LLM_OFFLINE=true) there is no gateway and callers use the
offline interviewer.

Each provider sits behind a circuit breaker: after LLM_BREAKER_FAILURES consecutive failures or timeouts it is
skipped for LLM_BREAKER_COOLDOWN_SECONDS, then one call probes it again. A whole call across the chain is bounded
by LLM_DEADLINE_SECONDS, so a hung provider costs one bounded wait, not every turn's full timeout and retries; each
provider may use an equal share of what is left of it, so one that hangs leaves the next time to answer. A
streamed reply is bounded by the deadline until its first words are out; after that it runs to its end (each chunk
within the client's own timeout, the reply within LLM_REPLY_MAX_TOKENS and LLM_STREAM_MAX_SECONDS), because words
already shown cannot be taken back: a reply cut by its time limit is finished like one whose provider dropped.
The chain is a short loop rather than `with_fallbacks` because it must skip an open provider without calling it,
stream tokens, and share one deadline across providers; each attempt is still a plain LangChain runnable call, so
tracing and callbacks nest as usual.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import BaseModel

from app.core.config import Settings

logger = logging.getLogger(__name__)
SchemaT = TypeVar("SchemaT", bound=BaseModel)
TokenSink = Callable[[str], Awaitable[None] | None]
# Between the words of a streamed reply that stopped and the reply that takes over from it.
STREAM_BREAK = " … "


class NoModelOutput(ValueError):
    """The model answered but produced nothing usable (no tool call, empty text): try the next provider."""


class AllProvidersFailed(RuntimeError):
    """Every provider failed, timed out or was skipped by its breaker; the caller falls back (offline)."""

    def __init__(self, attempts: Sequence[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{name}: {why}" for name, why in attempts) or "no provider available")
        self.attempts = list(attempts)
        self.shown = ""  # the words of a streamed reply already passed on before the last provider failed


@dataclass
class CircuitBreaker:
    """Consecutive-failure breaker: closed → open (skip) for `cooldown` seconds → half-open (one probe call)."""

    failures_to_open: int = 3
    cooldown: float = 60.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    probing: bool = False

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "open" if self.clock() - self.opened_at < self.cooldown else "half_open"

    def allow(self) -> bool:
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self.probing:
            self.probing = True  # exactly one caller probes; the others keep skipping until it reports back
            return True
        return False

    def record_success(self) -> None:
        self.failures, self.opened_at, self.probing = 0, None, False

    def record_failure(self) -> None:
        self.failures += 1
        self.probing = False
        if self.failures >= self.failures_to_open or self.opened_at is not None:
            self.opened_at = self.clock()


@dataclass
class Provider:
    name: str  # groq | openai | openai_compatible | (tests: any label)
    model: BaseChatModel
    breaker: CircuitBreaker = field(default_factory=CircuitBreaker)


def message_text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, list):
        content = "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return str(content)


@dataclass
class ModelGateway:
    providers: list[Provider]
    deadline_seconds: float = 30.0
    reply_max_tokens: int | None = None  # interviewer replies only; structured calls need their whole output
    stream_max_seconds: float | None = None  # a streamed reply's time once its first words are out
    _structured: dict[tuple[str, type], Runnable] = field(default_factory=dict)
    _capped: dict[str, Runnable] = field(default_factory=dict)

    @property
    def primary(self) -> str:
        return self.providers[0].name

    def health(self) -> list[dict[str, Any]]:
        """Each provider's breaker, for /health/ready."""
        return [{"name": p.name, "state": p.breaker.state, "consecutive_failures": p.breaker.failures}
                for p in self.providers]

    async def _first_success(self, attempt: Callable[[Provider, asyncio.Timeout], Awaitable[Any]],
                             deadline: float | None) -> tuple[str, Any]:
        attempts: list[tuple[str, str]] = []
        budget = self.deadline_seconds if deadline is None else deadline
        end = time.monotonic() + budget
        for i, provider in enumerate(self.providers):
            if not provider.breaker.allow():
                attempts.append((provider.name, "skipped: circuit open"))
                continue
            remaining = end - time.monotonic()
            if remaining <= 0:
                attempts.append((provider.name, "skipped: deadline reached"))
                continue
            # An equal share of what is left for this provider and each one after it that may be called: a provider
            # that hangs (or waits out a Retry-After) leaves the next one time to answer within the deadline.
            later = sum(p.breaker.state != "open" for p in self.providers[i + 1:])
            try:
                async with asyncio.timeout(remaining / (1 + later)) as scope:
                    result = await attempt(provider, scope)
            except asyncio.CancelledError:
                provider.breaker.probing = False
                raise
            except Exception as exc:  # timeouts, HTTP errors, malformed or empty output: the next provider tries
                provider.breaker.record_failure()
                reason = "timed out" if isinstance(exc, TimeoutError) else type(exc).__name__
                attempts.append((provider.name, reason))
                logger.warning("Model provider %s failed (%s)%s", provider.name, reason,
                               "; circuit opened" if provider.breaker.state != "closed" else "")
                continue
            provider.breaker.record_success()
            return provider.name, result
        raise AllProvidersFailed(attempts)

    def _reply_model(self, provider: Provider) -> Runnable:
        if self.reply_max_tokens is None:
            return provider.model
        if provider.name not in self._capped:
            self._capped[provider.name] = provider.model.bind(max_tokens=self.reply_max_tokens)
        return self._capped[provider.name]

    async def reply(self, messages: list[BaseMessage], *, on_token: TokenSink | None = None,
                    deadline: float | None = None) -> tuple[str, str]:
        """(provider, text) of the first provider that answers. With `on_token`, the reply is streamed and each
        piece of text is passed on as it arrives. A provider that fails mid-stream hands over to the next one after
        a break (" … "), and the text returned is everything passed on, so the stored reply is what was shown;
        AllProvidersFailed then carries it (`shown`) for the caller's own fallback to continue from."""
        shown: list[str] = []  # every piece passed on, over all attempts

        async def emit(piece: str) -> None:
            shown.append(piece)
            sent = on_token(piece)  # type: ignore[misc]
            if inspect.isawaitable(sent):
                await sent

        async def attempt(provider: Provider, scope: asyncio.Timeout) -> str:
            model = self._reply_model(provider)
            if on_token is None:
                text = message_text(await model.ainvoke(messages)).strip()
            else:
                started = False
                async for chunk in model.astream(messages):
                    piece = message_text(chunk)
                    if not piece:
                        continue
                    if not started:
                        started = True
                        # Shown words cannot be taken back: let the reply finish, within its own time limit.
                        scope.reschedule(None if self.stream_max_seconds is None
                                         else asyncio.get_running_loop().time() + self.stream_max_seconds)
                        if "".join(shown).strip():
                            await emit(STREAM_BREAK)  # an earlier provider stopped mid-reply
                    await emit(piece)
                text = "".join(shown).strip()
            if not text:
                raise NoModelOutput(f"{provider.name} returned an empty reply")
            return text

        try:
            return await self._first_success(attempt, deadline)
        except AllProvidersFailed as exc:
            exc.shown = "".join(shown)
            raise

    async def parse(self, schema: type[SchemaT], messages: list[BaseMessage], *,
                    deadline: float | None = None) -> tuple[str, SchemaT]:
        """(provider, parsed schema) by tool calling; malformed output hands over to the next provider."""

        async def attempt(provider: Provider, _: asyncio.Timeout) -> SchemaT:
            key = (provider.name, schema)
            if key not in self._structured:
                self._structured[key] = provider.model.with_structured_output(schema, method="function_calling")
            result = await self._structured[key].ainvoke(messages)
            if result is None:
                raise NoModelOutput(f"{provider.name} returned no usable output")
            return result

        return await self._first_success(attempt, deadline)

    def chat(self) -> Runnable[list[BaseMessage], tuple[str, str]]:
        """`reply` as a runnable: (provider, text)."""
        return RunnableLambda(self.reply, name="model_reply")

    def structured(self, schema: type[SchemaT]) -> Runnable[list[BaseMessage], tuple[str, SchemaT]]:
        """`parse` as a runnable: (provider, parsed schema)."""

        async def run(messages: list[BaseMessage]) -> tuple[str, SchemaT]:
            return await self.parse(schema, messages)

        return RunnableLambda(run, name=f"model_{schema.__name__}")


def build_gateway(
    settings: Settings, http_async_client: httpx.AsyncClient | None = None
) -> ModelGateway | None:
    """The configured providers in fallback order, or None for the offline interviewer."""
    if settings.llm_offline:
        return None
    common: dict[str, Any] = {
        "timeout": settings.llm_timeout_seconds,
        "max_retries": settings.llm_max_retries,
        "temperature": settings.llm_temperature,
    }
    if http_async_client is not None:
        common["http_async_client"] = http_async_client
    configured: list[tuple[str, BaseChatModel]] = []
    # Each provider's SDK is imported only when that provider is configured (they are slow to import).
    if settings.groq_api_key:
        from langchain_groq import ChatGroq

        kwargs = {"base_url": settings.groq_base_url} if settings.groq_base_url else {}
        configured.append(("groq", ChatGroq(
            model=settings.groq_model, api_key=settings.groq_api_key.get_secret_value(), **kwargs, **common)))
    if settings.openai_api_key:
        from langchain_openai import ChatOpenAI

        kwargs = {"base_url": settings.openai_base_url} if settings.openai_base_url else {}
        configured.append(("openai", ChatOpenAI(
            model=settings.openai_model, api_key=settings.openai_api_key.get_secret_value(), **kwargs, **common)))
    if settings.llm_base_url:
        from langchain_openai import ChatOpenAI

        # Local servers usually ignore the key, but the client insists on one.
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        configured.append(("openai_compatible", ChatOpenAI(
            model=settings.llm_model, base_url=settings.llm_base_url, api_key=key, **common)))
    if not configured:
        return None
    logger.info("Model providers in fallback order: %s", ", ".join(name for name, _ in configured))
    providers = [Provider(name, model, CircuitBreaker(settings.llm_breaker_failures,
                                                      settings.llm_breaker_cooldown_seconds))
                 for name, model in configured]
    return ModelGateway(providers, deadline_seconds=settings.llm_deadline_seconds,
                        reply_max_tokens=settings.llm_reply_max_tokens,
                        stream_max_seconds=settings.llm_stream_max_seconds)
