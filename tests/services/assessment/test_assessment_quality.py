"""Agreement of the deterministic analysis and the offline scores with hand labels (tests/data/answers)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from scipy.stats import spearmanr

from app.core.config import DEFAULT_SCORE_WEIGHTS
from app.core.errors import InvalidInputError
from app.services.assessment.analysis import AnswerUnit, analyze_answer
from app.services.assessment.evaluation import assess_interview
from app.services.assessment.metrics import STAR_PARTS, find_fillers
from app.services.assessment.scoring import group_scores, overall_score, score_answer
from app.services.retrieval.embedder import shared_embedder

ANSWERS = yaml.safe_load((Path(__file__).resolve().parents[2] / "data" / "answers" / "answers.yaml").read_text())
BY_ID = {a["id"]: a for a in ANSWERS}


def offline_score(a: dict) -> float:
    analysis = analyze_answer(a["question"], a["answer"], category=a["category"], key_points=a.get("key_points") or [])
    return overall_score(group_scores(score_answer(analysis)), DEFAULT_SCORE_WEIGHTS[a["category"]])


def test_dataset_is_large_and_varied():
    assert len(ANSWERS) >= 60
    assert {a["tier"] for a in ANSWERS} == {1, 2, 3, 4, 5}
    assert {a["category"] for a in ANSWERS} == {"behavioral", "technical"}


def test_filler_counts_are_exact():
    wrong = [(a["id"], len(find_fillers(a["answer"])), a["fillers"]) for a in ANSWERS
             if len(find_fillers(a["answer"])) != a["fillers"]]
    assert wrong == []


@pytest.mark.parametrize("text,count", [
    ("I like Python and tools like Redis.", 0),
    ("We were, like, stuck for a week.", 1),
    ("Um, so, you know, it was basically fine.", 3),
    ("Like, I think it looks like a queue.", 1),
])
def test_like_is_a_filler_only_when_set_off(text, count):
    assert len(find_fillers(text)) == count


def test_star_detection_f1():
    tp = fp = fn = 0
    for a in ANSWERS:
        found = analyze_answer(a["question"], a["answer"], category=a["category"])["star"]
        for part in STAR_PARTS:
            predicted, gold = found[part]["present"], a["star"][part]
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"\nSTAR detection: precision {precision:.2f}, recall {recall:.2f}, F1 {f1:.3f}")
    assert f1 >= 0.85


def test_offline_score_tracks_quality_tiers():
    scores = [offline_score(a) for a in ANSWERS]
    rho = spearmanr(scores, [a["tier"] for a in ANSWERS])[0]
    print(f"\nSpearman(offline score, tier) = {rho:.3f} over {len(ANSWERS)} answers")
    assert rho >= 0.7
    assert len(set(scores)) > len(ANSWERS) * 0.8  # not constant, not a handful of buckets


@pytest.mark.parametrize("rambling,concise", [("a002", "a001"), ("a008", "a007"), ("a010", "a009"),
                                              ("a023", "a022"), ("a028", "a027"), ("a044", "a004"),
                                              ("a047", "a046")])
def test_length_is_not_rewarded(rambling, concise):
    long_one, short_one = BY_ID[rambling], BY_ID[concise]
    assert len(long_one["answer"].split()) > len(short_one["answer"].split())
    assert offline_score(long_one) < offline_score(short_one)


def test_every_score_has_evidence():
    analysis = analyze_answer("Tell me about a conflict.", BY_ID["a004"]["answer"], category="behavioral")
    for name, value in score_answer(analysis).items():
        assert value["evidence"], name
        if value["score"] is None:
            assert value["source"] == "none"


async def test_nothing_to_assess_is_said_not_guessed():
    with pytest.raises(InvalidInputError) as err:
        await assess_interview([], interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    assert "no answers" in err.value.detail


async def test_interview_feedback_is_grounded_in_the_answers():
    units = [AnswerUnit(i + 1, BY_ID[a]["question"], BY_ID[a]["category"], "behavioral",
                        tuple(BY_ID[a].get("key_points") or ()), ("teamwork",), ("conflict",), BY_ID[a]["answer"], None)
             for i, a in enumerate(["a004", "a002", "a017"])]
    result = await assess_interview(units, interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    feedback = result["feedback"]
    assert 3 <= len(feedback["strengths"]) <= 5 and 3 <= len(feedback["improvements"]) <= 5
    assert all("(Q" in item for item in feedback["strengths"] + feedback["improvements"])
    assert feedback["next_steps"] and feedback["recommended_topics"] and "3 questions" in feedback["narrative"]
    by_q = {q["question_number"]: q["overall_score"] for q in result["per_question"]}
    assert by_q[1] > by_q[2] > by_q[3]
    assert result["speech_metrics"]["filler_words"] == sum(BY_ID[a]["fillers"] for a in ("a004", "a002", "a017"))


async def test_score_tracks_tiers_with_embedding_evidence_too():
    """The same check when relevance and key points are also judged by meaning (as the API does with RAG on)."""
    embedder = shared_embedder()
    scores = []
    for a in ANSWERS:
        unit = AnswerUnit(1, a["question"], a["category"], a["category"], tuple(a.get("key_points") or ()), (), (),
                          a["answer"], None)
        result = await assess_interview([unit], interview_type=a["category"], weights=DEFAULT_SCORE_WEIGHTS,
                                        embedder=embedder)
        scores.append(result["overall_score"])
    rho = spearmanr(scores, [a["tier"] for a in ANSWERS])[0]
    print(f"\nSpearman(offline score with embeddings, tier) = {rho:.3f}")
    assert rho >= 0.7
