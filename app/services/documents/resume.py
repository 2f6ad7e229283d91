"""A resume's structured parse: name, roles (titles, employers, dates), projects, skills, education, years of
experience. Heuristic by nature: right on the common layouts, "not found" rather than invented elsewhere."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from app.services.documents.extract import normalize_text
from app.services.documents.sections import (
    BULLET,
    DATE_RANGE,
    LOCATION,
    TITLE_WORDS,
    classify_resume_heading,
    clean_line,
    range_months,
    sections_dict,
    split_sections,
    unique,
    unique_ci,
    years_of_experience,
)
from app.services.documents.skills import load_skill_lexicon

_ROLE_SPLIT = re.compile(r"\s+(?:—|–|-|\||·|•|@|at)\s+|\s*\|\s*|\s+@\s*")


def _title_and_company(text: str) -> tuple[str | None, str | None]:
    """Split a role header without its dates into (title, company): "Title — Company", "Company | Title",
    "Title at Company", "Title, Company, City". The part with a job-title word is the title."""
    text = text.strip(" ,;|—–-·•()[]")
    parts = [p.strip(" ,;()[]") for p in _ROLE_SPLIT.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        parts = [p.strip() for p in text.split(",") if p.strip()]
    parts = [p for p in parts if not LOCATION.match(p)]
    if not parts:
        return None, None
    if len(parts) == 1:
        return (parts[0], None) if TITLE_WORDS.search(parts[0]) else (None, parts[0])
    title_at = next((i for i, p in enumerate(parts) if TITLE_WORDS.search(p)), 0)
    company = next(p for i, p in enumerate(parts) if i != title_at)
    return parts[title_at], company


def _is_header_text(line: str) -> bool:
    """Could this line name a role or a company (not a wrapped sentence)? Used for lines around a date line."""
    text = clean_line(line)
    return (bool(text) and not BULLET.match(line) and not text[0].islower() and len(text.split()) <= 10
            and not text.endswith(".") and DATE_RANGE.search(text) is None)


def _roles(lines: list[str], *, today: date) -> list[dict[str, Any]]:
    """Roles from an Experience section: every non-sentence line holding a date range, with the title and company
    taken from that line or, when it has only the dates (or only one of the two), from the lines next to it."""
    roles: list[dict[str, Any]] = []
    for i, line in enumerate(lines):
        cleaned = clean_line(line)
        match = DATE_RANGE.search(cleaned)
        if not match:
            continue
        rest = (cleaned[:match.start()] + " " + cleaned[match.end():]).strip()
        rest = re.sub(r"\(\s*\)|\[\s*\]", "", rest).strip(" ,;|—–-·•()[]")
        if rest and (rest[0].islower() or len(rest.split()) > 14):
            continue  # a sentence that mentions years, not a role header
        if BULLET.match(line) and not TITLE_WORDS.search(rest):
            continue  # an achievement bullet such as "grew revenue 2019-2021"
        title, company = _title_and_company(rest) if rest else (None, None)
        if title is None or company is None:
            for neighbour in _neighbour_headers(lines, i):
                t, c = _title_and_company(clean_line(neighbour))
                if not TITLE_WORDS.search(neighbour):  # a company line, perhaps with a place: "Acme — Berlin"
                    t, c = None, t or c
                title = title or t
                company = company or c
        start, end, start_label, end_label = range_months(match, today=today)
        roles.append({"title": title, "company": company, "start": start_label, "end": end_label,
                      "_span": (start, end)})
    return roles


def _neighbour_headers(lines: list[str], i: int) -> list[str]:
    """Header-like lines directly above a date line (nearest first, at most two), else directly below."""
    above = []
    j = i - 1
    while j >= 0 and len(above) < 2 and lines[j].strip() and _is_header_text(lines[j]):
        above.append(lines[j])
        j -= 1
    if above:
        return above
    below = []
    j = i + 1
    while j < len(lines) and len(below) < 2 and lines[j].strip() and _is_header_text(lines[j]):
        below.append(lines[j])
        j += 1
    return below


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# Abbreviations are matched case-sensitively ("BA", "B.Sc.", "MS") so words such as "be" or "ms" do not count.
_DEGREE = re.compile(
    r"(?<!\w)(?:(?:B|M)\.?\s?(?:Sc|SC|S|A|Eng|Tech|E|Ed|Phil)|MBA|Ph\.?\s?D|PHD|D\.?\s?Phil|LL\.?[BM]|PGCE|HND|GCSEs?"
    r"|(?i:bachelor\w*|master\w*|doctor\w*|diploma|associate degree|bootcamp|a-levels?|high school|degree"
    r"|abitur|baccalaureate))(?![a-z])")
_SCHOOL = re.compile(r"\b(?:universit\w*|college|institute|school|academy|polytechnic|conservatory|école|ecole"
                     r"|hochschule|bootcamp)\b", re.IGNORECASE)
_PROJECT_SEPARATOR = re.compile(r"\s+[—–-]\s+|:\s+|\s+\|\s+")
_PROJECT_LABELS = {"tech", "stack", "tech stack", "technologies", "tools", "built with", "link", "links", "github",
                   "url", "demo", "role", "website", "source", "code"}


def parse_resume(text: str, *, today: date | None = None) -> dict[str, Any]:
    """Name, email, roles (employers/titles), projects, skills, education, certifications, total years of
    experience and the text of each section. `today` resolves "Present" (defaults to the current date)."""
    today = today or datetime.now().date()
    text = normalize_text(text)
    preamble, sections = split_sections(text, classify_resume_heading, generic_headings=False)
    section_text = sections_dict(preamble, sections)

    experience_lines = [line for s in sections if s.key == "experience" for line in s.lines]
    if not experience_lines:  # no recognisable Experience heading: look for roles outside the other sections
        skip = {"education", "projects", "certifications", "skills"}
        experience_lines = preamble + [line for s in sections if s.key not in skip for line in s.lines]
    roles = _roles(experience_lines, today=today)
    years = years_of_experience([role.pop("_span") for role in roles])

    return {
        "name": _name(preamble or text.split("\n")[:5]),
        "email": (m.group() if (m := _EMAIL.search(text)) else None),
        "employers": unique_ci(r["company"] for r in roles if r["company"]),
        "titles": unique_ci(r["title"] for r in roles if r["title"]),
        "roles": roles,
        "projects": _projects(section_text.get("projects", "")),
        "skills": _resume_skills(text, section_text.get("skills", "")),
        "education": _education(section_text.get("education", "")),
        "certifications": _entries(section_text.get("certifications", "")),
        "years_of_experience": years,
        "sections": section_text,
    }


def _name(lines: list[str]) -> str | None:
    """The first short line of capitalised words at the top (upper-case names are title-cased)."""
    for line in [line for line in lines if line.strip()][:5]:
        candidate = re.sub(r"^(?:name\s*:\s*)", "", clean_line(line), flags=re.IGNORECASE).strip(" ,|")
        words = candidate.split()
        if (2 <= len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and "@" not in candidate
                and all(w[0].isupper() for w in words if len(w) > 3)
                and classify_resume_heading(candidate) is None and not TITLE_WORDS.search(candidate)
                and not re.search(r"\b(?:resume|résumé|curriculum|vitae|cv)\b", candidate, re.IGNORECASE)):
            return candidate.title() if candidate.isupper() else candidate
    return None


def _projects(section: str) -> list[str]:
    """Project names: the left side of "Name — description" / "Name: description" entry lines, or a short
    stand-alone name line. Bullets only count when the section is nothing but bullets ("• Name – ...")."""
    lines = [line for line in section.split("\n") if line.strip()]
    headers = [line for line in lines if not BULLET.match(line) and not clean_line(line)[:1].islower()]
    names = [n for line in headers if (n := _project_name(line, allow_bare=True))]
    if not names:
        names = [n for line in lines if BULLET.match(line) and (n := _project_name(line, allow_bare=False))]
    return unique_ci(names)


def _project_name(line: str, *, allow_bare: bool) -> str | None:
    text = clean_line(line)
    parts = _PROJECT_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        name = parts[0]
    elif allow_bare and len(text.split()) <= 5 and not text.endswith("."):
        name = text
    else:
        return None
    name = re.sub(r"\s*[(\[][^)\]]*[)\]]\s*$", "", name).strip(" *_-–—:|")  # "Name (2023)", "Name [link]"
    if (not name or len(name.split()) > 6 or name.lower() in _PROJECT_LABELS
            or re.match(r"https?://|www\.", name) or DATE_RANGE.fullmatch(name)):
        return None
    return name


def _education(section: str) -> list[str]:
    """One entry per degree; a school or year on its own line joins the degree above it (and vice versa);
    detail lines (coursework, grades) are left out."""
    entries: list[str] = []
    for line in section.split("\n"):
        text = clean_line(line)
        if not text:
            continue
        has_degree, has_school = bool(_DEGREE.search(text)), bool(_SCHOOL.search(text))
        if entries and not BULLET.match(line):
            last = entries[-1]
            completes = ((has_school and not has_degree and not _SCHOOL.search(last))
                         or (has_degree and not has_school and not _DEGREE.search(last))
                         or re.fullmatch(rf"[\d\s–—-]+|{DATE_RANGE.pattern}", text, re.IGNORECASE) is not None)
            if completes or text[0].islower():
                entries[-1] = f"{last}, {text}"
                continue
        if has_degree or has_school or not entries:
            entries.append(text)
    return entries


def _entries(section: str) -> list[str]:
    """One entry per line or bullet; a line starting in lower case continues the previous entry."""
    entries: list[str] = []
    for line in section.split("\n"):
        text = clean_line(line)
        if not text:
            continue
        if entries and text[0].islower() and not BULLET.match(line):
            entries[-1] = f"{entries[-1]} {text}"
        else:
            entries.append(text)
    return entries


def _resume_skills(text: str, skills_section: str) -> list[str]:
    """Skills-section items first (known skills by canonical name, unknown items as written, lower-cased), then
    the known skills mentioned anywhere else in the resume."""
    lexicon = load_skill_lexicon()
    skills: list[str] = []
    for item in _skill_items(skills_section):
        found = lexicon.find(item, skills_context=True)
        if found:
            skills += found
        elif 1 <= len(item.split()) <= 4 and len(item) <= 40 and re.search(r"[A-Za-z]", item):
            skills.append(item.lower())
    return unique(skills + lexicon.find(text))


def _skill_items(section: str) -> list[str]:
    """Items of a skills list: split on commas, semicolons, pipes, bullets and brackets ("AWS (S3, EMR)"), with
    "Languages:"-style labels dropped. A line wrapped inside a comma-separated list continues its item."""
    pieces: list[str] = []
    comma_list = "," in section
    for line in section.split("\n"):
        text = re.sub(r"^[^:,]{1,40}:\s*", "", clean_line(line))  # "Languages: Python, Go" -> "Python, Go"
        if not text:
            continue
        starts_new = BULLET.match(line) or text != clean_line(line) or not pieces
        if comma_list and not starts_new and not re.search(r"[,;|•·]\s*$", pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {text}"
        else:
            pieces.append(text)
    items = [i.strip(" .") for piece in pieces for i in re.split(r"[,;|•·()\[\]]", piece)]
    return [re.sub(r"^(?:and|or)\s+", "", i) for i in items if i]

