"""How routes document their error responses in OpenAPI."""

from __future__ import annotations

from pydantic import BaseModel


class ErrorBody(BaseModel):
    detail: str


_DESCRIBED = {
    400: "Bad request", 401: "Missing, invalid or revoked token", 403: "Not allowed", 404: "Not found",
    409: "Conflict with the current state", 413: "Too large", 415: "Unsupported media type",
    422: "Validation error", 429: "Rate limit exceeded", 503: "Dependency not configured or unavailable",
}


def responses(*codes: int) -> dict[int | str, dict[str, object]]:
    """The documented error responses of a route, each with the `{detail}` body."""
    return {code: {"description": _DESCRIBED[code], "model": ErrorBody} for code in codes}
