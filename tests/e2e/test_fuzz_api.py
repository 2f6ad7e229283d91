"""Property-based fuzzing of every documented route against the real server: nothing a client can send yields a
500. (LiveKit and spoken answers are left out: without their keys they answer 503 by design.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_no_server_errors_under_fuzzing(tmp_path, clean_db):
    env = server_env(tmp_path, clean_db, RATE_LIMIT_DEFAULT="1000000/minute",
                     RATE_LIMIT_AUTH_PER_CLIENT="1000000/minute", RATE_LIMIT_MODEL_PER_CLIENT="1000000/minute",
                     RATE_LIMIT_LOGIN_PER_ACCOUNT="1000000/minute", RATE_LIMIT_REGISTER_PER_CLIENT="1000000/minute",
                     RATE_LIMIT_LOGIN_FAILURES_PER_CLIENT="1000000/minute", LOG_LEVEL="WARNING")
    server = ServerProcess(env, tmp_path / "server.log").start()
    try:
        token = httpx.post(f"{server.url}/auth/register", json={"email": "fuzz@example.com", "password": "secret-pw",
                                                                "name": "Fuzz"}, timeout=30).json()["token"]
        st = Path(sys.executable).parent / "st"
        result = subprocess.run(
            [str(st), "run", f"{server.url}/openapi.json", "-H", f"Authorization: Bearer {token}",
             "--checks", "not_a_server_error,response_schema_conformance",
             "--max-examples", "20", "--workers", "1", "--seed", "1",
             "--exclude-path", "/auth/logout", "--exclude-path", "/ai-interview/livekit/token",
             "--exclude-path", "/ai-interview/sessions/{session_id}/audio"],
            # One worker: hypothesis describing strategies from two threads at once trips a CPython 3.11 ast bug
            # ("AST constructor recursion depth mismatch"), reported as a runtime error, not a finding.
            capture_output=True, text=True, timeout=900, cwd=tmp_path,  # its cache stays out of the tree
        )
        summary = result.stdout[-3000:]
        assert result.returncode == 0, summary
        assert "passed" in summary
    finally:
        server.stop()
    assert "Traceback" not in (tmp_path / "server.log").read_text()
