"""The rules that run on every answer: ask a follow-up or move on, end early, accept "I don't know".

Deterministic and cheap (they read the per-answer analysis), so the path from an answer to the next question
needs no model call to decide anything.
"""

from __future__ import annotations

import re
from typing import Any

from app.services.interview.state import PlannedQuestion


def decide_follow_up(
    question: PlannedQuestion, analysis: dict[str, Any], follow_ups_done: int, max_follow_ups: int
) -> tuple[str | None, str | None]:
    """(reason, detail) for a follow-up on this answer, or (None, None) to move on."""
    if follow_ups_done >= max_follow_ups or analysis.get("declined"):
        return None, None
    category = question.get("category", "behavioral")
    words = analysis.get("word_count", 0)
    star = analysis.get("star") or {}
    if words < (25 if category in {"behavioral", "case"} else 20):
        return ("too_short" if category in {"behavioral", "case"} else "too_short_technical"), None
    if category == "behavioral":
        if not star.get("result", {}).get("present"):
            return "no_result", None
        if not analysis.get("has_numbers") and follow_ups_done == 0:
            return "no_numbers", None
        pronouns = analysis.get("pronouns") or {}
        if pronouns.get("we", 0) >= 3 and pronouns.get("i", 0) == 0:
            return "no_ownership", None
    if analysis.get("jargon"):
        return "jargon", analysis["jargon"]
    if category in {"technical", "system_design", "dsa", "case"}:
        coverage = analysis.get("key_point_coverage")
        prompts = question.get("follow_ups") or []
        if coverage is not None and coverage < 0.34 and len(prompts) > follow_ups_done:
            return "missing_key_point", prompts[follow_ups_done]
    return None, None


_END_PATTERNS = re.compile(
    r"^\s*(/end|/stop|let'?s stop( here)?|stop the interview|end the interview|i want to (stop|end|finish)|"
    r"i'?d like to (stop|end|finish)|can we (stop|end|finish)( here| now)?|that'?s enough|i'?m done|quit)\b",
    re.IGNORECASE,
)
_DECLINE_PATTERNS = re.compile(
    r"^\s*(i don'?t know|no idea|i'?m not sure|i have no idea|pass|skip|next question|i haven'?t (done|worked))",
    re.IGNORECASE,
)


def wants_to_end(text: str) -> bool:
    return bool(_END_PATTERNS.match(text))


def declines(text: str) -> bool:
    """'I don't know' / 'skip': move on rather than press with follow-ups."""
    return bool(_DECLINE_PATTERNS.match(text)) and len(text.split()) < 25
