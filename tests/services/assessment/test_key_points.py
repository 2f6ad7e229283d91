"""Key points judged by meaning: a paraphrase covers a point that shares no key term with it."""

from __future__ import annotations

import uuid

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from app.services.assessment import key_points as key_points_module
from app.services.assessment import metrics as tm
from app.services.assessment.key_points import KeyPointJudge, judge_for
from app.services.interview import policy
from app.services.interview.graph import build_graph
from app.services.interview.nodes import InterviewNodes
from app.services.retrieval.embedder import shared_embedder, shared_static_embedder

POINTS = ["Reconciles the ledger against the bank to catch mismatches", "Uses dual writes during the migration",
          "Explains how to secure the API with OAuth scopes"]
PARAPHRASE = ("Every night I compared our books with the bank statements line by line and flagged anything that did "
              "not agree. During the move every change was written to both the old and the new database.")


def test_a_paraphrase_covers_the_point_and_an_unrelated_answer_does_not():
    judge = judge_for(shared_embedder())
    lexical, _ = tm.key_point_coverage(PARAPHRASE, POINTS[:2])
    result = judge.coverage(PARAPHRASE, POINTS)
    assert result["matched_key_points"] == POINTS[:2] and lexical < 1.0
    assert judge.coverage("I like hiking, and last summer the weather in the hills was lovely.", POINTS)[
        "matched_key_points"] == []


def test_key_points_stay_embedded_however_many_answer_sentences_pass(monkeypatch):
    monkeypatch.setattr(key_points_module, "CACHE_SIZE", 8)  # a busy day's sentences, in small
    embedder = CountingEmbedder()
    judge = KeyPointJudge(embedder)
    judge.coverage(PARAPHRASE, POINTS)
    for n in range(20):  # other candidates' answers, more than the sentence cache holds
        judge.vectors([f"Answer sentence number {n} about something else entirely."])
    embedder.texts.clear()
    assert judge.coverage(PARAPHRASE, POINTS)["matched_key_points"] == POINTS[:2]
    assert not set(POINTS) & set(embedder.texts)  # the key points were not embedded again
    assert embedder.texts  # the answer's own sentences were: they had been pushed out


class CountingEmbedder:
    """The shipped embedder, counting the sentences it is asked to embed."""

    model = "minilm"

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts += list(texts)
        return shared_embedder().embed(texts)


def behavioral_graph(embedder: CountingEmbedder):
    graph = build_graph(InterviewNodes(None, embedder=embedder), InMemorySaver())
    thread = {"configurable": {"thread_id": str(uuid.uuid4())}}
    config = {"interview_type": "behavioral", "difficulty": "medium", "max_questions": 3, "max_follow_ups": 1,
              "role": "Backend Engineer", "role_family": "backend", "seniority": "mid", "seed": 3}
    return graph, thread, config


async def test_a_turn_judges_by_meaning_only_where_the_follow_up_decision_rests_on_it():
    embedder = CountingEmbedder()
    graph, thread, config = behavioral_graph(embedder)
    state = await graph.ainvoke({"config": config, "context": {"resume": {"projects": ["Ledgerly"]}}}, thread)
    opening = state["transcript"][-1]
    assert opening["key_points"] == state["plan"][0]["key_points"] and "Ledgerly" in opening["content"]
    # An outcome in plain figures: whatever the sentence vectors say, there is no outcome to ask for.
    stated = ("I built Ledgerly alone for a team of twelve accountants. I chose Postgres over a document store "
              "because every entry had to balance. Month-end close went from 3 days to 4 hours.")
    state = await graph.ainvoke(Command(resume={"text": stated}), thread)
    assert state["transcript"][-2]["analysis"]["judged_by"] == "cues"
    assert not any(t in stated for t in embedder.texts)
    # No outcome in cue phrases or figures: only the sentences' meaning can tell whether one is told.
    told = ("The dashboards were red for a week and nobody owned the consumer. I rewrote it so that it acknowledged "
            "a message only after the write had landed. The on-call engineers finally slept through the night.")
    state = await graph.ainvoke(Command(resume={"text": told}), thread)
    assert state["transcript"][-2]["analysis"]["judged_by"] == "meaning"
    assert "The on-call engineers finally slept through the night." in embedder.texts


async def test_a_technical_answer_short_of_key_terms_is_judged_by_meaning_over_its_thread():
    embedder = CountingEmbedder()
    graph = build_graph(InterviewNodes(None, embedder=embedder), InMemorySaver())
    thread = {"configurable": {"thread_id": str(uuid.uuid4())}}
    config = {"interview_type": "technical", "difficulty": "medium", "max_questions": 3, "max_follow_ups": 1,
              "role": "Backend Engineer", "role_family": "backend", "seniority": "mid", "seed": 5}
    state = await graph.ainvoke({"config": config, "context": {}}, thread)
    while state["plan"][state["current"]]["category"] not in policy.READS_KEY_POINTS:  # past the opening
        state = await graph.ainvoke(Command(resume={"text": "I cut our build from 40 to 9 minutes by caching the "
                                                            "dependencies, and I owned that work end to end."}), thread)
    question = state["plan"][state["current"]]
    assert question["key_points"]
    state = await graph.ainvoke(Command(resume={"text": PARAPHRASE}), thread)
    analysis = state["transcript"][-2]["analysis"]
    assert analysis["judged_by"] == "meaning" and analysis["key_point_method"] == "meaning + key terms"
    assert set(question["key_points"]) <= set(embedder.texts)


def test_a_turn_on_static_vectors_checks_a_key_point_shortfall_with_minilm_before_asking():
    """The static vectors miss this paraphrase; the turn asks MiniLM before a follow-up asks for what was said."""
    assert judge_for(shared_static_embedder()).coverage(PARAPHRASE, POINTS[:2])["key_point_coverage"] < 0.34
    checker = CountingEmbedder()
    nodes = InterviewNodes(None, embedder=shared_static_embedder(), key_point_checker=checker)
    judged = nodes._judge_by_meaning(PARAPHRASE, "technical", [PARAPHRASE], POINTS[:2])
    assert judged["matched_key_points"] == POINTS[:2] and checker.texts
    assert not policy.short_of_key_points("technical", judged)
    # Key points the static vectors already find: MiniLM is not asked.
    checker.texts.clear()
    covered = ("Every night we reconcile the ledger against the bank to catch mismatches. During the migration we "
               "used dual writes to both databases.")
    judged = nodes._judge_by_meaning(covered, "technical", [covered], POINTS[:2])
    assert judged["key_point_coverage"] == 1.0 and not checker.texts
    # An answer about something else: no key point is within MiniLM's reach, so it is not asked either.
    off_topic = "I like hiking, and last summer the weather in the hills was lovely."
    judged = nodes._judge_by_meaning(off_topic, "technical", [off_topic], POINTS[:2])
    assert judged["key_point_coverage"] == 0.0 and not checker.texts
