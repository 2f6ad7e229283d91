"""The auth flow end to end against the real server process started as the README says."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def server(tmp_path, clean_db):
    srv = ServerProcess(server_env(tmp_path, clean_db), tmp_path / "server.log").start()
    yield srv
    srv.stop()


def test_auth_flow_over_real_http(server, tmp_path):
    with httpx.Client(base_url=server.url, timeout=10) as c:
        assert c.get("/").json()["status"] == "running"
        assert c.get("/health/ready").status_code == 200
        reg = c.post("/auth/register", json={"email": "e2e@example.com", "password": "secret-pw", "name": "E2E"})
        assert reg.status_code == 201
        login = c.post("/auth/login", data={"username": "e2e@example.com", "password": "secret-pw"})
        assert login.status_code == 200
        tokens = login.json()
        h = {"Authorization": f"Bearer {tokens['access_token']}"}
        assert c.get("/auth/me", headers=h).json()["email"] == "e2e@example.com"
        rotated = c.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert rotated.status_code == 200
        h2 = {"Authorization": f"Bearer {rotated.json()['access_token']}"}
        assert c.get("/auth/me", headers=h2).status_code == 200
        assert c.post("/auth/logout", headers=h2).status_code == 200
        assert c.get("/auth/me", headers=h2).status_code == 401
        assert c.post("/auth/refresh", json={"refresh_token": rotated.json()["refresh_token"]}).status_code == 401
        r = c.get("/health", headers={"X-Request-ID": "e2e-req-1"})
        assert r.headers["x-request-id"] == "e2e-req-1"
    server.stop()  # the access line is written after the response; stopping flushes it
    log = (tmp_path / "server.log").read_text()
    assert "[e2e-req-1]" in log and "GET /health 200" in log
    assert "secret-pw" not in log
