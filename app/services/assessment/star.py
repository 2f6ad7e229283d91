"""Which STAR parts (situation, task, action, result) an answer tells.

Cue phrases alone miss parts told without them ("The dashboards were red for a week, so I ...", a result told as a
consequence) and fire on answers that tell no episode at all (a technical explanation, a hypothetical). So each part
is decided by a small logistic layer over:
  - the cue phrases (metrics.star_cues),
  - a few narrative measures: past-tense first-person clauses (and present-tense ones in an answer dated in the
    past, as many non-native speakers tell a story), hypotheticals and habits, a closing consequence or moral, the
    question's category,
  - sentence embeddings: the mean over the answer and its last sentence, from the shipped all-MiniLM-L6-v2 model
    (assessments) or from the static vectors distilled from it (interview turns, about 100 times cheaper).
The weights are fitted offline on the labelled answers a rule may be tuned on (answers.yaml and the tune splits of
heldout.yaml and fresh.yaml to fresh16.yaml, never a held-out split) by scripts/fit_star_model.py and ship as
star_model.json, one set per sentence model. When the caller passes no embedder (or embedding fails), a set over the
cue and narrative measures alone is used. Cross-validated F1 on the fitting set (1,009 answers): 0.919 with MiniLM,
0.921 with the static vectors, 0.910 without vectors.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import numpy as np

from app.services.assessment import metrics as tm

logger = logging.getLogger(__name__)
MODEL_PATH = Path(__file__).with_name("star_model.json")
STORY_CATEGORIES = {"behavioral", "opening"}

# Someone did something, in the past: "we moved it", "I quickly wrote", "they had fixed".
_PAST_CLAUSE = re.compile(
    r"\b(i|we|they|he|she)\s+(?:\w+ly\s+|then\s+|also\s+|just\s+|had\s+|was\s+|were\s+)?"
    r"(\w+ed|took|made|got|went|ran|wrote|built|told|said|sat|put|did|gave|found|saw|kept|left|brought|thought|"
    r"knew|set|cut|spoke|led|held|chose|drove|broke|became|began|felt|paid|sent|spent|stood|understood|won|lost|"
    r"fell|rewrote|shipped|read|heard|met|taught|bought|caught|dug|hit|let|quit|shut|split|swore|woke|wore)\b",
    re.IGNORECASE,
)
# Not an episode: what one would do, or usually does.
_HYPOTHETICAL = re.compile(
    r"\b(i would|i'd|you would|you'd|i will|i'll|you can|you should|you need|i usually|i always|i normally|"
    r"i tend to|typically|in general|generally)\b",
    re.IGNORECASE,
)
# Past states and events, whoever the subject: "the dashboards were red", "the import kept timing out".
_PAST_VERB = re.compile(r"\b(was|were|had|\w{3,}ed|kept|went|came|fell|got|took|made|broke|ran|began|became|stopped)\b",
                        re.IGNORECASE)
# Where a technical answer turns to a real past episode: "A real example: at my last job ...", "That's how I found one
# last year", "We did something close to this last year".
_EPISODE_START = re.compile(
    r"\b(last (year|month|quarter|week|summer|spring|autumn|fall|winter)|at my (last|previous|old|former|current) "
    r"(job|company|team|employer|role)|in my (last|previous|old|former) (job|company|team|role)|"
    r"(years?|months?|weeks?) ago|in (19|20)\d\d|real example|(we|i) (once|recently) )",
    re.IGNORECASE)
_HABIT = re.compile(r"\b(whenever|would|usually|always|normally|every time)\b", re.IGNORECASE)
_MIN_EPISODE_WORDS = 25
# A first-person clause in the present tense ("we receive a new junior", "I make small demo"): in an answer dated in
# the past, the way many non-native speakers tell an episode.
_PRESENT_CLAUSE = re.compile(
    r"\b(i|we|he|she|they)\s+(?!(?:would|will|can|could|should|must|might|may|usually|always|normally|think|believe|"
    r"guess|feel|mean|know|prefer|like|want|am|are|is|was|were|have|has|had|do|does|did|don't|also|and|or|the)\b)"
    r"([a-z]{2,})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r",\s*(?:and|so|but)\s+|\s+and then\s+|;\s*", re.IGNORECASE)
# An answer that ends on what the action was for has not said what came of it ("... so they could run in parallel").
_PURPOSE = re.compile(r"\b(?:so(?: that)?\s+(?:i|we|they|it|he|she|the \w+|people|users|everyone)\s+(?:could|can|would|will|"
                      r"might)|so that\s+(?:[\w'-]+\s+){1,3}(?:could|can|would|will|might)|in order to|so as to|"
                      r"to make sure|to be able to)\b", re.IGNORECASE)
# A story that closes by saying its outcome is unknown has told none: "I moved teams, so I don't know whether she signed
# off", "I don't remember how it ended", "so I couldn't tell you if it held", "what happened with the land, I really
# don't know"; not "they went back to three days, I don't know if it was because of us", an outcome told.
_OUTCOME_UNKNOWN = re.compile(
    r"\b(?:i|we)\s+(?:really\s+|honestly\s+|never\s+)?(?:don'?t|do not|didn'?t|did not|can'?t|cannot|couldn'?t|"
    r"could not|never)\s+(?:really\s+|actually\s+)?(?:know|remember|find out|found out|hear|heard|tell you|say|see)"
    r"(?:\s+(?:exactly|for sure|really|in the end))?(?:\s+(?:how|whether|if|what|which)\b(?!\s+(?:it|that|this)\s+was\s+(?:because|due|thanks|down)\b)"
    r"|[\s,.!…]*$)"
    r"|\bi wasn'?t there\W*$"
    # ... or on an answer still pending: "She said she will think about it", "they'd get back to us", "we'll see".
    r"|\b(?:said|told (?:me|us)|replied|promised)\s+(?:that\s+)?(?:s?he|they|it)\s*(?:will|would|'ll|'d)\s+"
    r"(?:think about it|consider it|get back to (?:me|us)|look into it|see)\W*$"
    r"|\b(?:we'll|we will|i'll|i will) see\W*$|\b(?:i am|i'm|we are|we're) still waiting\b[^.!?]*\W*$"
    r"|\b(?:i|we) (?:haven'?t|have not|have never|never) heard back\b[^.!?]*\W*$", re.IGNORECASE)
# An answer that ends on its lesson or a belief has not told what came of it ("What I learned is ...").
_MORAL = re.compile(r"\b(i learned|i learnt|lesson|taught me|what i took|i think it is important|i believe|"
                    r"the key is|you should always|never again|from now on)\b", re.IGNORECASE)
HAND_FEATURES = ("cue_situation", "cue_task", "cue_action", "cue_result", "log_past_clauses",
                 "past_clauses_per_100_words", "log_hypotheticals", "story_question", "log_words",
                 "past_verbs_per_100_words", "last_piece_first_person_past", "last_piece_result_cue",
                 "log_present_clauses_in_a_dated_answer", "last_piece_moral")
_LONG_SENTENCE, _PIECE = 50, 35  # unpunctuated transcripts: embed run-ons in pieces of this many words
_MAX_PIECES = 40  # bounds the embedding work per answer; the longest labelled answers have about 20


def pieces(text: str) -> list[str]:
    """Sentences, with run-on transcripts cut into pieces short enough to embed whole."""
    out: list[str] = []
    for sentence in tm.sentences(text):
        words = sentence.split()
        if len(words) > _LONG_SENTENCE:
            out += [" ".join(words[i:i + _PIECE]) for i in range(0, len(words), _PIECE)]
        else:
            out.append(sentence)
    return out or [text]


_FIRST_PERSON_PAST = re.compile(_PAST_CLAUSE.pattern.replace(r"(i|we|they|he|she)", r"(i|we)", 1), re.IGNORECASE)


def hand_features(text: str, category: str, cues: dict[str, tm.StarPart]) -> list[float]:
    n = max(1, len(tm.words(text)))
    # An answer that stops on what the speaker did ("... so they could run in parallel") has told no result yet.
    last = pieces(text)[-1]
    past = len(_PAST_CLAUSE.findall(text))
    return [float(cues[p].present) for p in tm.STAR_PARTS] + [
        math.log1p(past), 100 * past / n, math.log1p(len(_HYPOTHETICAL.findall(text))),
        float(category in STORY_CATEGORIES), math.log(n) / 5, len(_PAST_VERB.findall(text)) / n * 10,
        float(bool(_FIRST_PERSON_PAST.search(_last_clause(last)))), float(tm.star_cues(last)["result"].present),
        math.log1p(_present_clauses(text)), float(bool(_MORAL.search(last)))]


def _last_clause(sentence: str) -> str:
    """"I moved the rendering to a queue, and the weekend went by without an outage" -> the consequence."""
    return _CLAUSE_BREAK.split(sentence)[-1]


def _present_clauses(text: str) -> int:
    """Present-tense first-person clauses in an answer dated in the past and told as no habit or hypothetical."""
    if not _EPISODE_START.search(text) or _HABIT.search(text) or _HYPOTHETICAL.search(text):
        return 0
    return sum(1 for m in _PRESENT_CLAUSE.finditer(text) if not _PAST_CLAUSE.match(m.group(0)))


def embedding_features(vectors: np.ndarray) -> list[float]:
    return [*vectors.mean(axis=0).tolist(), *vectors[-1].tolist()]


@cache
def _model() -> dict:
    return json.loads(MODEL_PATH.read_text())


Embed = Callable[[Sequence[str]], Sequence[Sequence[float]]]


def _evidence(part: str, parts: list[str], cues: dict[str, tm.StarPart]) -> list[str]:
    if cues[part].evidence:
        return cues[part].evidence
    if part == "result":
        return parts[-1:]  # a consequence is told last
    if part == "action":
        return [p for p in parts if _PAST_CLAUSE.search(p)][:2] or parts[:1]
    return parts[:1]


def episode_tail(text: str) -> str | None:
    """The past episode a technical or design answer ends with, from the sentence that opens it; None without one."""
    parts = tm.sentences(text)
    for i, sentence in enumerate(parts[1:], start=1):
        # "that is what we did at my last job, whenever a query was slow someone would add an index" is a habit
        if _EPISODE_START.search(sentence) and not _HABIT.search(sentence):
            tail = " ".join(parts[i:])
            return tail if len(tail.split()) >= _MIN_EPISODE_WORDS else None
    return None


def detect_star(text: str, category: str = "behavioral", embed: Embed | None = None,
                model: str = "minilm") -> dict[str, tm.StarPart]:
    """Each part's presence with up to two sentences of evidence. With `embed` (sentence vectors: the interview's
    and the assessment's cached embedder; `model` says which sentence model made them) the weights fitted on those
    vectors are used; without it, the weights fitted on the cue and narrative measures alone. A technical or design
    answer that ends with a real episode is also judged on that episode alone, as a story: the explanation before
    it would otherwise drown it out."""
    found = _classify(text, category, embed, model)
    tail = None if category in STORY_CATEGORIES else episode_tail(text)
    if tail is not None:
        story = _classify(tail, "behavioral", embed, model)
        found = {part: found[part] if found[part].present else story[part] for part in tm.STAR_PARTS}
    return found


def _classify(text: str, category: str, embed: Embed | None, model: str) -> dict[str, tm.StarPart]:
    cues = tm.star_cues(text)
    if not text.strip():
        return {p: tm.StarPart(False, []) for p in tm.STAR_PARTS}
    features = hand_features(text, category, cues)
    parts = pieces(text)
    embedded = parts if len(parts) <= _MAX_PIECES else parts[:_MAX_PIECES - 1] + parts[-1:]
    kind = "hand"
    if embed is not None:
        try:
            features += embedding_features(np.asarray(embed(embedded), dtype=np.float64))
            kind = model
        except Exception:
            logger.exception("Embedding an answer failed; STAR parts from cue and narrative measures only")
    x = np.asarray(features, dtype=np.float64)
    out = {}
    for part in tm.STAR_PARTS:
        weights = _model()["parts"][part][kind]
        z = float(x @ np.asarray(weights["coef"])) + weights["intercept"]
        present = z > weights["threshold"]
        if part == "result" and present and _no_outcome_told(parts[-1], cues["result"]):
            present = False
        out[part] = tm.StarPart(present, _evidence(part, parts, cues) if present else [])
    return out


def _no_outcome_told(last: str, result_cues: tm.StarPart) -> bool:
    """A story that ends on its intent ("... split the suite into shards so they could run in parallel"), on not
    knowing what came of it ("I moved teams, so I don't know whether she signed off") or on an answer still pending
    ("She said she will think about it") told no outcome, unless a result cue says otherwise elsewhere ("how it ended"
    in the admission itself is no such cue)."""
    if _OUTCOME_UNKNOWN.search(last):
        return all(_OUTCOME_UNKNOWN.search(sentence) for sentence in result_cues.evidence)
    return not result_cues.present and _ends_on_a_purpose(last)


def _ends_on_a_purpose(last: str) -> bool:
    return bool(_PURPOSE.search(_last_clause(last)))
