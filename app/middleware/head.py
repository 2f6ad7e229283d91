"""HEAD answered as GET without the body: every resource a client can GET answers HEAD too (RFC 9110 §9.3.2), with
the status and headers GET would give. FastAPI routes declare GET only, so HEAD would otherwise be a 405. The scope
says `head_only`, so a route whose body costs money to make (a synthesized voice) can skip making it."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body"):
                    return  # a streamed body's chunks are dropped; its end is sent once, empty
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET", "head_only": True}, receive, headers_only)
