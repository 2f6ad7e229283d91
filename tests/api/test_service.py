"""Service routes and cross-cutting middleware: request ids, errors, body limits, CORS, OpenAPI."""

from __future__ import annotations

import logging

import httpx

from app.main import create_app
from tests.conftest import make_settings


async def test_root_and_methods(client):
    r = await client.get("/")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "running" and body["environment"] == "test"
    assert {"name", "version"} <= set(body)
    assert (await client.post("/")).status_code == 405
    assert (await client.delete("/")).status_code == 405


async def test_health_and_readiness(client):
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"]["ok"] is True


async def test_readiness_reports_503_when_database_is_down(app, client):
    await app.state.db_engine.dispose()
    app.state.db_engine.url  # still the same engine object
    from sqlalchemy.ext.asyncio import create_async_engine

    app.state.db_engine = create_async_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    r = await client.get("/health/ready")
    assert r.status_code == 503
    assert r.json()["checks"]["database"]["ok"] is False


async def test_request_id_is_echoed_or_generated_and_logged(client, caplog):
    caplog.set_level(logging.INFO, logger="app.access")
    r = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    generated = (await client.get("/health")).headers["x-request-id"]
    assert len(generated) == 32
    hostile = (await client.get("/health", headers={"X-Request-ID": "bad id\nwith newline"})).headers["x-request-id"]
    assert hostile != "bad id\nwith newline"
    assert any(getattr(rec, "request_id", None) == "abc-123" and "/health" in rec.getMessage()
               for rec in caplog.records)


async def test_unhandled_error_is_a_clean_500(app):
    @app.get("/boom-for-test")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        r = await c.get("/boom-for-test", headers={"X-Request-ID": "req-500"})
    assert r.status_code == 500
    assert r.json() == {"detail": "Internal server error", "request_id": "req-500"}
    assert "secret" not in r.text


async def test_oversized_body_refused_by_content_length(tmp_path, clean_db):
    settings = make_settings(tmp_path, clean_db, max_request_bytes=1000)
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=application), base_url="http://t") as c:
            r = await c.post("/auth/register", content=b"x" * 5000, headers={"content-type": "application/json"})
            assert r.status_code == 413 and "limit" in r.json()["detail"]
            # Byte for byte as the API's other JSON errors print (compact), so one client parser reads both.
            assert r.content == b'{"detail":"Request body exceeds the limit of 1000 bytes"}'

            async def chunks():
                for _ in range(10):
                    yield b"y" * 500

            streamed = await c.post("/auth/register", content=chunks(), headers={"content-type": "application/json"})
            assert streamed.status_code == 413

            # A browser app reads these refusals only when they carry its CORS headers.
            origin = {"Origin": "http://localhost:5173", "content-type": "application/json"}
            for refused in (await c.post("/auth/register", content=b"x" * 5000, headers=origin),
                            await c.post("/auth/register", content=chunks(), headers=origin),
                            await c.post("/auth/register", content=b"{}",
                                         headers={**origin, "content-length": "nope"})):
                assert refused.status_code in (400, 413), refused.text
                assert refused.headers.get("access-control-allow-origin") == "http://localhost:5173"


async def test_cors_allows_configured_origin_only(client):
    ok = await client.options("/auth/login", headers={"Origin": "http://localhost:5173",
                                                      "Access-Control-Request-Method": "POST"})
    assert ok.headers.get("access-control-allow-origin") == "http://localhost:5173"
    bad = await client.options("/auth/login", headers={"Origin": "http://evil.example",
                                                       "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in bad.headers


async def test_openapi_tags_every_route_and_documents_errors(client):
    spec = (await client.get("/openapi.json")).json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("tags"), f"{method.upper()} {path} has no tag"
    assert "401" in spec["paths"]["/auth/me"]["get"]["responses"]
    login_body = spec["paths"]["/auth/login"]["post"]["requestBody"]["content"]
    assert {"application/json", "application/x-www-form-urlencoded"} <= set(login_body)
    assert (await client.get("/docs")).status_code == 200


async def test_a_wrong_method_names_every_method_the_path_has(client):
    """RFC 9110: a 405's Allow lists all of the path's methods, also where several routes share the path."""
    for method, path, allowed in (("DELETE", "/ai-interview/sessions", "GET, HEAD, POST"),
                                  ("PATCH", "/ai-interview/profile", "GET, HEAD, POST, PUT"),
                                  ("PUT", "/sessions", "GET, HEAD, POST"), ("POST", "/", "GET, HEAD"),
                                  ("PUT", "/health", "GET, HEAD")):
        r = await client.request(method, path)
        assert r.status_code == 405 and r.headers["allow"] == allowed, (method, path, r.headers.get("allow"))
