"""Deterministic measurements of a spoken or written answer. Pure functions, no I/O, fast enough for every turn.

Rules are documented next to each function because the labelled answers in tests/data/answers are scored by them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.services.assessment import fillers as _fillers

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’+#.-]*")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")

_HEDGES = ["i think", "i guess", "i believe", "maybe", "perhaps", "probably", "possibly", "i'm not sure",
           "i am not sure", "not sure", "might", "somewhat", "i suppose", "hopefully"]
_HEDGE_RE = re.compile(r"\b(" + "|".join(re.escape(h) for h in _HEDGES) + r")\b", re.IGNORECASE)

_NUMBER_RE = re.compile(
    r"\b\d[\d,.]*\s*(%|percent|x|ms|s|k|m|hours?|days?|weeks?|months?|users?|customers?|people|engineers?)?\b"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|half|doubled|tripled|twice)\b",
    re.IGNORECASE,
)
_FIRST_SINGULAR = re.compile(r"\b(i|i'm|i've|i'd|me|my|mine|myself)\b", re.IGNORECASE)
_FIRST_PLURAL = re.compile(r"\b(we|we're|we've|we'd|us|our|ours|ourselves)\b", re.IGNORECASE)

# STAR cues. A sentence can show several parts; each part is present when any sentence shows it.
_STAR_CUES: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(at my (last|previous|current|first|old) (job|company|role|team|employer|place)|"
        r"when i (was|worked|joined)|while i was|i was (working|the|a|an|on|at)\b|"
        r"last (year|spring|summer|fall|autumn|winter|quarter|month)|a few (years|months) ago|back in|"
        r"in (19|20)\d\d|in my (first|second|third|last|previous) (year|role|job)|"
        r"our (team|company|product|startup|customer|client)s? (was|were|had)|we had (a|an|some|this)\b|"
        r"there was (a|an|this)\b|the (situation|context|background) was|at (a|an) [a-z-]+ (startup|company|firm|agency)|"
        r"during (a|an|my|our|the)\b|we were (migrating|building|launching|running|working)|"
        r"(years?|months?|weeks?) ago|i joined|on my (last|previous|current|old|first) (team|project|job)|"
        r"my (manager|lead|boss|colleague|teammate) (wanted|was|had|asked|told|kept)|"
        r"(our|the) [a-z]+ team (was|were|used|had|ran)|our team used|i (got|received) (feedback|a|an|some)\b|"
        r"at (a|an|my) [a-z]+ (company|startup|firm|agency|job)|in my (first|last|previous) [a-z ]{0,20}review)",
        re.IGNORECASE,
    ),
    "task": re.compile(
        r"\b(i was (responsible|asked|tasked|in charge|accountable|assigned)|my (job|role|task|goal|responsibility|"
        r"assignment|mission|objective) was|i (needed|had) to|we (needed|had) to|the (goal|task|challenge|problem|"
        r"objective|ask) was|our (goal|task|objective|challenge) was|i wanted to (make sure|ensure|get|find)|"
        r"it was (my|on me)|i owned|i had (three|two|one|\d+) (weeks|days|months)|the deadline|"
        r"as the [a-z -]+ (owning|responsible|lead)|i was the (one|person|owner)|my [a-z ]{0,25}goal\b.{0,30}\bwas|"
        r"responsible for|supposed to|asked me to|took on the|set myself|i wanted to (raise|fix|solve|change|improve)|"
        r"(was|were) (mine|my job|my call|on me)|i was on call|the call was mine|"
        # a duty handed over or taken up without the word "task": "I was given the job of cutting our pager noise",
        # "it fell to me", "someone had to tell them", "the renders, that was my part", "I'm the only pharmacist on"
        r"i was (given|handed) the (job|work|task)|(fell|falls) to me|(someone|somebody) had to|"
        r"(that was|was|were) my part|my part was|i(?: was|'m| am) the only [a-z]+ on\b|"
        # a role held in the episode, with what it was for: "I was chef de partie on the grill", "I was the data
        # analyst for a school-feeding programme", "I was captain"
        r"i(?: was|'m| am) (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:on|for|of) (?:(?:the|a|an|our|this|that) [a-z-]+"
        r"|nights|days|shift|duty)\b|"
        r"i was (?:the )?captain\b)",
        re.IGNORECASE,
    ),
    "action": re.compile(
        r"\b(i|we|so i|then i|first i)\s+(?:also\s+|then\s+|first\s+|[a-z]+ly\s+)?"
        r"(built|wrote|rewrote|created|designed|implemented|proposed|led|organized|organised|set up|reached out|"
        r"talked|met|scheduled|analyzed|analysed|investigated|migrated|refactored|automated|introduced|decided|"
        r"started|added|changed|spoke|convinced|negotiated|mentored|ran|prototyped|shipped|fixed|debugged|"
        r"reviewed|tested|deployed|rolled|split|prioritized|prioritised|broke|documented|asked|called|pulled|"
        r"paired|cut|moved|replaced|profiled|measured|traced|benchmarked|drafted|presented|escalated|"
        r"coordinated|trained|taught|rebuilt|redesigned|instrumented|wrote up|put together|sat down|went|"
        r"gathered|collected|interviewed|compared|suggested|recommended|agreed|volunteered|took|made|"
        r"focused|worked|used|applied|removed|dropped|switched|delegated|hired|planned|launched|showed|helped|"
        r"told|explained|held|picked|kept|gave|offered|wrote|synced|raised|flagged|owned|volunteered|"
        r"deleted|disabled|silenced|retired|merged|archived|reorganised|reorganized|simplified|consolidated)\b",
        re.IGNORECASE,
    ),
    "result": re.compile(
        r"\b(as a result|the result|resulted in|the outcome|in the end|ended up|eventually|since then|"
        r"which (reduced|increased|cut|improved|saved|brought|dropped|halved|doubled)|"
        r"(reduced|increased|improved|cut|saved|grew|dropped|fell|rose|halved|doubled|tripled)\b.{0,40}\b(by|from|to)\b|"
        r"(we|i) (shipped|launched|delivered|hit|met|made|finished|closed|won|released) .{0,30}(on time|ahead|early|deadline|date|target|goal)|"
        r"on time|ahead of (schedule|the)|i learned|we learned|lesson|taught me|the feedback was|"
        r"went from|no (more|longer)|zero (incidents|outages|bugs|complaints)|got promoted|was adopted|"
        r"(the )?(team|customer|client|manager) (was|were) (happy|pleased|satisfied)|after that|"
        r"that (cut|saved|reduced|fixed|removed|halved)|(went|came) down|fewer\b|saved (her|his|their|our|us|the)|"
        r"renewed|praised|could then|got (sign-off|signed|approved|buy-in)|by (the next|month|week|the end of)|"
        # how it went, said plainly: "the demo went grand", "we made it", "we finished fourth", "it was fine for a while"
        r"(went|turned out|worked out) (grand|fine|well|great|ok|okay|smoothly|really well)|\bwe made it\b|"
        r"we (finished|came|placed) (first|second|third|fourth|fifth|last|\d)|it was (fine|better) for)",
        re.IGNORECASE,
    ),
}
STAR_PARTS = ("situation", "task", "action", "result")

_COMMON_ACRONYMS = {
    "API", "APIS", "SQL", "HTTP", "HTTPS", "AWS", "GCP", "CPU", "GPU", "RAM", "UI", "UX", "CI", "CD", "OK", "IT",
    "QA", "PR", "PRS", "ID", "IDS", "URL", "JSON", "HTML", "CSS", "JS", "TV", "CEO", "CTO", "VP", "PM", "USA", "UK",
    "AI", "ML", "I", "A", "AM", "PM", "SDK", "OS", "IOS", "DB", "REST", "TCP", "IP", "DNS", "TLS", "SSL", "S3",
}
_ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")
_EXPLAINED_RE = re.compile(r"\b(which (means|is)|that is|i\.e\.|stands for|meaning|in other words|is a way)\b",
                           re.IGNORECASE)
_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for with from into about as is are was were be been being it its this "
    "that these those i you he she we they me my our your their them us do does did done have has had not no so "
    "than then there here what which who whom how why when where will would can could should may might must just "
    "very also more most some any each other such only own same too s t don now one two all both few up out over "
    "again further once".split()
)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text.strip()) if s.strip()]


find_fillers = _fillers.find_fillers  # kept here with the other measurements


def find_hedges(text: str) -> list[str]:
    return [m.group(1).lower() for m in _HEDGE_RE.finditer(text)]


def has_numbers(text: str) -> bool:
    return bool(_NUMBER_RE.search(text))


_VAGUE_RE = re.compile(
    r"\b(stuff|things like that|and so on|etc|whatever|i don'?t remember|anyway|or something|something like that|"
    r"a lot of things|all the time|the usual|i don'?t know|kind of everything|various things)\b",
    re.IGNORECASE,
)


def find_vague(text: str) -> list[str]:
    """Phrases that stand in for specifics ("stuff", "and so on", "I don't remember")."""
    return [m.group(1).lower() for m in _VAGUE_RE.finditer(text)]


# What interviewers treat as a warning in a story, whatever else it tells: blaming others for what went wrong,
# hiding a mistake or bending the truth (and telling it as sensible), and dismissing the other side of a conflict or
# denying ever having one. Fixed phrasings only; a sentence that concedes ("even though it wasn't my fault, I ...")
# is not one.
_RED_FLAG_RE = re.compile(
    r"\b(?:was|is|were)n[’']?t my fault\b|\b(?:was|is) not my fault\b|\bnot (?:really )?on my side\b"
    r"|\bnothing to do with me\b"
    r"|\b(?:nobody|no one|no-one) (?:ever )?found out\b"
    r"|\bnever (?:told|reported it to|mentioned it to) (?:anyone|anybody|my (?:manager|boss|lead|supervisor))\b"
    r"|\bcover(?:ed)? (?:it |this |that )?up\b|\bwas(?:n[’']?t| not) (?:exactly |entirely |strictly |quite )?true\b"
    r"|\bwhite lie\b|\bbackdat(?:e|ed)\b"
    r"|\bmy way or\b|\bor (?:you )?go home\b"
    r"|\bI (?:don[’']?t|never) (?:really )?(?:have|make) (?:any )?(?:conflicts?|mistakes)\b",
    re.IGNORECASE)
_CONCEDES_RE = re.compile(r"\b(?:even though|although|though|even if)\b", re.IGNORECASE)


def find_red_flags(text: str) -> list[str]:
    """The warning phrases of a story ("not my fault", "nobody ever found out", "my way or ..."), as said."""
    return [m.group() for sentence in sentences(text) if not _CONCEDES_RE.search(sentence)
            for m in _RED_FLAG_RE.finditer(sentence)]


def specific_terms(text: str) -> int:
    """Proper nouns and technical tokens inside sentences (names of tools, teams, products, figures)."""
    count = 0
    for sentence in sentences(text):
        tokens = WORD.findall(sentence)
        for token in tokens[1:]:
            if token[:1].isupper() and token.lower() not in {"i", "i'm", "i've", "i'd"}:
                count += 1
            elif any(ch.isdigit() for ch in token):
                count += 1
    return count


def pronoun_balance(text: str) -> dict[str, int]:
    return {"i": len(_FIRST_SINGULAR.findall(text)), "we": len(_FIRST_PLURAL.findall(text))}


def vocabulary_richness(tokens: list[str], window: int = 40) -> float:
    """Moving-average type-token ratio: unlike plain TTR it does not fall just because an answer is long."""
    lowered = [t.lower() for t in tokens]
    if not lowered:
        return 0.0
    if len(lowered) <= window:
        return len(set(lowered)) / len(lowered)
    ratios = [len(set(lowered[i : i + window])) / window for i in range(0, len(lowered) - window + 1, 5)]
    return sum(ratios) / len(ratios)


@dataclass
class StarPart:
    present: bool
    evidence: list[str]


def star_cues(text: str) -> dict[str, StarPart]:
    """STAR parts shown by cue phrases alone; star.detect_star weighs these with what the answer tells."""
    found: dict[str, list[str]] = {part: [] for part in STAR_PARTS}
    for sentence in sentences(text):
        for part, cue in _STAR_CUES.items():
            if cue.search(sentence):
                found[part].append(sentence)
    # A quantified outcome in the closing sentences counts as a result even without a cue phrase.
    if not found["result"]:
        tail = sentences(text)[-2:]
        for sentence in tail:
            if _NUMBER_RE.search(sentence) and re.search(r"\b(we|i|it|the|this)\b", sentence, re.IGNORECASE):
                if re.search(r"%|percent|\b\d+x\b|\bfaster\b|\bfewer\b|\bless\b|\bfrom\b.+\bto\b", sentence,
                             re.IGNORECASE):
                    found["result"].append(sentence)
                    break
    return {part: StarPart(bool(ev), ev[:2]) for part, ev in found.items()}


def unexplained_jargon(text: str) -> str | None:
    """The first uncommon acronym the answer uses without explaining it, if any."""
    if _EXPLAINED_RE.search(text):
        return None
    for match in _ACRONYM_RE.finditer(text):
        term = match.group(0)
        if term.rstrip("s") not in _COMMON_ACRONYMS and term not in _COMMON_ACRONYMS:
            return term
    return None


@lru_cache(maxsize=4096)
def content_terms(text: str) -> frozenset[str]:
    """Lower-cased content words (stopwords removed, crude plural folding) for key-point matching."""
    out = set()
    for w in WORD.findall(text.lower()):
        w = w.strip(".'’-")
        if len(w) < 3 or w in _STOPWORDS:
            continue
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


def key_point_coverage(answer: str, key_points: list[str] | tuple[str, ...]) -> tuple[float, list[str]]:
    """Share of key points whose content terms the answer touches (at least a third of a point's terms)."""
    if not key_points:
        return 0.0, []
    have = content_terms(answer)
    matched = []
    for point in key_points:
        terms = content_terms(point)
        if terms and len(terms & have) / len(terms) >= 0.34:
            matched.append(point)
    return len(matched) / len(key_points), matched


def relevance_overlap(answer: str, question: str) -> float:
    """Lexical overlap of the answer with the question's content words (0..1)."""
    q = content_terms(question)
    if not q:
        return 0.0
    return len(q & content_terms(answer)) / len(q)


@lru_cache(maxsize=1)
def _vader():  # noqa: ANN202
    # Deferred: loading VADER's lexicon costs ~100 ms, paid by the first answer rather than at import.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def sentiment(text: str) -> dict[str, float]:
    """VADER polarity scores: compound in [-1, 1], plus the positive/neutral/negative shares."""
    scores = _vader().polarity_scores(text)
    return {k: round(v, 3) for k, v in scores.items()}


def words_per_minute(word_count: int, duration_seconds: float | None) -> float | None:
    if not duration_seconds or duration_seconds <= 0:
        return None
    return round(word_count / (duration_seconds / 60.0), 1)


def pause_stats(word_timings: list[tuple[float, float]] | None, threshold: float = 0.6) -> dict[str, float] | None:
    """Pauses between consecutive words (start, end seconds) longer than `threshold`, from speech-to-text timing."""
    if not word_timings or len(word_timings) < 2:
        return None
    gaps = [b[0] - a[1] for a, b in zip(word_timings, word_timings[1:], strict=False)]
    long_gaps = [g for g in gaps if g >= threshold]
    total = word_timings[-1][1] - word_timings[0][0]
    return {
        "pause_count": len(long_gaps),
        "longest_pause_seconds": round(max(gaps), 2) if gaps else 0.0,
        "pause_seconds_per_minute": round(sum(long_gaps) / (total / 60.0), 2) if total > 0 else 0.0,
    }
