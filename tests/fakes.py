"""A fake chat model that supports tool calling, so the real with_structured_output path runs in unit tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from app.services.llm.gateway import ModelGateway, Provider


class ToolCallingFakeModel(BaseChatModel):
    """Answers every call by calling the bound tool with arguments from `respond(messages)`."""

    respond: Callable[[list[BaseMessage]], dict[str, Any]]
    delay: float = 0.0
    gate: Callable[[], Awaitable[None]] | None = None  # awaited before each (async) answer, e.g. to hold a turn open
    fail_with: type[Exception] | None = None
    calls: list[list[BaseMessage]] = []
    tool_name: str | None = None  # set by bind_tools: then the reply is a tool call, else plain text

    @property
    def _llm_type(self) -> str:
        return "tool-calling-fake"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any):  # noqa: ANN201
        names = [getattr(t, "__name__", None) or t.get("name") for t in tools]
        return self.model_copy(update={"tool_name": names[0]})

    def with_structured_output(self, schema: Any, **kwargs: Any):  # noqa: ANN201
        kwargs.pop("method", None)  # the real clients take a method; the base implementation does not
        return super().with_structured_output(schema, **kwargs)

    def _result(self, messages: list[BaseMessage]) -> ChatResult:
        self.calls.append(messages)
        if self.fail_with is not None:
            raise self.fail_with("fake provider failure")
        args = self.respond(messages)
        if self.tool_name is None:
            message = AIMessage(content=" ".join(str(v) for v in args.values() if v))
        else:
            message = AIMessage(content="", tool_calls=[{"name": self.tool_name, "args": args,
                                                         "id": f"call_{uuid.uuid4().hex[:8]}"}])
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return self._result(messages)

    async def _agenerate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                         run_manager: AsyncCallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.gate is not None:
            await self.gate()
        return self._result(messages)


def scripted_interviewer(messages: list[BaseMessage]) -> dict[str, Any]:
    """A predictable 'model': asks a question that names the task it was given."""
    task = messages[-1].content.split("<task>")[-1]
    if "follow-up" in task:
        return {"acknowledgement": "I see.", "question": "MODEL FOLLOW-UP: what was the measurable result?"}
    number = task.split("main question ")[1].split(" ")[0] if "main question " in task else "?"
    return {"acknowledgement": "Thanks.", "question": f"MODEL QUESTION {number}: tell me more about your work?"}


def fake_gateway(**kwargs: Any) -> ModelGateway:
    model = ToolCallingFakeModel(respond=kwargs.pop("respond", scripted_interviewer), calls=[], **kwargs)
    return ModelGateway([Provider("fake", model)])


class FakeClock:
    """A clock a test sets by hand: `clock.now = ...`; services take it as their `now` callable."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
