"""The overall score: the fitted score model (the default) and the operator's group weights (SCORE_WEIGHTS)."""

from __future__ import annotations

import random

import pytest

from app.core.config import DEFAULT_SCORE_WEIGHTS
from app.services.assessment.analysis import AnswerUnit, analyze_answer
from app.services.assessment.evaluation import assess_interview
from app.services.assessment.scoring import DIMENSIONS, SCORE_FEATURES, _model, answer_overall, score_answer

STRONG = ("Last spring our checkout service timed out for a fifth of customers every evening. I owned the fix: I "
          "profiled it, found an N+1 query in the basket endpoint, batched it and added an index. Timeouts fell from "
          "20% to under 0.5% within a week, and I wrote the runbook the on-call team still uses.")
WEAK = "We had some problems with a service and the team fixed it eventually, I think it went fine."


def _scores(values: dict[str, float | None]) -> dict[str, dict]:
    return {name: {"score": values.get(name)} for names in DIMENSIONS.values() for name in names}


@pytest.mark.parametrize("category", ["behavioral", "technical"])
def test_a_better_dimension_never_lowers_an_answers_score(category):
    """The trees are fitted monotone in every dimension: improving one never costs the candidate points."""
    rng = random.Random(7)
    for _ in range(200):
        values = {d: rng.uniform(0, 100) if rng.random() > 0.15 else None for d in SCORE_FEATURES}
        base = answer_overall(_scores(values), category)
        assert 0 <= base <= 100
        for d in SCORE_FEATURES:
            better = dict(values, **{d: min(100.0, (values[d] or 0.0) + rng.uniform(5, 50))})
            if values[d] is None:
                continue  # "not measured" is not a low score: nothing to compare
            assert answer_overall(_scores(better), category) >= base, d


HASH_MAP = "How does a hash map work?"
HASH_MAP_POINTS = ["hashes the key to a bucket", "handles collisions", "average O(1) lookup", "resizes past a load factor"]


def test_padding_an_answer_does_not_beat_a_short_right_one():
    """A long answer with nothing in it must not outscore a short right one: the length is no input of the model."""
    right = ("It hashes the key to pick a bucket in an array; collisions go in a list or are probed; lookups are O(1) "
             "on average and it resizes when the load factor passes about 0.75.")
    padded = " ".join(["Well, there are many things to say about data structures and in general they are important for "
                       "programs and I have used many of them in my career in many projects with many teams."] * 8)
    scores = {}
    for name, text in (("right", right), ("padded", padded)):
        analysis = analyze_answer(HASH_MAP, text, category="technical", key_points=HASH_MAP_POINTS)
        scores[name] = answer_overall(score_answer(analysis), "technical")
    assert scores["right"] >= scores["padded"] + 20


def test_the_model_separates_stories_from_technical_answers_and_knows_its_features():
    model = _model()
    assert set(model["families"]) == {"story", "technical"}
    assert model["features"] == list(SCORE_FEATURES) and model["answers"] > 1000
    top = _scores({d: 95.0 for d in SCORE_FEATURES})
    bottom = _scores({d: 10.0 for d in SCORE_FEATURES})
    for category in ("behavioral", "technical", "system_design"):
        assert answer_overall(top, category) >= 80 and answer_overall(bottom, category) <= 30


def _units() -> list[AnswerUnit]:
    return [AnswerUnit(1, "Tell me about a time you fixed a slow service.", "behavioral", "behavioral",
                       ("States a measured outcome",), (), (), STRONG, None),
            AnswerUnit(2, "Describe a project you are proud of.", "behavioral", "behavioral",
                       ("Explains their own role",), (), (), WEAK, None)]


async def test_unset_weights_score_each_answer_by_the_model_and_the_interview_as_their_mean():
    result = await assess_interview(_units(), interview_type="behavioral", weights=None)
    strong, weak = (q["overall_score"] for q in result["per_question"])
    assert strong > weak + 15
    assert result["overall_score"] == pytest.approx((strong + weak) / 2, abs=0.051)
    assert result["weights"] is None


async def test_operator_weights_make_the_overall_a_weighted_mean_of_the_groups():
    heavy_content = {"behavioral": {"communication": 0.0, "content": 1.0, "behavioral": 0.0, "non_verbal": 0.0}}
    result = await assess_interview(_units(), interview_type="behavioral", weights=heavy_content)
    content = [v for v in result["content_scores"].values() if v is not None]
    assert result["overall_score"] == pytest.approx(sum(content) / len(content), abs=0.051)
    assert result["weights"] == heavy_content["behavioral"]
    default = await assess_interview(_units(), interview_type="behavioral", weights=DEFAULT_SCORE_WEIGHTS)
    assert default["weights"] == DEFAULT_SCORE_WEIGHTS["behavioral"]


async def test_a_type_the_operator_weights_leave_out_is_still_scored():
    only_technical = {"technical": {"content": 1.0}}
    result = await assess_interview(_units(), interview_type="behavioral", weights=only_technical)
    assert result["weights"] is None and result["overall_score"] is not None  # the model's, not nothing
    with_mixed = {"technical": {"content": 1.0}, "mixed": {"communication": 1.0}}
    result = await assess_interview(_units(), interview_type="behavioral", weights=with_mixed)
    assert result["weights"] == {"communication": 1.0}
