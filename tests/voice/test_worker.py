"""The worker's wiring, offline: which rooms it takes, who it takes them for, and its start-up checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pydantic import SecretStr

from app.core.config import Settings
from app.services.tools.livekit import room_for_session, session_of_room
from app.voice.worker import build_server, cartesia_plugins, user_id_of

ROOT = Path(__file__).resolve().parents[2]


def test_room_binding_and_participant_identity():
    settings = Settings(_env_file=None)
    assert room_for_session(settings, 42) == "interview-42" and session_of_room(settings, "interview-42") == 42
    for other in ("interview-", "interview-4x", "practice-42", "42", "interview-" + "9" * 19):
        assert session_of_room(settings, other) is None
    assert session_of_room(settings.model_copy(update={"voice_room_prefix": "mock-"}), "mock-7") == 7
    assert user_id_of("user-12") == 12 and user_id_of("agent-1") is None and user_id_of("user-") is None


def test_plugins_and_server_follow_settings():
    settings = Settings(_env_file=None, livekit_url="ws://127.0.0.1:7880", livekit_api_key="key",
                        livekit_api_secret=SecretStr("s" * 40), cartesia_api_key=SecretStr("ck"),
                        cartesia_tts_model="sonic-3", cartesia_stt_model="ink-whisper", voice_agent_name="interviewer")
    stt, tts = cartesia_plugins(settings)
    assert stt.model == "ink-whisper" and tts.model == "sonic-3"
    assert build_server(settings) is not None


def test_worker_refuses_to_start_without_its_keys():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LIVEKIT_URL": "", "CARTESIA_API_KEY": ""}
    run = subprocess.run([sys.executable, "-m", "app.voice"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0 and "LIVEKIT_URL" in run.stderr and "CARTESIA_API_KEY" in run.stderr


def test_prewarm_loads_the_vad_and_the_turns_sentence_models_once_per_process(monkeypatch):
    """A job process loads its models before the first job, so no spoken answer waits seconds for one."""
    from types import SimpleNamespace

    from app.services.retrieval import embedder as embedder_module
    from app.voice import worker

    loaded = []
    monkeypatch.setattr(worker, "warm_up", lambda embedder: loaded.append(embedder.model) or embedder.embed(["x"]))
    monkeypatch.setattr(worker, "get_settings", lambda: Settings(_env_file=None))
    proc = SimpleNamespace(userdata={})
    worker.prewarm(proc)
    assert proc.userdata["vad"] is not None
    assert loaded == ["static", "minilm"]
    assert embedder_module.shared_static_embedder()._model is not None
