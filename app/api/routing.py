"""The router every API module declares its routes on: request bodies are read as strict JSON.

Python's json module accepts NaN, Infinity and -Infinity, which JSON does not have: a client sending them would get
numbers no database column or JSONB value can hold. It also lets a key given twice in one object silently take the
last value (`{"email": "a@x", "email": "b@x"}` registered b@x). Here both are a JSON decode error (422), like any
other malformed body.
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

            def one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
                obj = dict(pairs)
                if len(obj) < len(pairs):
                    seen: set[str] = set()
                    twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
                    raise json.JSONDecodeError(f"Key {twice[:40]!r} is given twice in one object",
                                               body.decode(errors="replace"), 0)
                return obj

            self._json = json.loads(body, parse_constant=refuse, object_pairs_hook=one_value_per_key)
        return self._json


class StrictJSONRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def strict_json_handler(request: Request) -> Response:
            return await handler(_StrictJSONRequest(request.scope, request.receive, request._send))

        return strict_json_handler


def api_router(**options: Any) -> APIRouter:
    return APIRouter(route_class=StrictJSONRoute, **options)
