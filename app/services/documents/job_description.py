"""A job description's structured parse: title, company, role, seniority, must-have and nice-to-have
requirements, and the focus topics an interview should dwell on."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from app.services.documents.extract import normalize_text
from app.services.documents.sections import (
    LOCATION,
    TITLE_WORDS,
    classify_jd_heading,
    clean_line,
    sections_dict,
    split_sections,
    unique,
)
from app.services.documents.skills import SkillLexicon, load_skill_lexicon
from app.services.roles import role_family, seniority_for

_LEVEL_PREFIX = re.compile(r"^(?:(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|associate|entry[- ]level"
                           r"|mid[- ]level|intermediate|graduate|new grad|trainee)\s+)+", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"\s+(?:i{1,3}|iv|[1-5])$", re.IGNORECASE)  # "Software Engineer II"
_YEARS = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:\+|(?:–|-|to)\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)

# Requirement-phrase mining: strip the "Experience with" style lead-in and "at scale" style tails from each list
# item of a requirement bullet; what is left and short is a requirement topic ("idempotency keys").
_LEAD_IN = re.compile(
    r"^(?:(?:a|an|some|strong|solid|deep|good|great|excellent|proven|practical|hands-on|production|professional"
    r"|previous|prior|clear|genuine|basic|working|demonstrated|extensive|in-depth|familiarity|comfort|comfortable"
    r"|ability|track record|understanding|knowledge|experience|exposure|expertise|proficiency|background|work"
    r"|skills?|grasp|fluency|command)\b[\s,]*)+(?:(?:with|in|of|on|to|using|designing|building|writing|creating"
    r"|developing|running|operating|shipping|maintaining)\b\s*)*", re.IGNORECASE)
_TAIL = re.compile(r"\s+(?:at scale|or similar|or equivalent|experience|tooling|tools?|skills?|knowledge"
                   r"|a plus|is a plus|preferred)$", re.IGNORECASE)
_CUT = re.compile(r"\s+(?:in|at|for|with|between|across|about|from|into|within|on|to|that|which|when|so)\s+.*$",
                  re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[;:()]|\bsuch as\b|\be\.g\.|\bfor example\b|\bincluding\b|\bideally\b|\bespecially\b"
                           r"|\blike\b", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r",|\s+and\s+|\s+or\s+|\s+&\s+|\s+as well as\s+", re.IGNORECASE)
_NOT_A_TOPIC = re.compile(
    r"\b(?:you|your|we|our|us|they|them|their|it|its|this|that|these|those|how|what|why|who|which|where|when"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|years?|similar|etc|other|others|related|relevant)\b"
    r"|\d", re.IGNORECASE)
_WEAK_WORDS = {"written", "verbal", "strong", "solid", "clear", "good", "deep", "basic", "data", "work", "team",
               "teams", "ability", "experience", "knowledge", "understanding", "plus", "bonus", "degree",
               "english", "communication skills", "familiarity", "background", "comfort", "passion", "interest"}

_STOPWORDS = set("""
a about above across after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each every few for from further had has have having he
her here hers him his how i if in into is it its itself just like make makes making me more most much must my no
nor not now of off on once only or other our ours out over own per same she should so some such than that the
their theirs them then there these they this those through to too under until up upon us very via was we were what
when where which while who whom why will with within without would you your yours yourself today day days week
weeks month months year years time times new every way ways thing things lot lots part parts well also etc able
""".split())
# Verbs and filler nouns that open or pad responsibility bullets; they say nothing about what to ask.
_GENERIC_WORDS = set("""
design designs build builds building operate operates evolve evolves lead leads leading write writes writing
improve improves take takes mentor mentors work works working automate automates keep keeps ship ships shipping
define defines monitor monitors review reviews reviewing contribute contributes understand understands plan plans
run runs read reads prioritise prioritize share shares explain explains track tracks set sets develop develops
create creates drive drives partner partners collaborate collaborates support supports maintain maintains ensure
ensures deliver delivers implement implements manage manages own owns stay stays move moves let lets watch split
fix fixes meet meets help helps join joins grow grows learn learns use uses using get gets give gives find finds
bring brings tell tells want wants need needs look looking closely clear clearly sure end whole across team teams
engineer engineers engineering people person someone everyone services service changes change stack first today
role roles part responsible responsibility responsibilities including include includes based high low small large
feature features product products production user users offline online end-to-end
""".split())


def parse_job_description(text: str) -> dict[str, Any]:
    """Title, role without seniority, seniority, role family, must-have and nice-to-have requirements, ranked
    focus topics for the interview, and the text of each section."""
    text = normalize_text(text or "")
    preamble, sections = split_sections(text, classify_jd_heading, generic_headings=True)
    section_text = sections_dict(preamble, sections)
    lexicon = load_skill_lexicon()

    title, company = _jd_title_and_company(text)
    role = _role_from_title(title) if title else None
    requirements = section_text.get("requirements", "")
    nice_text = section_text.get("nice_to_have", "")
    if requirements:
        must_have = _requirements(requirements, lexicon, mine_phrases=True)
    else:  # no requirements heading: the skills named anywhere but the company blurb, nice-to-haves and perks
        requirements = "\n".join(v for k, v in section_text.items()
                                 if k not in {"about", "nice_to_have", "benefits"})
        must_have = _requirements(requirements, lexicon, mine_phrases=False)
    nice_to_have = [s for s in _requirements(nice_text, lexicon, mine_phrases=True) if s not in must_have]
    min_years = _min_years(requirements) if _YEARS.search(requirements) else _min_years(text)

    level_text = title or ""
    if re.search(r"\b(?:mid[- ]?level|intermediate)\b", level_text, re.IGNORECASE):
        seniority = "mid"
    else:
        seniority = seniority_for(level_text, min_years, None)
    family = role_family(role)
    if family == "any":
        family = role_family(title)

    return {
        "title": title,
        "company": company,
        "role": role,
        "seniority": seniority,
        "role_family": family,
        "min_years": min_years,
        "must_have": must_have,
        "nice_to_have": nice_to_have,
        "focus_topics": _focus_topics(text, must_have, section_text.get("responsibilities", ""), lexicon),
        "sections": section_text,
    }


def _jd_title_and_company(text: str) -> tuple[str | None, str | None]:
    """A "Job title:" label, else the first of the opening lines that names a job; the company from a "Company:"
    label or the line right after the title ("Lanternfish Logistics · Remote · Full-time")."""
    lines = [clean_line(line) for line in text.split("\n") if line.strip()][:8]
    labelled: dict[str, str] = {}
    for line in lines:
        if m := re.match(r"^(job title|title|position|role|company|employer)\s*:\s*(.+)$", line, re.IGNORECASE):
            labelled.setdefault(m.group(1).lower(), m.group(2).strip())
    title = labelled.get("job title") or labelled.get("title") or labelled.get("position") or labelled.get("role")
    company = _first_segment(labelled.get("company") or labelled.get("employer") or "") or None
    if title is None:
        index = next((i for i, line in enumerate(lines[:5]) if TITLE_WORDS.search(line)
                      and len(line.split()) <= 14 and not line.endswith(".")), None)
        if index is not None:
            title = lines[index]
            if company is None and index + 1 < len(lines):
                first = _first_segment(lines[index + 1])
                if (first and len(first.split()) <= 5 and not first.endswith(".") and not LOCATION.match(first)
                        and classify_jd_heading(first) is None):
                    company = first
    if title and company is None and (m := re.search(r"\s+at\s+([A-Z][\w&.' -]+)$", title)):
        company = m.group(1).strip()
    return title, company


def _first_segment(line: str) -> str:
    """"Lanternfish Logistics · Remote · Full-time" -> "Lanternfish Logistics"."""
    return re.split(r"\s+[·|•—–-]\s+|\s*[·|•]\s*", line)[0].strip()


def _role_from_title(title: str) -> str | None:
    """"Senior Backend Engineer — Payments Platform" -> "Backend Engineer": the job, without team, level or
    bracketed notes."""
    role = re.split(r"\s+[—–|·-]\s+|\s*[(\[,]|\s+at\s+", title, maxsplit=1)[0].strip()
    role = _LEVEL_SUFFIX.sub("", _LEVEL_PREFIX.sub("", role)).strip(" -–—,")
    return role or None


def _min_years(text: str) -> int | None:
    match = _YEARS.search(text)
    return int(match.group(1)) if match else None


def _requirements(section: str, lexicon: SkillLexicon, *, mine_phrases: bool) -> list[str]:
    """Known skills (canonical names) in the section, then (`mine_phrases`, for real requirement lists only, not
    prose) the other short requirement topics of its bullets."""
    skills = lexicon.find(section)
    topics: list[str] = []
    for line in section.split("\n") if mine_phrases else []:
        for clause in _CLAUSE_SPLIT.split(clean_line(line)):
            for item in _ITEM_SPLIT.split(clause):
                if lexicon.find(item, skills_context=True):
                    continue  # the lexicon already names this item ("Strong Python", "MLOps tooling")
                if topic := _requirement_topic(item):
                    topics.append(topic)
    return unique(skills + topics)


def _requirement_topic(item: str) -> str | None:
    phrase = item.strip(" .,;:!-–—'\"")
    for _ in range(2):
        phrase = _LEAD_IN.sub("", phrase).strip()
        phrase = _TAIL.sub("", phrase).strip()
        phrase = _CUT.sub("", phrase).strip(" .,")
    words = phrase.split()
    if (not 1 <= len(words) <= 4 or _NOT_A_TOPIC.search(phrase) or phrase.lower() in _WEAK_WORDS
            or phrase.lower() in _STOPWORDS or not re.match(r"[A-Za-z]", phrase)
            or (len(words) > 1 and words[0].lower().endswith("ing"))):  # "making them safe", "leading work"
        return None
    return phrase.lower()


def _focus_topics(text: str, must_have: list[str], responsibilities: str, lexicon: SkillLexicon,
                  limit: int = 10) -> list[str]:
    """What the interview should dwell on: must-haves first (most mentioned first), then the skills and key
    nouns of the responsibilities by frequency. A few slots are kept for responsibilities so the day-to-day
    work is represented even when the must-have list is long."""
    lowered = text.lower()
    counts = Counter(m.skill for m in lexicon.matches(text))
    must_ranked = sorted(must_have, key=lambda s: (-(counts.get(s) or lowered.count(s)), must_have.index(s)))

    duties: Counter[str] = Counter()
    order: dict[str, int] = {}
    named = lexicon.matches(responsibilities)
    for m in named:
        duties[m.skill] += 2  # a named skill in the duties outranks a plain noun mentioned as often
        order.setdefault(m.skill, m.start)
    covered = [(m.start, m.end) for m in named]
    for word in re.finditer(r"[A-Za-z][A-Za-z-]{3,}", responsibilities):
        token = word.group().lower()
        if (token in _STOPWORDS or token in _GENERIC_WORDS or token.endswith("ly")
                or any(s <= word.start() < e for s, e in covered)):
            continue
        duties[token] += 1
        order.setdefault(token, word.start())
    duty_ranked = [t for t in sorted(duties, key=lambda t: (-duties[t], order[t])) if t not in must_have]

    reserved = min(3, len(duty_ranked))
    topics = must_ranked[:limit - reserved]
    topics += duty_ranked[:limit - len(topics)]
    topics += [t for t in must_ranked if t not in topics][:limit - len(topics)]
    return unique(topics)[:limit]
