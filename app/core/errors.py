"""HTTP-aware domain errors. Services raise these; FastAPI turns them into the documented status and `detail`."""

from __future__ import annotations

from fastapi import HTTPException
from pydantic import BaseModel


class ErrorBody(BaseModel):
    detail: str


class NotFoundError(HTTPException):
    def __init__(self, what: str = "Resource") -> None:
        super().__init__(404, f"{what} not found")


class BadRequestError(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(400, detail)


class ConflictError(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(409, detail)


class UnauthorizedError(HTTPException):
    def __init__(self, detail: str = "Could not validate credentials") -> None:
        super().__init__(401, detail, headers={"WWW-Authenticate": "Bearer"})


class ForbiddenError(HTTPException):
    def __init__(self, detail: str = "Not enough permissions") -> None:
        super().__init__(403, detail)


class NotConfiguredError(HTTPException):
    def __init__(self, service: str) -> None:
        super().__init__(503, f"{service} is not configured on this server")


class PayloadTooLargeError(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(413, detail)


class UnsupportedMediaError(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(415, detail)


class UnprocessableError(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(422, detail)


# Status codes each error can produce, for documenting routes in OpenAPI.
def responses(*codes: int) -> dict[int | str, dict[str, object]]:
    described = {
        400: "Bad request", 401: "Missing, invalid or revoked token", 403: "Not allowed", 404: "Not found",
        409: "Conflict with the current state", 413: "Too large", 415: "Unsupported media type",
        422: "Validation error", 429: "Rate limit exceeded", 503: "Dependency not configured or unavailable",
    }
    return {code: {"description": described[code], "model": ErrorBody} for code in codes}

