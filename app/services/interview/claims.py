"""Concrete claims from the candidate's own documents: metrics, ownership statements, projects, roles, technologies,
and the job description's must-haves the resume does not show. The plan turns them into questions that probe what
the candidate wrote ("You wrote that reconciliation removed 92% of mismatches: how did you measure that?").

Pure functions over the parsed resume / job description already in the interview context: no I/O, no model.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from app.services.documents.skills import load_skill_lexicon
from app.services.interview.policy import injection

# A figure worth asking about: percentages, multipliers, rates, money, counts of users/requests, before -> after.
_METRIC = re.compile(
    r"\d[\d,.]*\s*(%|percent|x\b|×|k\b|m\b|ms\b|seconds?|minutes?|hours?|days?|weeks?|"
    r"(requests?|req|rps|qps|events?|messages?|transactions?|users?|customers?|clients?|engineers?|people|services?"
    r"|teams?|orders?|records?|rows?)\b)"
    r"|\d[\d,.]*\+?\s*(million|thousand|billion)\b|\d[\d,.]*\+?\s+(\w+\s+){0,2}per\s+(second|minute|hour|day|week|month)"
    r"|\d[\d,.]*\+\s+\w+"
    r"|[$€£]\s?\d|\bfrom\s+\d[\d,.]*\S*\s+(\w+\s+){0,3}to\s+\d",
    re.IGNORECASE,
)
# A statement of personal ownership at the start of an achievement line.
_OWNERSHIP = re.compile(
    r"^(i\s+)?(led|owned|designed|architected|built|drove|launched|created|founded|introduced|migrated|"
    r"rebuilt|rewrote|mentored|ran|spearheaded|established|delivered|shipped|automated|implemented)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*([-*•▪◦·–—]|\d+[.)])\s*")
_SPLIT = re.compile(r"\n+|(?<=[.;!?])\s+(?=[A-Z])")
CLAIM_SECTIONS = ("summary", "experience", "projects", "achievements")


@dataclass(frozen=True)
class Claim:
    kind: str  # metric | ownership | project | role | profile | technology | jd_gap
    text: str  # what the candidate wrote (or the name of the project / skill)
    extra: str = ""  # role and profile: the company; metric and ownership: the employer it was written under
    angle: int = 0  # profile: which of the questions about the current role

    @property
    def ref(self) -> str:
        """A stable id, so earlier sessions can tell this claim was already asked about (fits String(40))."""
        key = f"{self.kind}|{self.text.lower()}|{self.extra.lower()}" + (f"|{self.angle}" if self.angle else "")
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        return f"claim:{self.kind}:{digest}"


def _clean(line: str) -> str:
    line = _BULLET.sub("", line).strip().strip("•*-–— ").strip()
    return re.sub(r"\s+", " ", line)


def _statements(resume: dict[str, Any]) -> list[tuple[str, str]]:
    """Achievement statements of the resume, each with the employer it was written under ("" when unknown)."""
    sections = resume.get("sections") or {}
    employers = [e for e in resume.get("employers") or [] if e]
    items: list[tuple[str, str]] = []
    for name in CLAIM_SECTIONS:
        employer = ""
        for line in str(sections.get(name) or "").split("\n"):
            if not line.strip():
                continue
            if name == "experience":  # a role header: the statements below it were written about that employer
                employer = next((e for e in employers if e.lower() in line.lower()), employer)
            # A wrapped bullet: the continuation line is indented or starts in lower case.
            if items and not _BULLET.match(line) and (line[:1].isspace() or line.strip()[:1].islower()):
                items[-1] = (items[-1][0] + " " + line.strip(), items[-1][1])
            else:
                items.append((line, employer))
    out: list[tuple[str, str]] = []
    for item, employer in items:
        for piece in _SPLIT.split(item):
            line = _clean(piece)
            # A line that tries to instruct the interviewer is never quoted back as the candidate's claim.
            if 6 <= len(line.split()) <= 40 and not injection(line) and line.rstrip(".;,: ") not in {t for t, _ in out}:
                out.append((line.rstrip(".;,: "), employer))
    return out


def resume_claims(resume: dict[str, Any] | None, profile_fields: dict[str, Any] | None = None) -> list[Claim]:
    """Every claim worth a question, interleaved by kind (metric, project, role, ownership, ...) so that rotating
    through the list rotates through the kinds too."""
    resume = resume or {}
    profile_fields = profile_fields or {}
    by_kind: dict[str, list[Claim]] = {k: [] for k in ("metric", "project", "role", "ownership", "profile")}
    for line, employer in _statements(resume):
        if _METRIC.search(line):
            by_kind["metric"].append(Claim("metric", line, employer))
        elif _OWNERSHIP.match(line):
            by_kind["ownership"].append(Claim("ownership", line, employer))
    by_kind["project"] = [Claim("project", p) for p in resume.get("projects") or [] if 3 <= len(p) <= 80]
    seen_roles: set[tuple[str, str]] = set()
    for role in resume.get("roles") or []:
        title, company = (role.get("title") or "").strip(), (role.get("company") or "").strip()
        if title and company and (title.lower(), company.lower()) not in seen_roles:
            seen_roles.add((title.lower(), company.lower()))
            by_kind["role"].append(Claim("role", title, company))
    if not by_kind["role"] and resume.get("titles") and resume.get("employers"):
        by_kind["role"].append(Claim("role", resume["titles"][0], resume["employers"][0]))
    ordered: list[Claim] = []
    for i in range(max((len(v) for v in by_kind.values()), default=0)):
        for kind in ("metric", "project", "role", "ownership"):
            if i < len(by_kind[kind]):
                ordered.append(by_kind[kind][i])
    if profile_fields.get("current_role"):  # the current role, from several angles: one per session
        role, company = str(profile_fields["current_role"]), str(profile_fields.get("current_company") or "")
        ordered[1:1] = [Claim("profile", role, company)]
        ordered += [Claim("profile", role, company, angle) for angle in range(1, len(_PROFILE_ANGLES))]
    skills = list(resume.get("skills") or []) or list(profile_fields.get("technical_skills") or [])
    ordered += [Claim("technology", str(s)) for s in skills[:8]]
    return ordered


def jd_gaps(job: dict[str, Any] | None, resume: dict[str, Any] | None, profile_fields: dict[str, Any] | None = None,
            limit: int = 3) -> list[Claim]:
    """The job description's must-have skills that neither the resume nor the profile shows."""
    job, resume, profile_fields = job or {}, resume or {}, profile_fields or {}
    lexicon = load_skill_lexicon()

    def canon(term: str) -> str:
        return lexicon.canonical(term) or term.lower()

    have = {canon(s) for s in list(resume.get("skills") or []) + list(profile_fields.get("technical_skills") or [])}
    text = " ".join(str(v) for v in (resume.get("sections") or {}).values()).lower()
    gaps = []
    for skill in job.get("must_have") or []:
        skill = str(skill).strip()
        if skill and canon(skill) not in have and skill.lower() not in text:
            gaps.append(Claim("jd_gap", skill))
    return gaps[:limit]


# --- the questions ------------------------------------------------------------------------------------------------

_PROBE_POINTS = {
    "metric": ["Explains how the figure was measured", "Gives the baseline it is compared against",
               "Says what they personally did to move it", "Names what was left or what it cost"],
    "ownership": ["Makes their own part clear, separate from the team's", "Names a hard decision and why",
                  "Describes the result and how it was judged", "Reflects on what they would change"],
    "project": ["Gives concrete scope: users, scale, team", "Makes their own contribution clear (I, not only we)",
                "Names a decision or trade-off and why", "States an outcome, ideally measured"],
    "role": ["Describes what they owned in the role", "Picks one concrete piece of work",
             "Explains their decisions in it", "States what came of it"],
    "profile": ["Describes what they own day to day", "Picks one concrete recent piece of work",
                "Explains their decisions in it", "States what came of it"],
    "technology": ["Describes a concrete thing built or fixed with it", "Explains how it works where it mattered",
                   "Names a limitation or trade-off of it", "Says what they would do differently"],
    "jd_gap": ["Relates the skill to something they have done", "Shows how they would get up to speed",
               "Names a concrete pitfall or trade-off of it", "Is honest about what they have not done"],
}
_FOLLOW_UPS = {
    "metric": ["What was the number before, and how confident are you in the measurement?",
               "What did it cost to get there, and what would you trade differently?"],
    "jd_gap": ["What is the closest thing you have done, and what transferred?",
               "What would you read or build first to learn it?"],
}
_DEFAULT_FOLLOW_UPS = ["What would you do differently if you started it again today?",
                       "How did you measure whether it was a success?"]
_PROFILE_ANGLES = [
    "You're currently {title}{at}. Tell me what you own day to day and a recent piece of work you're proud of.",
    "In your work as {title}{at}, what is the hardest problem you solved recently, and how did you go about it?",
    "Tell me about a decision you made as {title}{at} that others disagreed with. How did it play out?",
    "Walk me through a piece of work{at} that did not go to plan. What happened, and what did you change?",
    "What would you change first about how your team works{at}, and how would you bring people along?",
    "Who do you work with most closely{at}, and how do you keep that working when priorities clash?",
]
_OPENING = {
    "metric": "Let's start with something from your resume{from_where}. You wrote: \"{text}\". How did you measure "
              "that, what was it compared against, and what was your own part in getting there?",
    "ownership": "Let's start with your resume{from_where}, where you wrote: \"{text}\". What exactly was yours in "
                 "that, which decision was the hardest, and how did it turn out?",
    "project": "Your resume mentions {text}. Walk me through what you built, the hardest decision you made along the "
               "way, and how you knew it worked.",
    "role": "Your resume lists you as {title} at {extra}. Walk me through what you owned there and one piece of work you're proud "
            "of.",
    "technology": "You list {text} among your skills. Tell me about the most demanding thing you've built or fixed "
                  "with it.",
}
_PROBE = {
    "metric": "You wrote that you \"{text}\"{at}. How did you measure that, what was the baseline, and what was "
              "left to do afterwards?",
    "ownership": "Your resume says \"{text}\". What part of that was yours alone, and what would you do "
                 "differently now?",
    "project": "Tell me more about {text}: what was the hardest technical or people problem in it, and how did you "
               "solve it?",
    "role": "In your time as {title} at {extra}, what is a decision you made that others disagreed with, and how "
            "did it play out?",
    "profile": "In your current work as {title}{at}, what is the hardest problem you solved recently, and how?",
    "technology": "You list {text}. Explain how it works under the hood in the place you used it, and one way it "
                  "bit you.",
    "jd_gap": "This role asks for {text}, which your resume doesn't show. What is the closest thing you have done, "
              "and how would you get productive with {text} in your first weeks?",
}


def _article(title: str) -> str:
    title = title.strip()
    if re.match(r"^(a|an|the)\s", title, re.IGNORECASE):
        return title
    return ("an " if title[:1].lower() in "aeiou" else "a ") + title


def _words(claim: Claim, template: str) -> str:
    text = claim.text if len(claim.text) <= 160 else claim.text[:157].rsplit(" ", 1)[0] + "…"
    if claim.kind in {"metric", "ownership"}:
        text = text[0].lower() + text[1:] if template.startswith("You wrote that") and text[1:2].islower() else text
    return template.format(text=text, title=_article(claim.text), extra=claim.extra,
                           at=f" at {claim.extra}" if claim.extra else "",
                           from_where=f", from your time at {claim.extra}" if claim.extra else "")


def claim_question(claim: Claim, *, phase: str, category: str, opening: bool) -> dict[str, Any]:
    """A planned question about one claim: the opening's wording or a probe's. Reason: resume_claim for what the
    candidate wrote, jd_gap for a missing must-have, opening:<kind> for an opening about a role or the profile."""
    if opening and claim.kind == "profile":
        template = _PROFILE_ANGLES[claim.angle % len(_PROFILE_ANGLES)]
    else:
        template = (_OPENING if opening else _PROBE).get(claim.kind) or _PROBE[claim.kind]
    if claim.kind == "jd_gap":
        reason = "jd_gap"
    elif claim.kind in {"role", "profile", "technology"}:
        reason = f"opening:{claim.kind}" if opening else "resume_claim"
    else:
        reason = "resume_claim"
    return {"ref": claim.ref, "reason": reason, "phase": phase, "category": category, "text": _words(claim, template),
            "key_points": list(_PROBE_POINTS[claim.kind]),
            "follow_ups": list(_FOLLOW_UPS.get(claim.kind, _DEFAULT_FOLLOW_UPS)),
            "topics": [claim.text] if claim.kind in {"technology", "jd_gap"} else ["background"],
            "claim": claim.text}
