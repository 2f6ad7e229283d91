"""The offline interviewer's words: follow-up wording, acknowledgements, transitions, the
greeting and the closing. Templates only; which question and which follow-up is decided in plan.py and policy.py.

It is also what speaks when every model provider fails mid-turn.
"""

from __future__ import annotations

import random
import re

from app.services.interview.state import InterviewState

# --- follow-up wording ---------------------------------------------------------------------------------------------

FOLLOW_UP_TEXT = {
    "too_short": [
        "Could you go a bit deeper? Walk me through a specific example, step by step.",
        "That's quite brief. Can you take me through one concrete situation in more detail?",
        "Can you make that concrete: one real situation, what you did first, and what happened next?",
        "Give me a specific instance of that: where were you, what was at stake, and what did you do?",
    ],
    "too_short_technical": [
        "Can you expand on that? Walk me through how it works and which trade-offs matter.",
        "Could you go one level deeper: what happens under the hood, and what would you watch out for?",
        "What would break first under load, and how would you notice?",
        "Walk me through it step by step, as if you were explaining it to a new teammate.",
    ],
    "no_result": [
        "What was the outcome? How did you know it worked?",
        "How did that end, and what changed as a result of what you did?",
        "Where did it land in the end, and what would you point to as the result?",
        "And what came of it: what was different afterwards?",
    ],
    "no_numbers": [
        "Can you put a number on the impact: time saved, latency, revenue, users, error rate?",
        "How big was the effect? Any figures you can share, even rough ones?",
        "How would you size that result: before and after, roughly?",
        "Is there a figure that shows the difference it made?",
    ],
    "no_ownership": [
        "You said \"we\" a lot. What was your own part, specifically?",
        "Which parts of that did you personally drive?",
        "If I asked your teammates, what would they say you did yourself?",
        "What is one decision in that story that was yours alone?",
    ],
    "jargon": [
        ("You mentioned {detail} a few times. How would you explain it to someone outside the team, and why did it "
         "matter here?"),
    ],
    "missing_key_point": ["{detail}"],
}
# How often a session may ask each generic gap: once per wording, so a follow-up is never worded twice.
REASON_LIMITS = {reason: len(texts) for reason, texts in FOLLOW_UP_TEXT.items()}


def follow_up_text(reason: str, detail: str | None, nth: int, seed: int = 0) -> str:
    """The wording of the `nth` (0-based) follow-up for this gap in the session: never one already used."""
    texts = FOLLOW_UP_TEXT[reason]
    return texts[(seed + nth) % len(texts)].format(detail=detail or "that")


# --- the small talk around questions -------------------------------------------------------------------------------

_ACKS = ["Thanks.", "Okay, thank you.", "Got it.", "Thanks, that's helpful.", "Understood."]
_TRANSITIONS = {
    "behavioral": "Let's talk about how you work with people.",
    "technical": "Let's move to some technical questions.",
    "system_design": "Now a system design question. Think out loud: requirements first, then the design.",
    "dsa": "Let's do a problem-solving question. Talk me through your approach before any code.",
    "case": "Here's a case question. Take a moment to structure your thinking.",
}


def acknowledgement(rng: random.Random) -> str:
    return rng.choice(_ACKS)


def transition(previous_phase: str | None, phase: str) -> str | None:
    if previous_phase is None or previous_phase == phase or phase == "opening":
        return None
    return _TRANSITIONS.get(phase)


def greeting(state: InterviewState) -> str:
    config = state.get("config", {})
    name = (state.get("context") or {}).get("candidate_name")
    role = config.get("role") or "this role"
    company = config.get("company")
    target = f"{role} at {company}" if company else role
    total = len(state.get("plan") or [])
    hello = f"Hi {name.split()[0]}, thanks" if name else "Hi, thanks"
    return (f"{hello} for joining. This is a {config.get('interview_type', 'mixed').replace('_', ' ')} practice "
            f"interview for {target}: {total} main question{'s' if total != 1 else ''}, with follow-ups where I "
            "want more detail. Say \"let's stop here\" at any time to finish early.")


def closing_message(state: InterviewState, answered: int) -> str:
    if state.get("ended_early"):
        return (f"No problem, let's stop here. You answered {answered} question{'s' if answered != 1 else ''}. "
                "Your assessment and feedback are ready whenever you want them.")
    return ("That's the end of the interview. Thank you for your answers. Your assessment, with scores and "
            "concrete feedback on each answer, is ready whenever you want it.")


# --- a tentative acknowledgement while a spoken answer's reply is on its way (no model call) ----------------------

_NUMBER = re.compile(r"\d|\b(percent|twice|double|half|thousand|million)\b", re.IGNORECASE)


def tentative_acknowledgement(answer: str) -> str:
    """A short, neutral acknowledgement fitted to what was just said, to fill the pause before the reply."""
    text = answer.strip()
    words = len(text.split())
    if text.endswith("?"):
        return "Good question. Give me a second."
    if words < 12:
        return "Okay."
    if _NUMBER.search(text):
        return "Thanks, those numbers help. One moment."
    if words > 150:
        return "Thanks, that's a lot of detail. Let me take that in."
    return "Thanks. Let me think about that for a second."
