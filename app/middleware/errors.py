"""One error envelope: every error body carries `detail` (and the request id); a 500 never shows internals."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.core.logging import request_id_var

logger = logging.getLogger(__name__)


def install_error_handlers(app: FastAPI) -> None:
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
