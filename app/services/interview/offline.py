"""The offline interviewer's words: resume-aware openings, follow-up wording, acknowledgements, transitions, the
greeting and the closing. Templates only; which question and which follow-up is decided in plan.py and policy.py.

It is also what speaks when every model provider fails mid-turn.
"""

from __future__ import annotations

import random
import re

from app.services.interview.state import InterviewContext, InterviewState, PlannedQuestion

# --- openings built from what the candidate told us -------------------------------------------------------------

_PROJECT_TEMPLATES = [
    "Your resume mentions {project}. Walk me through what you built, the hardest decision you made along the way, "
    "and how you knew it worked.",
    "Let's start with {project} from your resume. What problem did it solve, what exactly was your part, and what "
    "would you do differently today?",
]
_EMPLOYER_TEMPLATES = [
    "You list {title} at {employer}. Walk me through what you owned there and one piece of work you're proud of.",
    "I see you were {title} at {employer}. What was the most technically or personally demanding thing you did "
    "in that role, and what came of it?",
]
_ROLE_TEMPLATES = [
    "You're currently {role}{at_company}. Tell me what you own day to day and a recent piece of work you're "
    "proud of.",
]
_SKILL_TEMPLATES = [
    "You list {skill} among your skills. Tell me about the most demanding thing you've built or fixed with it.",
]


def resume_opening(context: InterviewContext, rng: random.Random) -> PlannedQuestion | None:
    """A first question about the candidate's own background, or None when we know nothing about them."""
    resume = context.get("resume") or {}
    profile_fields = context.get("profile_fields") or {}  # type: ignore[typeddict-item]
    projects = [p for p in resume.get("projects") or [] if 3 <= len(p) <= 80]
    employers = resume.get("employers") or []
    titles = resume.get("titles") or []
    key_points = [
        "Gives concrete scope: team, users, scale",
        "Makes their own contribution clear (I, not only we)",
        "Names a decision or trade-off and why",
        "States an outcome, ideally measured",
    ]
    follow_ups = ["What would you do differently if you started it again today?",
                  "How did you measure whether it was a success?"]
    if projects:
        text = rng.choice(_PROJECT_TEMPLATES).format(project=projects[0])
    elif employers and titles:
        text = rng.choice(_EMPLOYER_TEMPLATES).format(title=_article(titles[0]), employer=employers[0])
    elif profile_fields.get("current_role"):
        company = profile_fields.get("current_company")
        text = rng.choice(_ROLE_TEMPLATES).format(
            role=_article(profile_fields["current_role"]), at_company=f" at {company}" if company else "")
    elif resume.get("skills") or profile_fields.get("technical_skills"):
        skill = (resume.get("skills") or profile_fields.get("technical_skills"))[0]
        text = rng.choice(_SKILL_TEMPLATES).format(skill=skill)
    else:
        return None
    return PlannedQuestion(ref="resume:opening", phase="opening", category="behavioral", text=text,
                           key_points=key_points, follow_ups=follow_ups, topics=["background"])


def _article(title: str) -> str:
    title = title.strip()
    if re.match(r"^(a|an|the)\s", title, re.IGNORECASE):
        return title
    return ("an " if title[:1].lower() in "aeiou" else "a ") + title


# --- follow-up wording ---------------------------------------------------------------------------------------------

FOLLOW_UP_TEXT = {
    "too_short": [
        "Could you go a bit deeper? Walk me through a specific example, step by step.",
        "That's quite brief. Can you take me through one concrete situation in more detail?",
    ],
    "too_short_technical": [
        "Can you expand on that? Walk me through how it works and which trade-offs matter.",
        "Could you go one level deeper: what happens under the hood, and what would you watch out for?",
    ],
    "no_result": [
        "What was the outcome? How did you know it worked?",
        "How did that end, and what changed as a result of what you did?",
    ],
    "no_numbers": [
        "Can you put a number on the impact: time saved, latency, revenue, users, error rate?",
        "How big was the effect? Any figures you can share, even rough ones?",
    ],
    "no_ownership": [
        "You said \"we\" a lot. What was your own part, specifically?",
        "Which parts of that did you personally drive?",
    ],
    "jargon": [
        "You mentioned {detail}. How would you explain that to someone outside the team, and why did it matter "
        "here?",
    ],
    "missing_key_point": ["{detail}"],
}


def follow_up_text(reason: str, detail: str | None, rng: random.Random) -> str:
    return rng.choice(FOLLOW_UP_TEXT[reason]).format(detail=detail or "that")


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
