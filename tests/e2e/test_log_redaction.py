"""Credentials in URLs never reach the real server's log: WebSocket `?token=`, query tokens on HTTP requests,
presigned-upload signatures, and the links of mailed tokens (outside development)."""

from __future__ import annotations

import re

import httpx
import pytest
from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_tokens_in_urls_are_redacted_from_every_log_line(tmp_path, clean_db):
    server = ServerProcess(server_env(tmp_path, clean_db, LOG_LEVEL="DEBUG"), tmp_path / "server.log").start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            tokens = c.post("/auth/register", json={"email": "ws@example.com", "password": "secret-pw",
                                                    "name": "W"}).json()
            access, refresh = tokens["token"], tokens["refresh_token"]
            h = {"Authorization": f"Bearer {access}"}
            session = c.post("/ai-interview/sessions", headers=h,
                             json={"title": "ws", "interview_type": "behavioral", "max_questions": 2}).json()
            ws_url = server.url.replace("http://", "ws://")
            with connect(f"{ws_url}/ai-interview/sessions/{session['id']}/ws?token={access}") as ws:
                assert '"ready"' in ws.recv(timeout=30)
            with (pytest.raises(WebSocketException),  # an unknown session: refused, and logged
                  connect(f"{ws_url}/ai-interview/sessions/999999/ws?token={access}") as ws):
                ws.recv(timeout=30)
            assert c.get(f"/health?token={access}&refresh_token={refresh}").status_code == 200
            presign = c.post("/upload/s3-presign", headers=h, json={"content_type": "text/plain",
                                                                    "extension": "txt"}).json()
            assert "signature=" in presign["url"]
            signature = re.search(r"signature=([^&]+)", presign["url"]).group(1)
            assert c.put(presign["url"], content=b"Jo Tester, engineer",
                         headers={"content-type": "text/plain"}).status_code in (200, 201, 204)
            assert c.post("/auth/password-reset/request", json={"email": "ws@example.com"}).status_code == 202
    finally:
        server.stop()  # flushes the log
    log = (tmp_path / "server.log").read_text()
    assert f"/ai-interview/sessions/{session['id']}/ws?token=[redacted]" in log  # uvicorn's WebSocket line
    assert "reset-password?token=[redacted]" in log  # the mailed link, logged because SMTP is not configured
    for secret in (access, refresh, signature, access.split(".")[1]):
        assert secret not in log
    assert not re.search(r"token=(?!\[redacted\])[A-Za-z0-9_-]{8,}", log)
