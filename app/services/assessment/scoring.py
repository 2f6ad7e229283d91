"""Scores from an answer's analysis: fourteen dimensions in four groups, each with the evidence it used, and the
overall score.

An answer's overall score comes from a small model fitted on the labelled answers a rule may be tuned on (answers.yaml
and the tune splits of the later sets, never a held-out split: score_model.json's "fitted_on" names them) by
scripts/fit_score_model.py and shipped as score_model.json: gradient-boosted trees over the fourteen dimension scores,
predicting the 1-5 tier an interviewer would give, shown as 20 x tier. A better score on any dimension never lowers it
(the trees are fitted monotone in every dimension). It ranks answers like the writers' tiers better than the fixed
weighting of the groups it replaced (README "Quality" gives the held-out figures of both).
An operator who sets SCORE_WEIGHTS gets the weighted mean of the group scores instead.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from app.services.assessment import metrics as tm

# Fourteen dimensions in four groups. Each heuristic maps measured evidence to 0-100 and says what it used; a
# dimension that cannot be measured for an answer (pace without timing, STAR for a coding answer) is None and is
# left out of averages rather than guessed.

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "communication": ("clarity", "conciseness", "fluency", "pace"),
    "content": ("relevance", "depth", "technical_accuracy", "specificity"),
    "behavioral": ("star_structure", "ownership", "impact"),
    "non_verbal": ("confidence", "vocal_variety", "composure"),
}
STORY_CATEGORIES = {"behavioral", "opening"}
TECHNICAL_CATEGORIES = {"technical", "system_design", "dsa", "case"}
IDEAL_WORDS = {"behavioral": (110, 280), "technical": (70, 240), "system_design": (120, 350), "dsa": (70, 260),
               "case": (100, 300)}


def _clamp(value: float, low: float = 0.0, high: float = 100.0) -> float:
    return max(low, min(high, value))


def _band(value: float, good_low: float, good_high: float, zero_low: float, zero_high: float) -> float:
    """100 inside [good_low, good_high], falling linearly to 0 at zero_low / zero_high."""
    if good_low <= value <= good_high:
        return 100.0
    if value < good_low:
        return _clamp(100.0 * (value - zero_low) / max(good_low - zero_low, 1e-9))
    return _clamp(100.0 * (zero_high - value) / max(zero_high - good_high, 1e-9))


def score_answer(analysis: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per-dimension scores for one answer: {dimension: {"score": float|None, "evidence": str, "source": str}}."""
    a = analysis
    pauses = a.get("pauses")  # present only for spoken answers with word timings
    has_audio = bool(pauses)
    category = a.get("category", "behavioral")
    words = a.get("word_count", 0)
    declined = bool(a.get("declined")) or words < 8
    filler_rate = a.get("filler_rate_per_100_words", 0.0)
    hedge_rate = a.get("hedge_rate_per_100_words", 0.0)
    coverage = a.get("key_point_coverage")
    star = a.get("star") or {}
    star_present = [p for p in ("situation", "task", "action", "result") if star.get(p, {}).get("present")]
    pronouns = a.get("pronouns") or {"i": 0, "we": 0}
    sentiment = (a.get("sentiment") or {}).get("compound", 0.0)
    low, high = IDEAL_WORDS.get(category, (90, 280))
    sentences_n = max(1, a.get("sentence_count", 1))
    avg_sentence = words / sentences_n
    length_fit = _band(words, low, high, 5, high * 2.6)
    text_proxy = "text proxy" if not has_audio else "audio timing"
    out: dict[str, dict[str, Any]] = {}

    def put(name: str, score: float | None, evidence: str, source: str = "text") -> None:
        out[name] = {"score": None if score is None else round(_clamp(score), 1), "evidence": evidence,
                     "source": source}

    # Substance per 100 words: what the answer establishes (STAR parts or key points, figures, named specifics).
    vague = a.get("vague_count", 0)
    cov = coverage if coverage is not None else 0.0
    semantic = a.get("semantic_relevance")
    substance = (len(star_present) if category in STORY_CATEGORIES else 4 * cov) + (
        1.0 if a.get("has_numbers") else 0.0) + min(2.0, a.get("specific_terms", 0) / 3)
    density = 100 * substance / max(words, 40)
    noise = filler_rate * 0.06 + hedge_rate * 0.05 + vague * 0.08

    # communication
    # A transcript without sentence punctuation (speech-to-text often gives one) has no measurable sentence length:
    # one 200-word "sentence" says nothing about how the candidate spoke.
    unpunctuated = words >= 40 and a.get("punctuation_per_100_words", 100.0) < 1.0
    length_penalty = 0.0 if unpunctuated else max(0.0, abs(avg_sentence - 17) - 6) * 2.5
    clarity = 100 - length_penalty - hedge_rate * 4 - vague * 6 - (12 if a.get("jargon") else 0)
    put("clarity", 15 if declined else clarity,
        ("sentence length not measured (no sentence punctuation)" if unpunctuated
         else f"{avg_sentence:.0f} words per sentence")
        + f", {hedge_rate:.1f} hedges per 100 words, {vague} vague phrases"
        + (f", unexplained term {a['jargon']}" if a.get("jargon") else ""))
    concise = (0.5 * length_fit + 0.5 * _band(density, 2.5, 1000, 0.4, 1001)) * (1 - min(0.6, noise))
    put("conciseness", 15 if declined else concise,
        f"{words} words (aim for {low}-{high}), {density:.1f} substantive points per 100 words")
    put("fluency", 20 if declined else 100 - filler_rate * 7,
        f"{a.get('filler_count', 0)} filler words ({filler_rate:.1f} per 100 words)")
    wpm = a.get("words_per_minute")
    audio = a.get("audio") or {}  # measured from the recording of a spoken answer (assessment.audio)
    if audio.get("words_per_minute"):
        # Over the time actually spent speaking (pauses excluded), so the comfortable band sits a little higher.
        awpm = audio["words_per_minute"]
        put("pace", _band(awpm, 130, 185, 70, 260),
            f"{awpm:.0f} words per minute of speaking time (comfortable: 130-185)", "audio")
    else:
        put("pace", None if wpm is None else _band(wpm, 120, 165, 60, 240),
            f"{wpm} words per minute (comfortable: 120-165)" if wpm is not None else "not measured: no timing",
            "timing" if wpm is not None else "none")

    # content
    relevance_raw = a.get("relevance_overlap", 0.0)
    if semantic is not None:
        relevance = _band(semantic, 0.55, 1.0, 0.05, 1.01)
        rel_evidence = f"semantic similarity to the question {semantic:.2f}"
    else:
        story_signal = len(star_present) / 4 if category in STORY_CATEGORIES else cov
        relevance = 30 + 70 * min(1.0, 0.5 * min(1.0, relevance_raw / 0.4) + 0.5 * min(1.0, story_signal / 0.6))
        rel_evidence = f"touches {relevance_raw:.0%} of the question's terms"
    relevance *= 1 - min(0.4, vague * 0.08)
    put("relevance", 10 if declined else relevance,
        rel_evidence + (f", {coverage:.0%} of key points" if coverage is not None else ""))
    depth = 20 + 30 * (cov if category in TECHNICAL_CATEGORIES else len(star_present) / 4) + (
        15 if a.get("has_numbers") else 0) + min(20.0, a.get("specific_terms", 0) * 2.5) + min(15.0, words / 12)
    depth *= 1 - min(0.5, noise)
    put("depth", 5 if declined else depth,
        f"{words} words, {'with' if a.get('has_numbers') else 'without'} concrete figures, "
        f"{a.get('specific_terms', 0)} named specifics")
    if category in TECHNICAL_CATEGORIES and coverage is not None:
        put("technical_accuracy", 10 if declined else 25 + 75 * min(1.0, coverage / 0.75),
            f"covers {len(a.get('matched_key_points') or [])} of the expected key points (lexical match)",
            "key points")
    else:
        put("technical_accuracy", None, "not applicable to this question", "none")
    specificity = 25 + (30 if a.get("has_numbers") else 0) + min(30.0, a.get("specific_terms", 0) * 4) + (
        15 if len(star_present) >= 3 else 0) - vague * 10
    put("specificity", 5 if declined else specificity,
        ("names figures" if a.get("has_numbers") else "no figures") + f", {vague} vague phrases")

    # behavioral
    if category in STORY_CATEGORIES:
        put("star_structure", 5 if declined else 100 * len(star_present) / 4,
            "STAR parts present: " + (", ".join(star_present) or "none"))
        total = pronouns.get("i", 0) + pronouns.get("we", 0)
        own = 100 * pronouns.get("i", 0) / total if total else 30
        ownership = 25 + 0.75 * own
        evidence = f"'I' {pronouns.get('i', 0)} times, 'we' {pronouns.get('we', 0)} times"
        if "action" not in star_present:  # "I would ...", "I usually ...": saying "I" is not owning what was done
            ownership, evidence = min(ownership, 35.0), evidence + ", but no action of the speaker's told"
        if red_flags := a.get("red_flags"):  # blame, a hidden mistake, a dismissed colleague: owns nothing
            ownership, evidence = min(ownership, 15.0), evidence + f", but says \"{red_flags[0]}\""
        put("ownership", 10 if declined else ownership, evidence)
        has_result = "result" in star_present
        result_text = " ".join(star.get("result", {}).get("evidence") or [])
        quantified = has_result and tm.has_numbers(result_text)
        impact = (45 if has_result else 10) + (40 if quantified else 0) + (15 if a.get("has_numbers") else 0)
        put("impact", 5 if declined else impact,
            ("states an outcome" if has_result else "no outcome stated")
            + (" with figures" if quantified else ""))
    else:
        for name in DIMENSIONS["behavioral"]:
            put(name, None, "not applicable to this question", "none")

    # non-verbal: measured from the recording when there is one (source "audio"), else text proxies
    confidence = 85 - hedge_rate * 6 - (20 if sentiment < -0.3 else 0) + (10 if sentiment > 0.3 else 0)
    put("confidence", 10 if declined else confidence,
        f"{a.get('hedge_count', 0)} hedges, sentiment {sentiment:+.2f}", text_proxy)
    pitch_sd, loud_sd = audio.get("pitch_sd_semitones"), audio.get("loudness_sd_db")
    if pitch_sd is not None:
        # Conversational speech moves about 2-5 semitones around the speaker's median; under 1 sounds flat.
        variety = 0.7 * _band(pitch_sd, 2.0, 5.0, 0.5, 10.0) + 0.3 * (
            _band(loud_sd, 4.0, 10.0, 1.0, 18.0) if loud_sd is not None else 50.0)
        put("vocal_variety", variety,
            f"pitch varies {pitch_sd:.1f} semitones (lively: 2-5)"
            + (f", loudness {loud_sd:.1f} dB" if loud_sd is not None else ""), "audio")
    else:
        variety = 60 + min(30, sentences_n * 3) if words >= 30 else 40
        put("vocal_variety", None if declined and words < 3 else variety,
            "sentence variety (text proxy: no pitch data)", "text proxy")
    composure = 90 - filler_rate * 4 - (15 if sentiment < -0.4 else 0)
    evidence = f"fillers and tone ({filler_rate:.1f} fillers/100 words)"
    # Long silences mid-answer read as lost thread; a few are natural. The recording is the better witness.
    silences = audio if audio.get("speaking_seconds") else pauses
    if silences:
        composure -= (max(0.0, silences["pause_seconds_per_minute"] - 4) * 3
                      + max(0.0, silences["longest_pause_seconds"] - 3) * 5)
        evidence += f", {silences['pause_count']} pauses, longest {silences['longest_pause_seconds']}s"
    put("composure", 20 if declined else composure, evidence,
        "audio" if silences is audio and audio else text_proxy)
    return out


def group_scores(per_dimension: dict[str, dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    return {group: {name: per_dimension[name]["score"] for name in names} for group, names in DIMENSIONS.items()}


def overall_score(groups: dict[str, dict[str, float | None]], weights: dict[str, float]) -> float | None:
    """Weighted mean of the group means; groups with nothing measured drop out and the weights renormalise."""
    total = weight_sum = 0.0
    for group, values in groups.items():
        measured = [v for v in values.values() if v is not None]
        if not measured:
            continue
        w = weights.get(group, 0.0)
        total += w * sum(measured) / len(measured)
        weight_sum += w
    return round(total / weight_sum, 1) if weight_sum else None


MODEL_PATH = Path(__file__).with_name("score_model.json")
# What the fitted model reads, in order: every dimension (None, not measured, as -1). Not the answer's length: with it
# the model ranked the tune splits a little better (README "Quality"), but a long answer with nothing in it outscored a
# short right one, so padding would have paid.
SCORE_FEATURES = tuple(name for names in DIMENSIONS.values() for name in names)


def score_features(per_dimension: Mapping[str, Mapping[str, Any]]) -> list[float]:
    return [-1.0 if per_dimension[name]["score"] is None else float(per_dimension[name]["score"])
            for name in SCORE_FEATURES]


@cache
def _model() -> dict[str, Any]:
    return json.loads(MODEL_PATH.read_text())


def model_family(category: str) -> str:
    """Stories and technical answers are scored by separate trees: the same dimension weighs differently in each."""
    return "story" if category in STORY_CATEGORIES else "technical"


def _tree_value(nodes: list[list[float]], x: Sequence[float]) -> float:
    """One fitted tree; a node is [feature, threshold, left, right, is_leaf, value]: left when x[feature] <= threshold."""
    node = nodes[0]
    while not node[4]:
        node = nodes[int(node[2] if x[int(node[0])] <= node[1] else node[3])]
    return node[5]


def predicted_tier(features: Sequence[float], category: str) -> float:
    family = _model()["families"][model_family(category)]
    return family["baseline"] + sum(_tree_value(tree, features) for tree in family["trees"])


def answer_overall(per_dimension: Mapping[str, Mapping[str, Any]], category: str) -> float:
    """An answer's overall score, 0-100: the fitted model's tier estimate (1-5) times 20."""
    return round(_clamp(20.0 * predicted_tier(score_features(per_dimension), category)), 1)


def mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(sum(known) / len(known), 1) if known else None
