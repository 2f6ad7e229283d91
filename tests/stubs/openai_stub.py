"""A local server speaking the OpenAI chat-completions protocol (and Groq's path to it), streaming included.

Real ChatOpenAI / ChatGroq clients are pointed at it in tests and benchmarks. Behaviour is switched at run time:
POST /_control {"mode": "ok" | "error" | "timeout" | "malformed" | "empty", "first_token_delay"?: seconds,
"token_delay"?: seconds between streamed chunks, "break_after"?: chunks streamed before the connection is dropped};
GET /_stats returns request counts. It also stands in for Cartesia: /stt (batch), /stt/websocket (streaming) and
/tts/bytes, each checking the request shape Cartesia documents.
`state.tool_arguments` gives canned structured answers per tool name (tests that need a particular answer).
Run standalone: python -m tests.stubs.openai_stub --port 8765
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import math
import socket
import struct
import subprocess
import sys
import threading
import time
import uuid
import wave
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect


class StubState:
    def __init__(self) -> None:
        self.mode = "ok"
        self.requests = 0
        self.last_body: dict[str, Any] | None = None
        # Canned tool-call arguments by tool name (e.g. {"ResumeExtraction": {...}}); other tools get schema fill.
        self.tool_arguments: dict[str, dict[str, Any]] = {}
        self.stt_text = ("At my last job I led the migration of our billing system to a new provider and cut "
                         "failed payments by thirty percent in two months")
        self.stt_requests = 0
        self.stt_sessions = 0  # streaming STT connections
        self.stt_audio_bytes = 0
        self.stt_utterances: list[str] = []  # transcripts for the next finalized utterances, in order
        self.stt_finals: list[tuple[str, float]] = []  # (transcript, seconds of speech) answered
        self.stt_silence_seconds = 0.5  # streaming STT: silence that ends an utterance on the service's side
        self.tts_requests: list[dict[str, Any]] = []  # bodies of the text-to-speech requests, in order
        self.tts_chunk_delay = 0.0  # seconds between streamed audio chunks
        self.tts_break_after: int | None = None  # audio chunks sent before the stream breaks off
        # When set to a threading.Event: the audio after the first chunk is held until the test sets it.
        self.tts_hold: threading.Event | None = None
        self.stt_mode = "ok"  # "error": batch STT answers 500; "hang": it never answers
        self.first_token_delay = 0.0  # seconds before the first streamed chat token (benchmarks subtract it)
        self.token_delay = 0.0  # seconds between streamed chat chunks
        self.break_after: int | None = None  # streamed chat chunks sent before the stream breaks off


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


def _cartesia_auth_problem(request: Request) -> str | None:
    if not request.headers.get("authorization", "").startswith("Bearer "):
        return "missing 'Authorization: Bearer <key>'"
    if not request.headers.get("cartesia-version"):
        return "missing 'Cartesia-Version' header"
    return None


def _tts_body_problem(body: Any) -> str | None:
    """What is wrong with a /tts/bytes body, per Cartesia's API reference (None when it is well formed)."""
    if not isinstance(body, dict):
        return "body must be a JSON object"
    if not isinstance(body.get("model_id"), str) or not body["model_id"]:
        return "model_id is required"
    if not isinstance(body.get("transcript"), str) or not body["transcript"].strip():
        return "transcript is required"
    voice = body.get("voice")
    if not (isinstance(voice, str) or (isinstance(voice, dict) and isinstance(voice.get("id"), str))):
        return "voice must be an id or {id}"
    fmt = body.get("output_format")
    if not isinstance(fmt, dict) or fmt.get("sample_rate") not in (8000, 16000, 22050, 24000, 44100, 48000):
        return "output_format with a supported sample_rate is required"
    if fmt.get("container") == "mp3" and fmt.get("bit_rate") not in (32000, 64000, 96000, 128000, 192000):
        return "mp3 needs a supported bit_rate"
    if fmt.get("container") == "wav" and fmt.get("encoding") not in ("pcm_s16le", "pcm_f32le", "pcm_mulaw",
                                                                      "pcm_alaw"):
        return "wav needs an encoding"
    if fmt.get("container") not in ("mp3", "wav", "raw"):
        return "unknown container"
    return None


def _tts_audio(fmt: dict[str, Any], transcript: str) -> bytes:
    """Half a second of audio per ten words: a 220 Hz tone in WAV, or silent MPEG-1 Layer III frames."""
    seconds = max(0.5, len(transcript.split()) / 20)
    rate = fmt["sample_rate"]
    if fmt["container"] == "wav":
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 220 * i / rate)))
                                   for i in range(int(seconds * rate))))
        return buf.getvalue()
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413  # one 128 kbps, 44.1 kHz frame header and an empty payload
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + frame * int(seconds * 38)


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
                if state.first_token_delay:
                    await asyncio.sleep(state.first_token_delay)
                for n, chunk in enumerate(_stream(completion)):
                    if state.break_after is not None and n >= state.break_after:
                        raise ConnectionAbortedError("stub: the stream breaks off here")  # the client sees a cut body
                    if n and state.token_delay:
                        await asyncio.sleep(state.token_delay)
                    yield f"data: {json.dumps(chunk)}\n\n"
                yield "data: [DONE]\n\n"
            return StreamingResponse(events(), media_type="text/event-stream")
        return JSONResponse(completion)

    async def speech_to_text(request: Request) -> Response:
        """Cartesia's batch STT: a fixed transcript with word timings, including one long pause."""
        state.requests += 1
        state.stt_requests += 1
        problem = _cartesia_auth_problem(request)
        form = await request.form()
        if state.stt_mode == "error":
            return JSONResponse({"error": "stub failure"}, status_code=500)
        if state.stt_mode == "hang":
            await asyncio.sleep(3600)
        if problem or not hasattr(form.get("file"), "read") or not form.get("model"):
            return JSONResponse({"error": problem or "multipart 'file' and 'model' are required"}, status_code=400)
        words = state.stt_text.split()
        timings, t = [], 0.0
        for i, word in enumerate(words):
            if i == len(words) // 2:
                t += 4.0  # a four-second silence mid-answer
            timings.append({"word": word, "start": round(t, 2), "end": round(t + 0.3, 2)})
            t += 0.4
        return JSONResponse({"text": state.stt_text, "language": "en", "duration": round(t, 2), "words": timings})

    async def text_to_speech(request: Request) -> Response:
        """Cartesia's /tts/bytes: checks the documented request shape, then streams audio in the asked container
        (a real WAV tone for wav; MPEG frames for mp3) in several chunks."""
        problem = _cartesia_auth_problem(request)
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        problem = problem or _tts_body_problem(body)
        if problem:
            return JSONResponse({"error": problem}, status_code=400)
        state.tts_requests.append(body)
        audio = _tts_audio(body["output_format"], body["transcript"])
        media = "audio/wav" if body["output_format"]["container"] == "wav" else "audio/mpeg"

        async def chunks():  # noqa: ANN202
            step = max(1, len(audio) // 4)
            for n, i in enumerate(range(0, len(audio), step)):
                if state.tts_break_after is not None and n >= state.tts_break_after:
                    raise ConnectionAbortedError("stub: the audio stream breaks off here")
                if state.tts_chunk_delay and i:
                    await asyncio.sleep(state.tts_chunk_delay)
                if n == 1 and state.tts_hold is not None:
                    deadline = time.monotonic() + 60
                    while not state.tts_hold.is_set() and time.monotonic() < deadline:
                        await asyncio.sleep(0.01)
                yield audio[i: i + step]
        return StreamingResponse(chunks(), media_type=media)

    async def stt_websocket(websocket: WebSocket) -> None:
        """Cartesia's streaming STT (/stt/websocket, the protocol of ink-whisper): PCM in binary frames; like the
        real service it ends an utterance by itself after `stt_silence_seconds` of silence (or on "finalize") and
        answers it with one final transcript (the next of `stt_utterances`, else `stt_text`); "close" answers done.
        Checks the query and headers Cartesia documents."""
        q, h = websocket.query_params, websocket.headers
        problem = None if h.get("x-api-key") and h.get("cartesia-version") else "missing X-API-Key/Cartesia-Version"
        if not problem and not (q.get("model") and q.get("encoding") == "pcm_s16le" and q.get("sample_rate",
                                                                                              "").isdigit()):
            problem = "model, encoding=pcm_s16le and sample_rate are required"
        await websocket.accept()
        if problem:
            await websocket.send_json({"type": "error", "code": 400, "message": problem})
            await websocket.close()
            return
        rate = int(q["sample_rate"])
        heard = silence = 0.0  # seconds of speech in the current utterance, and of silence since it
        state.stt_sessions += 1

        async def final() -> None:
            nonlocal heard, silence
            if heard >= 0.3:
                text = state.stt_utterances.pop(0) if state.stt_utterances else state.stt_text
                state.stt_finals.append((text, round(heard, 2)))
                await websocket.send_json({"type": "transcript", "is_final": True, "request_id": "stub",
                                           "text": text, "duration": round(heard + silence, 2)})
            heard = silence = 0.0

        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    return
                if message.get("bytes") is not None:
                    pcm = message["bytes"]
                    state.stt_audio_bytes += len(pcm)
                    seconds = len(pcm) / 2 / rate
                    samples = struct.unpack(f"<{len(pcm) // 2}h", pcm[: len(pcm) // 2 * 2])
                    loud = bool(samples) and math.sqrt(sum(x * x for x in samples) / len(samples)) > 300
                    if loud:
                        heard, silence = heard + silence + seconds, 0.0
                    elif heard:
                        silence += seconds
                        if silence >= state.stt_silence_seconds:
                            await final()
                    continue
                command = message.get("text")
                if command == "finalize":
                    await final()
                    await websocket.send_json({"type": "flush_done", "request_id": "stub"})
                elif command == "close":
                    await final()
                    await websocket.send_json({"type": "done", "request_id": "stub"})
                    await websocket.close()
                    return
        except WebSocketDisconnect:
            return

    async def control(request: Request) -> Response:
        data = await request.json()
        state.mode = data.get("mode", state.mode)
        state.first_token_delay = float(data.get("first_token_delay", state.first_token_delay))
        state.token_delay = float(data.get("token_delay", state.token_delay))
        state.break_after = data.get("break_after", state.break_after)
        return JSONResponse({"mode": state.mode, "first_token_delay": state.first_token_delay})

    async def stats(request: Request) -> Response:
        return JSONResponse({"requests": state.requests, "mode": state.mode})

    app = Starlette(routes=[
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/openai/v1/chat/completions", chat, methods=["POST"]),  # Groq's SDK path
        Route("/stt", speech_to_text, methods=["POST"]),  # Cartesia speech-to-text
        Route("/tts/bytes", text_to_speech, methods=["POST"]),  # Cartesia text-to-speech, streamed bytes
        WebSocketRoute("/stt/websocket", stt_websocket),  # Cartesia streaming speech-to-text
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
        # Bound here and handed to uvicorn: a port picked and released first could be taken before uvicorn binds it.
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(create_stub_app(self.state), host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off", timeout_graceful_shutdown=0.5)  # a "timeout" request never ends
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> StubServer:
        self.thread.start()
        deadline = time.monotonic() + 60  # a busy machine can take seconds to start the thread's loop
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError("the stub server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(5)
        self.socket.close()


def start_process(port: int, cwd: str) -> tuple[subprocess.Popen, str]:
    """The stub in a process of its own (benchmarks: its CPU is not the server's), once it answers."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.stubs.openai_stub", "--port", str(port)], cwd=cwd)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{url}/_stats", timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    return proc, url


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    uvicorn.run(create_stub_app(), host="127.0.0.1", port=args.port, log_level="warning", access_log=False)
