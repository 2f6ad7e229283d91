"""The rules that run on every answer: ask a follow-up or move on, end early, accept "I don't know".

Deterministic and cheap (they read the per-answer analysis), so the path from an answer to the next question
needs no model call to decide anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy.sql.compiler import RESERVED_WORDS

from app.services.assessment import metrics as tm
from app.services.documents.skills import load_skill_lexicon
from app.services.interview.state import PlannedQuestion

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")


# Acronyms every interviewer knows: asking a candidate to explain them is noise. Named technologies come from the
# skill lexicon and SQL keywords from SQLAlchemy's reserved words; this set is what neither covers.
_COMMON_TERMS_TEXT = """
API SQL HTTP HTTPS AWS GCP CPU GPU RAM UI UX CI CD OK IT QA PR ID URL JSON HTML CSS JS TV CEO CTO VP PM USA UK AI ML
AM SDK OS IOS DB REST TCP IP DNS TLS SSL S3 UUID GUID SLA SLO SLI KPI OKR MVP ROI CRUD YAML XML CSV PDF SAAS PAAS IAAS
B2B B2C FAQ ETA EOD ASAP QPS RPS TPS P50 P95 P99 P999 SSH VPN LAN RPC CDN ORM IDE CLI GUI SMS OTP MFA SSO PII GDPR HR
ACID OOP TDD BDD SRE VM VMS IO TTL LRU FIFO LIFO DAG NLP LLM KB MB GB TB MS US EU UTC ISO ASCII UTF PNG JPEG YOY KYC AML
DM DMS QR SMB ERP CRM POC UPDATE INSERT DELETE BY SET VALUES INDEX TABLE GET POST PUT PATCH BFS DFS XOR BST LCA DP
OOM GC"""
_COMMON_TERMS = frozenset(_COMMON_TERMS_TEXT.split())
_EXPLAINED_AFTER = (r"\s*(\(|,\s*(which|a|an)\s|,?\s*(which|that)\s+(is|means|are|does|lets|handles|stands)\b|"
                    r"\s+(is|are|means|stands for)\s+(a|an|the|for|how|when|where|our)\b|"
                    r",?\s*(i\.e\.|meaning|in other words|basically)\b|\s*[-—–:]\s*\w)")
_REASON_LIMIT_DEFAULT = 1
# Which categories' follow-up decisions read STAR parts (an outcome) and key-point coverage: the turn judges those
# by meaning (sentence vectors) and leaves the rest to the cheaper cue measures, until the assessment.
READS_STAR = frozenset({"behavioral"})
READS_KEY_POINTS = frozenset({"technical", "system_design", "dsa", "case"})
MISSING_KEY_POINTS_BELOW = 0.34  # key-point coverage under which a technical answer gets a key-point follow-up
# A sized change ("40 mismatches a month down to 3", "cut p99 by 35%") states an outcome, cue phrase or not.
_CHANGE = re.compile(r"\b(from\b.{1,60}\bto\b|down to|up to|dropped|fell|rose|cut|saved|halved|doubled|reduced|"
                     r"increased|improved|removed|eliminated|grew|shrank)\b", re.IGNORECASE)
_FUNCTION_WORDS_TEXT = """
a an the and or but if of to in on at by for with from into about as is are was were be been it its this that i you he
she we they me my our your their them us do did have has had not no so then there what which who how why when where
will would can could should just very also more some any all one"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _known_term(term: str) -> bool:
    bare = term[:-1] if term.endswith("s") and term[:-1].isupper() else term
    return (bare.upper() in _COMMON_TERMS or bare.lower() in RESERVED_WORDS
            or load_skill_lexicon().canonical(bare) is not None)


def central_jargon(thread_text: str, question_text: str = "") -> str | None:
    """An uncommon acronym the answer leans on (said at least twice) without ever explaining it, and that the
    question itself did not use; None otherwise. A term said once in passing, a household acronym (API, UUID,
    SELECT), a named technology or a term the candidate expanded or explained is not worth a follow-up."""
    counts: dict[str, int] = {}
    for match in _ACRONYM.finditer(thread_text):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    asked = question_text.upper()
    for term, n in counts.items():
        if n < 2 or _known_term(term) or re.search(rf"\b{re.escape(term)}\b", asked):
            continue
        explained = re.search(rf"\b{re.escape(term)}\b{_EXPLAINED_AFTER}", thread_text, re.IGNORECASE) or re.search(
            rf"\)?\s*\(\s*{re.escape(term)}\s*\)", thread_text)  # "Kubernetes event-driven autoscaling (KEDA)"
        if not explained:
            return term
    return None


def follow_up_key(question: PlannedQuestion, reason: str, detail: str | None) -> str:
    """How a follow-up is remembered in the session: per question for the generic gaps, and session-wide for a gap
    with a detail (a term, a key-point prompt), which is never asked about twice."""
    return f"{reason}:{detail}" if detail else f"{reason}@{question.get('ref', '')}"


def thread_facts(thread: Sequence[str], outcome_seen: bool = False) -> dict[str, Any]:
    """What the whole answer thread of the current question (main answer plus follow-up answers) already gives.
    `outcome_seen`: the per-answer analysis already found a result in the latest answer."""
    facts = _facts_of(" ".join(thread))
    return {**facts, "outcome": outcome_seen or facts["outcome"]}


@lru_cache(maxsize=256)
def _facts_of(text: str) -> dict[str, Any]:
    # Cached: one turn reads the same thread three times (meaning_could_decide tries both outcomes, then the
    # decision itself). Callers only read the dict.
    pronouns = tm.pronoun_balance(text)
    # Cue phrases and sized changes over the whole thread: cheap, no second embedding of the answers.
    outcome = tm.star_cues(text)["result"].present or any(
        _CHANGE.search(sentence) and tm.has_numbers(sentence) for sentence in tm.sentences(text))
    return {"words": len(tm.words(text)), "outcome": outcome,
            "numbers": tm.has_numbers(text), "own_role": pronouns["i"] > 0 or pronouns["we"] < 3, "text": text}


def short_of_key_points(category: str, analysis: Mapping[str, Any]) -> bool:
    coverage = analysis.get("key_point_coverage")
    return category in READS_KEY_POINTS and coverage is not None and coverage < MISSING_KEY_POINTS_BELOW


def meaning_could_decide(question: PlannedQuestion, analysis: dict[str, Any], follow_ups_done: int,
                         max_follow_ups: int, *, thread: Sequence[str], asked: Sequence[str] = (),
                         reason_limits: Mapping[str, int] | None = None) -> bool:
    """Whether judging this answer by meaning (sentence vectors) could change what the turn does next.

    The vectors only ever find more than the cue measures: an outcome told as a consequence, key points said in other
    words. So the follow-up decision, and its brief, are worked out twice from the cue analysis: with the story's
    outcome absent and the key points as matched, and with both granted. When the two agree, nothing the vectors
    say can change the turn, and it skips them (the assessment judges every answer by meaning anyway)."""
    category = question.get("category", "behavioral")
    star = analysis.get("star") or {}
    ways = []
    for found in (False, True):
        view = dict(analysis, star={**star, "result": {"present": found, "evidence": []}})
        if found and analysis.get("key_point_coverage") is not None:
            view["key_point_coverage"] = 1.0
        reason, detail = decide_follow_up(question, view, follow_ups_done, max_follow_ups, thread=thread,
                                          asked=asked, reason_limits=reason_limits)
        brief = gap_brief(reason, detail, thread, found) if reason and category in READS_STAR else None
        ways.append((reason, detail, brief))
    return ways[0] != ways[1]


def decide_follow_up(
    question: PlannedQuestion, analysis: dict[str, Any], follow_ups_done: int, max_follow_ups: int, *,
    thread: Sequence[str] = (), asked: Sequence[str] = (), reason_limits: Mapping[str, int] | None = None,
) -> tuple[str | None, str | None]:
    """(reason, detail) for a follow-up on this answer, or (None, None) to move on.

    Reads the whole thread for the question (`thread`, the current answer last), so it never asks for what an
    earlier answer already gave; never asks a follow-up already asked (`asked`: follow_up_key of each one this
    session); asks a generic gap at most `reason_limits[reason]` times a session (as many as there are wordings)."""
    if follow_ups_done >= max_follow_ups or analysis.get("declined") or analysis.get("off_script"):
        return None, None
    thread = list(thread) or [""]
    facts = thread_facts(thread, bool(((analysis.get("star") or {}).get("result") or {}).get("present")))
    limits = reason_limits or {}

    def fresh(reason: str, detail: str | None = None) -> bool:
        if follow_up_key(question, reason, detail) in asked:
            return False
        if detail is None:
            used = sum(1 for k in asked if k.split("@", 1)[0] == reason)
            return used < limits.get(reason, _REASON_LIMIT_DEFAULT)
        return True

    category = question.get("category", "behavioral")
    story = category in {"behavioral", "case"}
    candidates: list[tuple[str, str | None]] = []
    if facts["words"] < (25 if story else 20):
        candidates.append(("too_short" if story else "too_short_technical", None))
    if category in READS_STAR:  # also after a thin answer: once "go deeper" was asked, ask for what is missing
        if not facts["outcome"]:
            candidates.append(("no_result", None))
        elif not facts["numbers"]:
            candidates.append(("no_numbers", None))
        if not facts["own_role"]:
            candidates.append(("no_ownership", None))
    if facts["words"] >= 20:
        term = central_jargon(facts["text"], question.get("text", ""))
        if term:
            candidates.append(("jargon", term))
    if short_of_key_points(category, analysis):
        candidates += [("missing_key_point", p) for p in question.get("follow_ups") or []]
    for reason, detail in candidates:
        if fresh(reason, detail):
            return reason, detail
    return None, None


_GAPS = {
    "too_short": "the answer is too brief to judge: ask for one concrete situation, step by step",
    "too_short_technical": "the answer stays on the surface: ask how it works and which trade-offs matter",
    "no_result": "the answer never says how it ended or what changed because of it",
    "no_numbers": "the outcome is stated but not sized: ask for a figure (time, errors, users, money)",
    "no_ownership": "the answer only says \"we\": ask what the candidate personally did",
    "jargon": "the answer leans on the term {detail} without explaining it: ask what it is and why it mattered here",
    "missing_key_point": "the answer misses a key point; a question that gets at it: {detail}",
}


def gap_brief(reason: str, detail: str | None, thread: Sequence[str], outcome_seen: bool = False) -> str:
    """The follow-up's brief for the model: the gap it must ask about and what the thread already gave (so the
    model's wording never asks for it again)."""
    facts = thread_facts(thread, outcome_seen)
    given = [name for name, present in (("the outcome", facts["outcome"]), ("figures", facts["numbers"]),
                                         ("their own role", facts["own_role"] and facts["words"] >= 25)) if present]
    brief = _GAPS.get(reason, reason.replace("_", " ")).format(detail=detail or "")
    if given:
        brief += ". Already given, do not ask for it again: " + ", ".join(given)
    return brief


_OFF_SCRIPT = re.compile(
    r"\b(ignore (all |any |the )?(previous|prior|above|earlier) (instructions|rules|prompts?)|system prompt|"
    r"you are now|disregard (the|your|all) (rules|instructions)|reveal (your|the) (prompt|instructions|rules)|"
    r"give me (a|the) (perfect|full|maximum|top) score|developer mode|jailbreak)",
    re.IGNORECASE,
)


def injection(text: str) -> bool:
    """Text that tries to steer the interviewer or the scoring ("ignore previous instructions")."""
    return bool(_OFF_SCRIPT.search(text))


def off_script(text: str) -> bool:
    """An attempt to steer the interviewer, or gibberish: no follow-up, the interview moves to the next question."""
    if injection(text):
        return True
    tokens = [t.lower() for t in tm.words(text)]
    if len(tokens) < 4:
        return False
    # Any real sentence, even in halting English, is held together by function words; keyboard mashing is not.
    return sum(t in _FUNCTION_WORDS for t in tokens) / len(tokens) < 0.08


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
