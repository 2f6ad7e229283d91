"""Key points judged by meaning: a paraphrase covers a point that shares no key term with it."""

from __future__ import annotations

import uuid

from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from app.services.assessment import metrics as tm
from app.services.assessment.key_points import judge_for
from app.services.interview.graph import build_graph
from app.services.interview.nodes import InterviewNodes
from app.services.retrieval.embedder import shared_embedder

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


async def test_every_turn_is_judged_by_meaning_against_the_key_points_it_stores():
    graph = build_graph(InterviewNodes(None, embedder=shared_embedder()), InMemorySaver())
    thread = {"configurable": {"thread_id": str(uuid.uuid4())}}
    resume = {"projects": ["Ledgerly"]}
    state = await graph.ainvoke({"config": {"interview_type": "behavioral", "difficulty": "medium", "max_questions": 2,
                                            "max_follow_ups": 0, "role": "Backend Engineer", "role_family": "backend",
                                            "seniority": "mid", "seed": 3},
                                 "context": {"resume": resume}}, thread)
    opening = state["transcript"][-1]
    assert opening["key_points"] == state["plan"][0]["key_points"] and "Ledgerly" in opening["content"]
    state = await graph.ainvoke(Command(resume={"text": "I built Ledgerly alone for a team of twelve accountants. "
                                                        "I chose Postgres over a document store because every "
                                                        "entry had to balance. Month-end close went from 3 days to "
                                                        "4 hours."}), thread)
    analysis = state["transcript"][-2]["analysis"]
    assert analysis["key_point_method"] == "meaning + key terms" and analysis["key_point_coverage"] >= 0.5
