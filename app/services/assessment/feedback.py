"""Feedback: strengths and improvements per answer and for the whole interview. Every item names the question it
came from and, where possible, quotes what the candidate said."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.services.assessment import metrics as tm
from app.services.assessment.analysis import AnswerUnit
from app.services.assessment.scoring import DIMENSIONS, mean


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"\"{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}\""


def _short_question(question: str, limit: int = 160) -> str:
    q = " ".join(question_only(question).split())
    return q if len(q) <= limit else q[: limit - 1].rstrip() + "…"


# What an interviewer says before the question itself: an acknowledgement of the last answer and the bridge to a
# new phase ("Thanks. Let's move to some technical questions."), offline or model-written.
_LEAD_IN = re.compile(
    r"^(thanks|thank you|okay|ok|got it|understood|great|good|right|alright|all right|sure|perfect|nice|noted|"
    r"that'?s (helpful|clear|great|useful)|next\b|now\b|moving on|let'?s (move|talk|do|turn|switch|shift|go|start "
    r"with something|change)|here'?s a|think out loud|take a moment|talk me through your approach before)",
    re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(tell me|walk me|describe|explain|design (a|an|the)|how would|what would|give me an example)\b",
                   re.IGNORECASE)  # a lead-in that already asks ("Next, tell me about ...") is part of the question
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]?|$)")


def question_only(content: str) -> str:
    """The question an interviewer turn asked, without the greeting that opens the interview (its own paragraph) or
    the acknowledgement and transition sentences before the question."""
    text = (content or "").strip().split("\n\n")[-1].strip()
    sentences = [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]
    while len(sentences) > 1 and _LEAD_IN.match(sentences[0]) and not _ASKS.search(sentences[0]):
        sentences.pop(0)
    return " ".join(sentences) or text


def _sentences(answer: str) -> list[str]:
    return tm.sentences(answer)


def _first(answer: str, test: Callable[[str], bool]) -> str | None:
    return next((s for s in _sentences(answer) if test(s)), None)


def _number_sentence(answer: str, preferred: Sequence[str] = ()) -> str | None:
    """A sentence with a figure in it: one of `preferred` (the result's evidence) first."""
    return next((s for s in preferred if tm.has_numbers(s)), None) or _first(answer, tm.has_numbers)


def _unstructured(answer: str, star: Mapping[str, Any]) -> str | None:
    """Where the structure is missing: the longest sentence that shows no part of a STAR story, else the longest
    sentence (a run-on that carries the story without its steps)."""
    shown = {e for part in star.values() for e in (part or {}).get("evidence") or []}
    every = [s for s in _sentences(answer) if len(s.split()) >= 4]
    loose = [s for s in every if s not in shown]
    return max(loose or every, key=len) if every else None


def answer_notes(question: str, analysis: dict[str, Any], scores: dict[str, dict[str, Any]],
                 key_points: Sequence[str] = (), answer: str = "") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(strengths, improvements) for one answer; each {dimension, text, question, quote, score}. `question` is
    labelled by the question itself; the quote is the sentence of `answer` that shows the point."""
    star = analysis.get("star") or {}
    where = _short_question(question)
    strengths: list[dict[str, Any]] = []
    improvements: list[dict[str, Any]] = []

    def s(dim: str) -> float | None:
        return scores.get(dim, {}).get("score")

    def add(target: list, dim: str, text: str, quote: str | None = None) -> None:
        target.append({"dimension": dim, "text": text, "question": where, "quote": quote, "score": s(dim)})

    result_ev = (star.get("result") or {}).get("evidence") or []
    action_ev = (star.get("action") or {}).get("evidence") or []
    if (s("star_structure") or 0) >= 99:
        add(strengths, "star_structure", "A complete STAR story: situation, task, action and result",
            _quote(result_ev[0]) if result_ev else None)
    elif s("star_structure") is not None and s("star_structure") < 75:
        missing = [p for p in ("situation", "task", "action", "result") if not (star.get(p) or {}).get("present")]
        loose = _unstructured(answer, star)
        add(improvements, "star_structure", "Complete the STAR structure: add the " + ", ".join(missing),
            _quote(loose) if loose else None)
    numbered = _number_sentence(answer, result_ev)
    if (s("impact") or 0) >= 85 and numbered:
        add(strengths, "impact", "Quantified impact", _quote(numbered))
    elif (s("impact") or 0) >= 85:
        add(strengths, "impact", "Clear impact", _quote(result_ev[0]) if result_ev else None)
    elif s("impact") is not None and s("impact") < 50:
        add(improvements, "impact", "End with the outcome and a number: what changed because of what you did?")
    if (s("ownership") or 0) >= 80 and action_ev:
        add(strengths, "ownership", "Clear personal ownership of the actions", _quote(action_ev[0]))
    elif s("ownership") is not None and s("ownership") < 50:
        p = analysis.get("pronouns") or {}
        we = _first(answer, lambda x: tm.pronoun_balance(x)["we"] > 0)
        add(improvements, "ownership",
            f"Say what you did yourself: \"we\" {p.get('we', 0)} times, \"I\" {p.get('i', 0)} times",
            _quote(we) if we else None)
    fillers = analysis.get("fillers") or []
    if (s("fluency") or 0) >= 90 and analysis.get("word_count", 0) >= 40:
        add(strengths, "fluency", f"Fluent delivery: {analysis.get('filler_count', 0)} filler words in "
                                  f"{analysis.get('word_count', 0)}")
    elif s("fluency") is not None and s("fluency") < 70:
        filled = max(_sentences(answer), key=lambda x: len(tm.find_fillers(x)), default=None)
        add(improvements, "fluency", f"Cut filler words ({analysis.get('filler_count', 0)} here: "
                                     + ", ".join(f"\"{f}\"" for f in fillers[:4]) + "); pause silently instead",
            _quote(filled) if filled and tm.find_fillers(filled) else None)
    matched = analysis.get("matched_key_points") or []
    if s("technical_accuracy") is not None:
        missed = [k for k in key_points if k not in matched]
        if s("technical_accuracy") >= 80 and matched:
            add(strengths, "technical_accuracy", "Covered the key points: " + "; ".join(matched[:3]))
        elif s("technical_accuracy") < 60 and missed:
            add(improvements, "technical_accuracy", "Missed key points: " + "; ".join(missed[:3]))
    if (s("specificity") or 0) >= 85 and analysis.get("has_numbers"):
        concrete = max(_sentences(answer), key=tm.specific_terms, default=None)
        add(strengths, "specificity", "Concrete, specific detail", _quote(concrete) if concrete else None)
    elif s("specificity") is not None and s("specificity") < 50:
        vague = _first(answer, lambda x: bool(tm.find_vague(x))) or min(_sentences(answer), key=tm.specific_terms,
                                                                        default=None)
        add(improvements, "specificity", "Be specific: name the system, the numbers and the timeframe instead of "
                                         "general statements", _quote(vague) if vague else None)
    words = analysis.get("word_count", 0)
    if s("conciseness") is not None and s("conciseness") < 55 and words > 60:
        longest = max(_sentences(answer), key=len, default=None)
        add(improvements, "conciseness", f"Tighten the answer ({words} words): lead with the point, cut repetition",
            _quote(longest) if longest else None)
    elif (s("conciseness") or 0) >= 85:
        add(strengths, "conciseness", f"Concise and to the point ({words} words)")
    if (s("depth") or 0) < 45 and words < 60:
        add(improvements, "depth", f"Go deeper: {words} words is too little to show how you think")
    if analysis.get("hedge_count", 0) >= 3:
        add(improvements, "confidence", f"Fewer hedges (\"I think\", \"maybe\": {analysis['hedge_count']} here); "
                                        "state what you did and know")
    wpm = analysis.get("words_per_minute")
    if wpm is not None and s("pace") is not None and s("pace") < 60:
        add(improvements, "pace", f"Adjust your pace: {wpm:.0f} words per minute (aim for 120-165)")
    return strengths, improvements


NEXT_STEPS = {
    "star_structure": "Write out three stories in STAR form (situation, task, action, result) and rehearse them "
                      "aloud until each fits in two minutes.",
    "impact": "For every story, note one number that shows the outcome (time saved, errors cut, revenue, users).",
    "ownership": "Retell your stories saying \"I\" for what you did; keep \"we\" for the team's context.",
    "fluency": "Record yourself answering and replace fillers with a short silent pause.",
    "pace": "Practise with a timer: about 130-160 words per minute sounds confident and clear.",
    "conciseness": "Lead with the answer in one sentence, then give the supporting detail; stop after the result.",
    "clarity": "Keep sentences short, define acronyms the first time, and drop hedges like \"I think\".",
    "depth": "Go one level deeper on each answer: how it works, why you chose it, and what you would change.",
    "technical_accuracy": "Review the fundamentals behind the topics listed below and explain each one out loud.",
    "relevance": "Restate the question in your first sentence and make sure your example answers exactly that.",
    "specificity": "Name the system, team size, timeframe and figures instead of general statements.",
    "confidence": "State what you did and know plainly; qualify only what is genuinely uncertain.",
    "composure": "When you need a moment, say so and pause rather than filling the silence.",
    "vocal_variety": "Vary your emphasis: slow down for the key result and the decision you made.",
}


def _cite(item: Mapping[str, Any]) -> str:
    text = f"{item['text']} (Q{item['question_number']}: \"{item['question']}\")"
    return f"{text}: {item['quote']}" if item.get("quote") else text


def _pick(items: list[dict[str, Any]], reverse: bool) -> list[dict[str, Any]]:
    """Best (or worst) notes, one per dimension first, at most five."""
    ordered = sorted(items, key=lambda i: (i.get("score") if i.get("score") is not None else 50), reverse=reverse)
    chosen, seen = [], set()
    for item in ordered:
        if item["dimension"] not in seen:
            chosen.append(item)
            seen.add(item["dimension"])
    for item in ordered:
        if len(chosen) >= 5:
            break
        if item not in chosen:
            chosen.append(item)
    return chosen[:5]


def interview_feedback(units: Sequence[AnswerUnit], per_question: list[dict[str, Any]],
                        strengths: list[dict[str, Any]], improvements: list[dict[str, Any]],
                        dimensions: Mapping[str, float | None], overall: float | None, interview_type: str,
                        ended_early: bool, total_questions: int | None) -> dict[str, Any]:
    ranked = sorted(((n, s) for n, s in dimensions.items() if s is not None), key=lambda p: p[1], reverse=True)

    def best_question(dim: str, reverse: bool) -> dict[str, Any]:
        scored = [q for q in per_question if q["scores"].get(dim) is not None]
        return sorted(scored, key=lambda q: q["scores"][dim], reverse=reverse)[0]

    def top_up(chosen: list[dict[str, Any]], dims: Sequence[tuple[str, float]], label: str,
               best_first: bool) -> list[dict[str, Any]]:
        """At least three items: add whole dimensions, each still pointing at the answer that shows it most."""
        for dim, score in dims:
            if len(chosen) >= 3:
                break
            if dim in {c["dimension"] for c in chosen}:
                continue
            q = best_question(dim, best_first)
            chosen.append({"dimension": dim, "text": label.format(dim=dim.replace("_", " "), score=score),
                           "question": _short_question(q["question"]), "question_number": q["question_number"],
                           "quote": q["evidence"].get(dim)})
        return chosen

    chosen_strengths = top_up(_pick(strengths, reverse=True), ranked, "Relative strength: {dim} ({score:.0f}/100)",
                              best_first=True)
    chosen_improvements = top_up(_pick(improvements, reverse=False), list(reversed(ranked)),
                                 "Raise your {dim} ({score:.0f}/100)", best_first=False)

    topics: list[str] = []
    for unit, q in zip(units, per_question, strict=True):
        weak_content = [q["scores"].get(d) for d in ("technical_accuracy", "depth", "relevance")]
        if any(s is not None and s < 60 for s in weak_content):
            topics += [t for t in (unit.topics or unit.competencies) if t not in topics]
    if not topics:  # nothing weak: point to the next level up in the same areas
        for unit in units:
            topics += [t for t in unit.topics if t not in topics]
    steps = [NEXT_STEPS[i["dimension"]] for i in chosen_improvements if i["dimension"] in NEXT_STEPS]
    steps = list(dict.fromkeys(steps))[:4] or ["Do another mock interview at the next difficulty level."]

    groups_mean = {g: mean([dimensions[n] for n in names]) for g, names in DIMENSIONS.items()}
    known = {g: v for g, v in groups_mean.items() if v is not None}
    strongest = max(known, key=known.get) if known else None  # type: ignore[arg-type]
    weakest = min(known, key=known.get) if known else None  # type: ignore[arg-type]
    answered = len(units)
    narrative = (
        f"You answered {answered} question{'s' if answered != 1 else ''}"
        + (f" of {total_questions}" if total_questions else "")
        + (" before ending the interview early" if ended_early else "")
        + f" in this {interview_type.replace('_', ' ')} interview"
        + (f" and scored {overall:.0f}/100 overall." if overall is not None else ".")
        + (f" Your strongest area was {strongest.replace('_', ' ')} ({known[strongest]:.0f}) and the one to work on "
           f"is {weakest.replace('_', ' ')} ({known[weakest]:.0f})." if strongest and weakest else "")
    )
    if chosen_strengths:
        narrative += f" Best moment: {chosen_strengths[0]['text'][0].lower() + chosen_strengths[0]['text'][1:]} " \
                     f"in question {chosen_strengths[0]['question_number']}."
    if chosen_improvements:
        first = chosen_improvements[0]
        narrative += f" Biggest gain available: {first['text'][0].lower() + first['text'][1:]} " \
                     f"(question {first['question_number']})."
    return {
        "strengths": [_cite(s) for s in chosen_strengths],
        "improvements": [_cite(i) for i in chosen_improvements],
        "narrative": narrative,
        "next_steps": steps,
        "recommended_topics": topics[:6],
        "evidence": {"strengths": chosen_strengths, "improvements": chosen_improvements},
    }
