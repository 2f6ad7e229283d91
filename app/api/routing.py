"""The router every API module declares its routes on: request bodies are read as strict JSON.

Python's json module accepts NaN, Infinity and -Infinity, which JSON does not have: a client sending them would get
numbers no database column or JSONB value can hold. Here they are a JSON decode error (422), like any other
malformed body.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute


class _StrictJSONRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()

            def refuse(constant: str) -> NoReturn:
                raise json.JSONDecodeError(f"{constant} is not a JSON number", body.decode(errors="replace"),
                                           max(0, body.find(constant.encode())))

            self._json = json.loads(body, parse_constant=refuse)
        return self._json


class StrictJSONRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def strict_json_handler(request: Request) -> Response:
            return await handler(_StrictJSONRequest(request.scope, request.receive, request._send))

        return strict_json_handler


def api_router(**options: Any) -> APIRouter:
    return APIRouter(route_class=StrictJSONRoute, **options)
