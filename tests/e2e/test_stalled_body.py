"""A request body that stalls after a few bytes is answered 408 by the real server once
REQUEST_BODY_TIMEOUT_SECONDS pass with nothing received, and the connection is closed."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def _stall(port: int, head: str, first_bytes: bytes) -> tuple[bytes, float]:
    """Send the headers and a few bytes of the body, then nothing; return what the server answers, and when."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        started = time.monotonic()  # before sending: the server cannot start waiting before it has the bytes
        sock.sendall(head.encode() + first_bytes)
        answer = b""
        while chunk := sock.recv(65536):  # until the server closes the connection
            answer += chunk
        return answer, time.monotonic() - started


def test_stalled_bodies_time_out_with_408(tmp_path, clean_db):
    server = ServerProcess(server_env(tmp_path, clean_db, REQUEST_BODY_TIMEOUT_SECONDS="3"),
                           tmp_path / "server.log").start()
    try:
        token = httpx.post(f"{server.url}/auth/register", json={"email": "slow@example.com", "password": "secret-pw",
                                                                "name": "S"}, timeout=30).json()["token"]
        login_head = ("POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 200\r\n\r\n")
        answer, waited = _stall(server.port, login_head, b'{"email": "slo')
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert b"stalled" in answer and b"connection: close" in answer.lower()
        assert 2.5 <= waited < 10

        boundary = "b0undary"
        upload_head = (f"POST /documents/resume HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                       f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 50000\r\n\r\n")
        answer, waited = _stall(server.port, upload_head, f"--{boundary}\r\nContent-Disposition: form-data; "
                                                          f'name="file"; filename="cv.txt"\r\n\r\nJo Tes'.encode())
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
        assert 2.5 <= waited < 10

        # Bodies that arrive, slowly but steadily, are read; the server goes on serving.
        assert httpx.get(f"{server.url}/health", timeout=30).status_code == 200
        slow_but_steady = httpx.post(f"{server.url}/auth/login", timeout=30,
                                     content=_trickle(b'{"email": "slow@example.com", "password": "secret-pw"}'),
                                     headers={"content-type": "application/json"})
        assert slow_but_steady.status_code == 200
    finally:
        server.stop()
    log = (tmp_path / "server.log").read_text()
    assert "POST /auth/login 408" in log and "Traceback" not in log


def _trickle(body: bytes) -> Iterator[bytes]:
    """A body httpx sends chunked, a piece every quarter of a second: longer in all than the 3 s timeout, while each
    gap leaves the sender (on a busy machine, say) almost 3 s to spare."""
    for start in range(0, len(body), 4):
        yield body[start:start + 4]
        time.sleep(0.25)
