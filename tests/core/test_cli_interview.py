"""`python -m app.cli interview --in-process`: a whole interview in the terminal with scripted stdin, no model key."""

from __future__ import annotations

import io

import pytest

from app import cli
from tests import conftest

pytestmark = pytest.mark.slow

ANSWER = ("At Globex I owned the checkout API. Latency was hurting conversion, so I profiled it, found an N+1 query "
          "and added a Redis cache for merchant settings. As a result p99 latency dropped from 1.2 seconds to 300 ms "
          "and checkout errors fell by 80%.")


@pytest.fixture
def embedded_env(tmp_path, clean_db, monkeypatch):
    """The embedded defaults, pointed at this test's database and folders; no .env, no model key."""
    monkeypatch.chdir(tmp_path)
    for name, value in {"DATABASE_URL": clean_db, "DATA_DIR": str(tmp_path / "data"),
                        "CHROMA_PATH": str(conftest.CHROMA_DIR), "ENVIRONMENT": "test"}.items():
        monkeypatch.setenv(name, value)
    for key in ("GROQ_API_KEY", "OPENAI_API_KEY", "LLM_BASE_URL"):
        monkeypatch.delenv(key, raising=False)
    return tmp_path


def _run(argv: list[str], answers: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(["interview", "--in-process", *argv], out=out, stdin=io.StringIO(answers))
    return code, out.getvalue()


def test_whole_interview_in_the_terminal(embedded_env, capsys):
    resume = embedded_env / "resume.txt"
    resume.write_text("Ada Lovelace\n\nEXPERIENCE\nSenior Backend Engineer, Globex Corporation (2019 - present)\n"
                      "- Built the checkout API in Python\n\nSKILLS\nPython, PostgreSQL, Redis\n")
    # A thin first answer, an empty line (ignored), then full answers.
    answers = "Yes.\n\n" + f"{ANSWER}\n" * 8
    code, out = _run(["--questions", "3", "--role", "Backend Engineer", "--company", "Globex",
                      "--resume", str(resume), "--report-dir", "reports"], answers)
    assert code == 0, capsys.readouterr().err
    assert "Resume resume.txt: 3 skills" in out
    assert "(offline interviewer)" in out
    turns = out.split("Interviewer (")[1:]
    assert turns[0].startswith("question 1/3):") and "Globex" in turns[0]  # the greeting, about the resume
    assert turns[1].startswith("question 1/3, follow-up):")  # "Yes." gets a follow-up
    assert any(t.startswith("question 3/3):") for t in turns)
    assert turns[-1].startswith("closing):")
    assert "Overall score: " in out and "(ended early)" not in out
    for group in ("Communication:", "Content:", "Behavioral:", "Non-verbal:"):
        assert group in out
    report = embedded_env / "reports"
    saved = next(report.glob("interview-*-report.pdf"))
    assert f"Report saved to {saved}" in out
    assert saved.read_bytes().startswith(b"%PDF-")


def test_end_of_input_ends_the_interview_early_and_still_reports(embedded_env):
    code, out = _run(["--questions", "5", "--email", "early@example.com"], f"{ANSWER}\n")
    assert code == 0
    assert "question 2/5" in out and "question 3/5" not in out
    assert "closing):" in out and "(ended early)" in out
    assert list(embedded_env.glob("interview-*-report.pdf"))
    # The same account signs in again the next time (it is not registered twice).
    code, out = _run(["--questions", "1", "--email", "early@example.com"], "/end\n")
    assert code == 0 and "Signed in as early@example.com" in out
    assert "nothing to assess" in out


def test_unreachable_api_is_a_clear_error(capsys):
    code = cli.main(["interview", "--url", "http://127.0.0.1:9"], out=io.StringIO(), stdin=io.StringIO(""))
    assert code == 1
    assert "cannot reach the API at http://127.0.0.1:9" in capsys.readouterr().err
