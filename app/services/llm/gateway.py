"""Chat models from settings: Groq first, then OpenAI, then any OpenAI-compatible server (Ollama, vLLM, LM Studio,
llama.cpp), chained with `with_fallbacks`. Each has a timeout and bounded retries. With none configured (or
LLM_OFFLINE=true) there is no gateway and callers use the offline interviewer.
"""

from __future__ import annotations

import logging
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


class NoModelOutput(ValueError):
    """The model answered but produced nothing usable (no tool call, empty text): try the next provider."""


@dataclass
class Provider:
    name: str  # groq | openai | openai_compatible | (tests: any label)
    model: BaseChatModel


@dataclass
class ModelGateway:
    providers: list[Provider]
    _structured: dict[type, Runnable] = field(default_factory=dict)
    _chat: Runnable | None = None

    @property
    def primary(self) -> str:
        return self.providers[0].name

    def structured(self, schema: type[SchemaT]) -> Runnable[list[BaseMessage], tuple[str, SchemaT]]:
        """A runnable returning (provider name, parsed schema); a provider that errors, times out or returns
        malformed output hands over to the next one."""
        if schema not in self._structured:
            chains = [self._tag(p.name, p.model.with_structured_output(schema, method="function_calling"))
                      for p in self.providers]
            self._structured[schema] = chains[0].with_fallbacks(chains[1:]) if len(chains) > 1 else chains[0]
        return self._structured[schema]

    def chat(self) -> Runnable[list[BaseMessage], tuple[str, str]]:
        """Plain text replies, same fallback order."""
        if self._chat is None:
            chains = [p.model | RunnableLambda(_tagged_text(p.name)) for p in self.providers]
            self._chat = chains[0].with_fallbacks(chains[1:]) if len(chains) > 1 else chains[0]
        return self._chat

    @staticmethod
    def _tag(name: str, runnable: Runnable) -> Runnable:
        def tag(output: Any) -> tuple[str, Any]:
            if output is None or output == "":
                raise NoModelOutput(f"{name} returned no usable output")
            return name, output

        return runnable | RunnableLambda(tag)


def _tagged_text(name: str):  # noqa: ANN202
    def text_of(message: BaseMessage) -> tuple[str, str]:
        content = message.content
        if isinstance(content, list):
            content = "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
        text = str(content).strip()
        if not text:
            raise NoModelOutput(f"{name} returned an empty reply")
        return name, text

    return text_of


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
    providers: list[Provider] = []
    # Each provider's SDK is imported only when that provider is configured (they are slow to import).
    if settings.groq_api_key:
        from langchain_groq import ChatGroq

        kwargs = {"base_url": settings.groq_base_url} if settings.groq_base_url else {}
        providers.append(Provider("groq", ChatGroq(
            model=settings.groq_model, api_key=settings.groq_api_key.get_secret_value(), **kwargs, **common)))
    if settings.openai_api_key:
        from langchain_openai import ChatOpenAI

        kwargs = {"base_url": settings.openai_base_url} if settings.openai_base_url else {}
        providers.append(Provider("openai", ChatOpenAI(
            model=settings.openai_model, api_key=settings.openai_api_key.get_secret_value(), **kwargs, **common)))
    if settings.llm_base_url:
        from langchain_openai import ChatOpenAI

        # Local servers usually ignore the key, but the client insists on one.
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        providers.append(Provider("openai_compatible", ChatOpenAI(
            model=settings.llm_model, base_url=settings.llm_base_url, api_key=key, **common)))
    if not providers:
        return None
    logger.info("Model providers in fallback order: %s", ", ".join(p.name for p in providers))
    return ModelGateway(providers)
