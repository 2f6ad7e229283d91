"""The PDF report: what a candidate reads in it, extracted back from the PDF."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from pypdf import PdfReader

from app.core.config import DEFAULT_SCORE_WEIGHTS
from app.services.assessment.analysis import AnswerUnit
from app.services.assessment.evaluation import assess_interview
from app.services.assessment.report import build_report

STRONG = ("At my last job I was responsible for our payments API, which timed out for 3% of requests at peak. I "
          "profiled it, found an N+1 query in the refund path and rewrote it as one join. As a result p99 latency "
          "dropped from 1.8 seconds to 240 milliseconds and support tickets fell by half.")
WEAK = "Um, I mean, we kind of just worked on it, you know, and it was fine in the end I guess."


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


async def test_report_has_the_scores_every_question_and_the_feedback():
    units = [AnswerUnit(1, "Tell me about a time you fixed a slow service.", "behavioral", "behavioral",
                        ("States a measured outcome",), ("performance",), ("ownership",), STRONG, None),
             AnswerUnit(2, "Describe a project you are proud of.", "behavioral", "behavioral",
                        ("Explains their own role",), ("projects",), ("ownership",), WEAK, 30.0)]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    pdf = build_report(result=result, title="Tuesday practice", candidate="Ada Lovelace", interview_type="behavioral",
                       role="Backend Engineer", company="Acme", created_at=datetime(2026, 12, 1, tzinfo=UTC))
    assert pdf.startswith(b"%PDF-")
    text = _text(pdf)
    assert "Ada Lovelace" in text and "Behavioral interview for Backend Engineer at Acme" in text
    assert "01 Dec 2026" in text and "Tuesday practice" in text
    assert re.search(rf"\b{round(result['overall_score'])}\b", text)
    for group in ("Communication", "Content", "Behavioral", "Non-verbal"):
        assert group in text
    for unit in units:
        assert unit.question in text
    assert "payments API" in text  # the answers themselves are in the report, with their evaluation
    first_improvement = result["feedback"]["improvements"][0]
    assert first_improvement.split(" (Q")[0][:40] in text
    assert PdfReader(io.BytesIO(pdf)).metadata.title == "Interview report: Tuesday practice"


async def test_names_and_answers_beyond_latin_print_as_written():
    """Greek and Cyrillic letters, and an accent typed as a separate mark, come out as text, not as boxes. (Hebrew and
    Arabic letters print too, but right-to-left runs are not reordered.)"""
    answer = ("В прошлом году я отвечал за платёжный сервис. I rewrote the retry logic; as a result failures fell "
              "from 40 to 3 a week. Ευχαριστώ.")
    units = [AnswerUnit(1, "Tell me about a time you fixed a slow service.", "behavioral", "behavioral",
                        ("States a measured outcome",), ("performance",), ("ownership",), answer, None)]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    pdf = build_report(result=result, title="Práctica", candidate="Zoe\u0308 Ко́нева", interview_type="behavioral",
                       role="Backend Engineer", company=None, created_at=datetime(2026, 12, 1, tzinfo=UTC))
    text = _text(pdf)
    assert "\u25a0" not in text
    for written in ("Zoë", "платёжный", "Ευχαριστώ", "Práctica"):
        assert written in text, written


async def test_chinese_japanese_and_korean_print_and_direction_overrides_do_not_reverse_text():
    """A name or an answer in CJK scripts prints in the CJK font (glyphs, not blanks); a right-to-left override
    typed into an answer cannot print the rest of it reversed."""
    answer = ("去年我负责支付服务。I rewrote the retry logic\u202e and failures fell from 40 to 3 a week. 결제 서비스를 "
              "고쳤습니다. ありがとうございます。")
    units = [AnswerUnit(1, "Tell me about a time you fixed a slow service.", "behavioral", "behavioral",
                        ("States a measured outcome",), ("performance",), ("ownership",), answer, None)]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    pdf = build_report(result=result, title="面接練習", candidate="王小明", interview_type="behavioral",
                       role="Backend Engineer", company=None, created_at=datetime(2026, 12, 1, tzinfo=UTC))
    text = _text(pdf)
    for written in ("王小明", "面接練習", "支付服务", "결제", "ありがとう", "and failures fell"):
        assert written in text, written
    assert "\u202e" not in text
    fonts_used = {str(font.get("/BaseFont")) for page in PdfReader(io.BytesIO(pdf)).pages
                  for font in (page["/Resources"].get_object().get("/Font") or {}).values()
                  for font in [font.get_object()]}
    assert any("WenQuanYi" in name or "Droid" in name or "Report-cjk" in name or "Micro" in name
               for name in fonts_used), fonts_used


GREETING = ("Hi Priya, thanks for joining. This is a behavioral practice interview for Backend Engineer: 2 main "
            "questions, with follow-ups where I want more detail.\n\n")
RECON = ("At my last company month-end reconciliation was manual and error-prone. I was responsible for fixing it. I "
         "built a matcher that paired ledger entries with bank lines and ran it in shadow mode for a month. As a "
         "result mismatches went from 40 a month down to 3.")
RAMBLE = ("So deploys are kind of all over the place everywhere really, with people doing different things and "
          "nobody really agreeing on anything for a long while. I fixed the pipeline.")


async def test_feedback_names_the_question_and_quotes_the_sentence_that_shows_the_point():
    units = [AnswerUnit(1, GREETING + "Let's start with something from your resume. You wrote: \"Cut reconciliation "
                        "errors by 92%\". How did you measure that?", "behavioral", "opening",
                        ("States an outcome, ideally measured",), (), (), RECON, None),
             AnswerUnit(2, "Thanks. Let's talk about how you work with people. Tell me about a time you fixed a "
                        "broken process.", "behavioral", "behavioral", ("States a measured outcome",), (), (),
                        RAMBLE, None)]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    items = result["feedback"]["evidence"]["strengths"] + result["feedback"]["evidence"]["improvements"]
    items += [n for q in result["per_question"] for n in q["notes"]["strengths"] + q["notes"]["improvements"]]
    for item in items:
        assert "Hi Priya" not in item["question"] and not item["question"].startswith(("Thanks", "Let's"))
    assert result["per_question"][0]["question"].startswith("You wrote:")
    assert result["per_question"][1]["question"] == "Tell me about a time you fixed a broken process."
    notes = result["per_question"][0]["notes"]["strengths"]
    impact = [n for n in notes if n["dimension"] == "impact"]
    assert impact and any(ch.isdigit() for ch in impact[0]["quote"])
    structure = [n for n in result["per_question"][1]["notes"]["improvements"] if n["dimension"] == "star_structure"]
    assert structure and "all over the place" in structure[0]["quote"]

    text = _text(build_report(result=result, title="t", candidate="Priya", interview_type="behavioral", role=None,
                              company=None, created_at=None))
    assert "Hi Priya, thanks" not in text and "Tell me about a time you fixed a broken process." in text
    assert "40 a month down to 3" in text and "all over the place" in text


def test_the_question_label_drops_greeting_acknowledgement_and_transition_only():
    from app.services.assessment.feedback import question_only

    assert question_only(GREETING + "Your resume mentions Ledgerly. Walk me through it.") == \
        "Your resume mentions Ledgerly. Walk me through it."
    assert question_only("Thanks. Now a system design question. Think out loud: requirements first, then the "
                         "design. Design a URL shortener.") == "Design a URL shortener."
    assert question_only("Got it. Let's do a problem-solving question. Talk me through your approach before any "
                         "code. Given an array, find two numbers that sum to k.") == \
        "Given an array, find two numbers that sum to k."
    assert question_only("Next, tell me about a migration you led. What did you learn?") == \
        "Next, tell me about a migration you led. What did you learn?"
