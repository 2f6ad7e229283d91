from __future__ import annotations

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app import __version__
from app.api.routing import api_router

router = api_router(tags=["service"])


@router.get("/")
async def root(request: Request) -> dict[str, str]:
    settings = request.app.state.settings
    return {"name": settings.app_name, "version": __version__, "environment": settings.environment,
            "status": "running"}


# HEAD works too (uptime checkers and load balancers often probe with it): see app/middleware/head.py.
@router.get("/health")
async def liveness() -> dict[str, str]:
    """The process is up. Load balancers use this; it touches no dependency."""
    return {"status": "ok"}


@router.get("/health/ready", responses={503: {"description": "A required dependency is unavailable"}})
async def readiness(request: Request) -> JSONResponse:
    """Ready to serve: the database answers, the vector store answers, and which model mode is active."""
    state = request.app.state
    checks: dict[str, dict[str, object]] = {}
    try:
        async with state.db_engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        checks["database"] = {"ok": True, "backend": state.db_engine.dialect.name}
    except Exception as exc:  # report, don't raise: this endpoint exists to describe failures
        checks["database"] = {"ok": False, "error": type(exc).__name__}
    for name, probe in getattr(state, "readiness_probes", {}).items():
        try:
            checks[name] = await probe()
        except Exception as exc:
            checks[name] = {"ok": False, "error": type(exc).__name__}
    ready = all(bool(c.get("ok")) for c in checks.values())
    return JSONResponse({"status": "ready" if ready else "unavailable", "checks": checks},
                        status_code=200 if ready else 503)
