"""The voice interviewer without a LiveKit server: driven by LiveKit Agents' own text harness (AgentSession.run
with user text), asserting on what the agent says and on the stored interview."""

from __future__ import annotations

import pytest
from livekit.agents import AgentSession
from sqlalchemy import select

from app.models import AIInterviewInteraction, AIInterviewSession, User
from app.voice.agent import InterviewerAgent, build_session
from tests.conftest import register

ANSWER = ("At my last job I led the migration of our billing system to a new provider. I wrote the rollout plan and "
          "moved one customer group every week, and we cut failed payments by thirty percent in two months.")


async def start_interview(app, client, max_questions: int = 2) -> tuple[User, int, str]:
    token = (await register(client))["token"]
    s = (await client.post("/ai-interview/sessions", headers={"Authorization": f"Bearer {token}"},
                           json={"title": "voice", "interview_type": "behavioral", "max_questions": max_questions})
         ).json()
    async with app.state.db_sessions() as db:
        user = await db.scalar(select(User).where(User.email == "ada@example.com"))
    return user, s["id"], s["response"]


async def test_text_harness_turns_go_through_the_same_interview(app, client):
    user, sid, first_question = await start_interview(app, client)
    agent = InterviewerAgent(app.state.interviews, user, sid, pending_question=first_question)
    async with build_session(app.state.settings) as session:
        await session.start(agent)
        result = await session.run(user_input=ANSWER)
        reply = result.expect.next_event().is_message(role="assistant").event().item.text_content
        result.expect.no_more_events()
    async with app.state.db_sessions() as db:
        rows = list(await db.scalars(select(AIInterviewInteraction).where(AIInterviewInteraction.session_id == sid)
                                     .order_by(AIInterviewInteraction.turn_index)))
    assert [r.role for r in rows] == ["interviewer", "candidate", "interviewer"]
    assert rows[1].content == ANSWER and rows[1].channel == "voice"
    assert rows[1].analysis["word_count"] == len(ANSWER.split())  # analysed like a typed answer
    assert rows[1].client_message_id.startswith("voice-")
    assert reply.strip() == rows[2].content.strip()  # what was spoken is what was recorded
    assert agent.turn_llm.turns[-1]["question_number"] == rows[2].question_number


async def test_text_harness_runs_the_interview_to_its_end(app, client):
    user, sid, first_question = await start_interview(app, client, max_questions=1)
    agent = InterviewerAgent(app.state.interviews, user, sid, pending_question=first_question)
    async with build_session(app.state.settings) as session:
        await session.start(agent)
        result = await session.run(user_input=ANSWER)
        closing = result.expect.next_event().is_message(role="assistant").event().item.text_content
        assert agent.completed.is_set()
        late = await session.run(user_input="One more thing about that project.")
        ended = late.expect.next_event().is_message(role="assistant").event().item.text_content
    async with app.state.db_sessions() as db:
        session_row = await db.get(AIInterviewSession, sid)
    assert session_row.status == "completed" and closing
    assert "ended" in ended  # a completed interview takes no more answers, and says so
    token = (await client.post("/auth/login", json={"email": "ada@example.com", "password": "correct horse battery"})
             ).json()["token"]
    assessed = await client.post(f"/ai-interview/sessions/{sid}/assess", headers={"Authorization": f"Bearer {token}"})
    assert assessed.status_code == 200 and assessed.json()["overall_score"] is not None
