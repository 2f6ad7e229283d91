"""How we read a job: a role title as a role family ("Senior Backend Engineer" -> backend) and a seniority level.

Used by the document parsers, the interview plan, drills and the question bank's tags alike.
"""

from __future__ import annotations

import re

# Role-title words → role family. Order matters: the first family whose pattern matches wins.
_ROLE_PATTERNS: list[tuple[str, str]] = [
    ("product", r"\b(product manager|product owner|pm|apm)\b"),
    ("manager", r"\b(engineering manager|manager|head of|director|vp)\b"),
    ("fullstack", r"\b(full[- ]?stack)\b"),
    ("frontend", r"\b(front[- ]?end|ui engineer|web developer)\b"),
    ("backend", r"\b(back[- ]?end|server[- ]side)\b"),
    ("mobile", r"\b(ios|android|mobile|swift|kotlin|react native|flutter)\b"),
    ("ml", r"\b(machine learning|ml|ai|deep learning|nlp|computer vision|data scientist|research scientist|mlops)\b"),
    ("data", r"\b(data engineer|analytics|analyst|data platform|etl|bi|business intelligence|data)\b"),
    ("devops", r"\b(devops|sre|site reliability|platform|infrastructure|cloud|reliability)\b"),
    ("security", r"\b(security|appsec|penetration|pentest|infosec|soc)\b"),
    ("qa", r"\b(qa|quality|test|sdet|automation engineer)\b"),
    ("frontend", r"\b(react|angular|vue)\b"),
    ("product", r"\bproduct\b"),
    ("backend", r"\b(api|software engineer|software developer|developer|engineer|swe|programmer)\b"),
]
ENGINEERING_FAMILIES = {"backend", "frontend", "fullstack", "data", "ml", "devops", "mobile", "security", "qa"}


def role_family(role: str | None) -> str:
    text = (role or "").lower()
    for family, pattern in _ROLE_PATTERNS:
        if re.search(pattern, text):
            return family
    return "any"


def seniority_for(level: str | None = None, years: float | None = None, role: str | None = None) -> str:
    text = f"{level or ''} {role or ''}".lower()
    if re.search(r"\b(staff|principal|distinguished|architect|director|head)\b", text):
        return "staff"
    if re.search(r"\b(junior|jr\.?|intern|graduate|entry|new grad|associate)\b", text):
        return "junior"
    if re.search(r"\b(senior|sr\.?|lead|engineering manager)\b", text):
        return "senior"
    if years is not None:
        return "junior" if years < 2 else "mid" if years < 5 else "senior" if years < 10 else "staff"
    return "mid"
