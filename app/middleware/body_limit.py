"""Request bodies are bounded in size and in patience: refused (413) before they are read whole when too large,
by Content-Length up front and by counting when chunked; and refused (408) when the client stops sending for
REQUEST_BODY_TIMEOUT_SECONDS before the body is complete, so a stalled upload cannot hold a request open for ever.
"""

from __future__ import annotations

import asyncio
import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(HTTPException):
    """An HTTPException so FastAPI's body parsing passes it through as 413 rather than a generic 400."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, f"Request body exceeds the limit of {max_bytes} bytes")


class BodyTimeout(HTTPException):
    """408, and the connection is closed: the rest of the body may still arrive and must not be read as a request."""

    def __init__(self, seconds: float) -> None:
        super().__init__(408, f"The request body stalled: nothing was received for {seconds:g} seconds",
                         headers={"Connection": "close"})


class BodySizeLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout: float = 0.0) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout  # 0: wait for ever

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                await self._reject(send, 400, "Invalid Content-Length header")
                return
            if too_big:
                await self._reject(send, 413, f"Request body exceeds the limit of {self.max_bytes} bytes")
                return

        received = 0
        body_complete = False
        response_started = False

        async def guarded_receive() -> Message:
            nonlocal received, body_complete
            if body_complete or self.body_timeout <= 0:
                # Once the body is in, receive() only waits for the client to disconnect (streamed responses
                # listen for that for as long as they run): no timeout applies.
                message = await receive()
            else:
                try:
                    message = await asyncio.wait_for(receive(), self.body_timeout)
                except TimeoutError:
                    raise BodyTimeout(self.body_timeout) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
                body_complete = not message.get("more_body", False)
            else:
                body_complete = True
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, guarded_receive, tracking_send)
        except (BodyTooLarge, BodyTimeout) as exc:
            if not response_started:
                await self._reject(send, exc.status_code, exc.detail)

    @staticmethod
    async def _reject(send: Send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}, separators=(",", ":"), ensure_ascii=False).encode()  # as JSONResponse
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
