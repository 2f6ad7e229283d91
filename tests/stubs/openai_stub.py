"""A local server speaking the OpenAI chat-completions protocol (and Groq's path to it), streaming included.

Real ChatOpenAI / ChatGroq clients are pointed at it in tests and benchmarks. Behaviour is switched at run time:
POST /_control {"mode": "ok" | "error" | "timeout" | "malformed" | "empty"}; GET /_stats returns request counts.
`state.tool_arguments` gives canned structured answers per tool name (tests that need a particular answer).
Run standalone: python -m tests.stubs.openai_stub --port 8765
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import threading
import time
import uuid
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


class StubState:
    def __init__(self) -> None:
        self.mode = "ok"
        self.requests = 0
        self.last_body: dict[str, Any] | None = None
        # Canned tool-call arguments by tool name (e.g. {"ResumeExtraction": {...}}); other tools get schema fill.
        self.tool_arguments: dict[str, dict[str, Any]] = {}
        self.stt_text = ("At my last job I led the migration of our billing system to a new provider and cut "
                         "failed payments by thirty percent in two months")


def _fill(schema: dict[str, Any], name: str = "") -> Any:
    """A plausible value for a JSON schema: enough for with_structured_output to validate."""
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _fill(options[0] if options else {"type": "null"}, name)
    kind = schema.get("type")
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object":
        props = schema.get("properties", {})
        return {k: _fill(v, k) for k, v in props.items()}
    if kind == "array":
        return [_fill(schema.get("items", {"type": "string"}), name)]
    if kind == "integer":
        low, high = schema.get("minimum", 0), schema.get("maximum", 5)
        return int((low + high) // 2 + 1) if high > low else int(low)
    if kind == "number":
        low, high = schema.get("minimum", 0), schema.get("maximum", 100)
        return round(low + (high - low) * 0.7, 1)
    if kind == "boolean":
        return True
    if name == "question":
        return f"STUB QUESTION {uuid.uuid4().hex[:6]}: how would you approach this?"
    return f"stub {name or 'text'}"


def _completion(body: dict[str, Any], state: StubState) -> dict[str, Any]:
    tools = body.get("tools") or []
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if tools:
        fn = tools[0]["function"]
        args = state.tool_arguments.get(fn["name"]) or _fill(fn.get("parameters", {}))
        arguments = json.dumps(args) if state.mode != "malformed" else '{"question": "unterminated'
        message["tool_calls"] = [{"id": f"call_{uuid.uuid4().hex[:10]}", "type": "function",
                                  "function": {"name": fn["name"], "arguments": arguments}}]
    else:
        message["content"] = "" if state.mode == "empty" else (
            f"STUB QUESTION {uuid.uuid4().hex[:6]}: how would you approach this? (Tip: use the STAR method.)")
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model", "stub"),
        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if tools else "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def _stream(completion: dict[str, Any]):  # noqa: ANN202
    base = {k: completion[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
    message = completion["choices"][0]["message"]
    if message.get("tool_calls"):
        call = message["tool_calls"][0]
        args = call["function"]["arguments"]
        first = {"index": 0, "id": call["id"], "type": "function",
                 "function": {"name": call["function"]["name"], "arguments": ""}}
        yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [first]}}]}
        for i in range(0, len(args), 16):
            delta = {"tool_calls": [{"index": 0, "function": {"arguments": args[i: i + 16]}}]}
            yield {**base, "choices": [{"index": 0, "delta": delta}]}
    else:
        text = message["content"] or ""
        yield {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}
        for word in text.split(" "):
            yield {**base, "choices": [{"index": 0, "delta": {"content": word + " "}}]}
    yield {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": completion["choices"][0]["finish_reason"]}]}


def create_stub_app(state: StubState | None = None) -> Starlette:
    state = state or StubState()

    async def chat(request: Request) -> Response:
        state.requests += 1
        raw = await request.body()
        body = json.loads(raw)
        state.last_body = body
        if state.mode == "error":
            return JSONResponse({"error": {"message": "stub failure", "type": "server_error"}}, status_code=500)
        if state.mode == "timeout":
            await asyncio.sleep(30)
        if state.mode == "malformed" and not body.get("tools"):
            return Response(b"{this is not json", media_type="application/json")
        completion = _completion(body, state)
        if body.get("stream"):
            async def events():  # noqa: ANN202
                for chunk in _stream(completion):
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse(completion)

    async def speech_to_text(request: Request) -> Response:
        """Cartesia's batch STT: a fixed transcript with word timings, including one long pause."""
        state.requests += 1
        words = state.stt_text.split()
        timings, t = [], 0.0
        for i, word in enumerate(words):
            if i == len(words) // 2:
                t += 4.0  # a four-second silence mid-answer
            timings.append({"word": word, "start": round(t, 2), "end": round(t + 0.3, 2)})
            t += 0.4
        return JSONResponse({"text": state.stt_text, "language": "en", "duration": round(t, 2), "words": timings})

    async def control(request: Request) -> Response:
        state.mode = (await request.json())["mode"]
        return JSONResponse({"mode": state.mode})

    async def stats(request: Request) -> Response:
        return JSONResponse({"requests": state.requests, "mode": state.mode})

    app = Starlette(routes=[
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/openai/v1/chat/completions", chat, methods=["POST"]),  # Groq's SDK path
        Route("/stt", speech_to_text, methods=["POST"]),  # Cartesia speech-to-text
        Route("/_control", control, methods=["POST"]),
        Route("/_stats", stats, methods=["GET"]),
    ])
    app.state.stub = state
    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StubServer:
    """The stub in a background thread (tests). `url` is the server root."""

    def __init__(self) -> None:
        self.state = StubState()
        self.port = free_port()
        config = uvicorn.Config(create_stub_app(self.state), host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> StubServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(5)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    uvicorn.run(create_stub_app(), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)
