"""One error envelope: every error body carries `detail`; domain errors become their HTTP status here and only
here; a 500 never shows internals (it carries the request id instead).

A 422 always has FastAPI's validation shape, `{"detail": [{"loc", "msg", "type"}]}`, whether FastAPI or a service
(InvalidInputError) refused the input, so one documented schema describes every 422. The input itself is never
echoed back: it may be megabytes, or binary."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.core.errors import (
    ConflictError,
    DomainError,
    ForbiddenError,
    InvalidInputError,
    NotAuthenticatedError,
    NotConfiguredError,
    NotFoundError,
    RejectedError,
    TooLargeError,
    UnavailableError,
    UnsupportedMediaError,
)
from app.core.logging import request_id_var

logger = logging.getLogger(__name__)

STATUS_OF: dict[type[DomainError], int] = {
    RejectedError: 400,
    NotAuthenticatedError: 401,
    ForbiddenError: 403,
    NotFoundError: 404,
    ConflictError: 409,
    TooLargeError: 413,
    UnsupportedMediaError: 415,
    InvalidInputError: 422,
    NotConfiguredError: 503,
    UnavailableError: 503,
}


def status_of(exc: DomainError) -> int:
    for kind in type(exc).__mro__:
        if kind in STATUS_OF:
            return STATUS_OF[kind]  # type: ignore[index]
    return 400


def error_body(exc: Exception) -> dict[str, object]:
    """`{status, detail}` of an error met after a stream or socket has started (no HTTP status to use then)."""
    if isinstance(exc, DomainError):
        status = status_of(exc)
        return {"status": status, "detail": validation_detail(exc.detail, _loc(exc)) if status == 422 else exc.detail}
    logger.error("Unhandled error in a streamed turn", exc_info=exc)
    return {"status": 500, "detail": "Internal server error"}


def _loc(exc: DomainError) -> tuple[str, ...]:
    field = getattr(exc, "field", None)
    return ("body", field) if field else ("body",)


def validation_detail(msg: str, loc: tuple[str | int, ...] = ("body",)) -> list[dict[str, object]]:
    """One message in FastAPI's 422 shape."""
    return [{"type": "invalid_input", "loc": list(loc), "msg": msg}]


def validation_response(exc: RequestValidationError) -> JSONResponse:
    errors = [{key: value for key, value in error.items() if key != "input"} for error in exc.errors()]
    return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at the request's path (asked of the routes themselves, method by method), and
    HEAD wherever GET is served (app/middleware/head.py answers it)."""
    served = {method for method in _METHODS
              if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in request.app.routes)}
    return [method for method in _METHODS if method in served or (method == "HEAD" and "GET" in served)]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(request: Request, exc: DomainError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, NotAuthenticatedError) else None
        status = status_of(exc)
        detail = validation_detail(exc.detail, _loc(exc)) if status == 422 else exc.detail
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def framework_error(request: Request, exc: StarletteHTTPException) -> Response:
        # The framework's own 400s are bodies it could not read (JSON nested past its parser, an integer of
        # thousands of digits, bytes that are not UTF-8, multipart without a boundary): validation errors, 422.
        if exc.status_code == 400:
            return JSONResponse({"detail": validation_detail(f"The request body could not be read: {exc.detail}")},
                                status_code=422)
        if exc.status_code == 405:
            # Starlette names only the methods of the first route that matched the path; several routes may serve
            # it (GET and POST /ai-interview/sessions), and Allow must list them all.
            exc.headers = {**(exc.headers or {}), "Allow": ", ".join(allowed_methods(request))}
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return validation_response(exc)

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        # The request-context middleware has already unwound by now; its id is kept on the request state.
        request_id = getattr(request.state, "request_id", None) or request_id_var.get()
        token = request_id_var.set(request_id)
        try:
            logger.exception("Unhandled error on %s %s", request.method, request.url.path)
        finally:
            request_id_var.reset(token)
        return JSONResponse(
            {"detail": "Internal server error", "request_id": request_id},
            status_code=500,
            headers={"X-Request-ID": request_id},
        )
