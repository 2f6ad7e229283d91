"""How routes document their error responses in OpenAPI."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ErrorBody(BaseModel):
    detail: str


# 422 bodies, FastAPI's own validation errors and our InvalidInputError alike, are FastAPI's list shape. These
# models carry FastAPI's component names, so routes that declare 422 and routes FastAPI documents on its own share
# one schema.
class ValidationError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class HTTPValidationError(BaseModel):
    detail: list[ValidationError]


_DESCRIBED = {
    400: "Bad request", 401: "Missing, invalid or revoked token", 403: "Not allowed", 404: "Not found",
    409: "Conflict with the current state", 413: "Too large", 415: "Unsupported media type",
    422: "Validation error", 429: "Rate limit exceeded", 503: "Dependency not configured or unavailable",
}


def responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """The documented error responses of a route: `{detail: [...]}` for 422, `{detail: "..."}` otherwise."""
    return {code: {"description": _DESCRIBED[code], "model": HTTPValidationError if code == 422 else ErrorBody}
            for code in codes}
