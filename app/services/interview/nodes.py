"""The graph's nodes. Only ask_question may call a model, so an answer costs at most one model call.

When the caller streams (`configurable.stream_tokens`), ask_question writes the interviewer's words to the graph's
custom stream as they are produced: model tokens, or the offline interviewer's text in small pieces.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from datetime import UTC, datetime
from typing import Any, Protocol

from langchain_core.runnables import RunnableConfig
from langgraph.config import get_stream_writer
from langgraph.types import interrupt

from app.services.assessment.analysis import analyze_answer, star_fields
from app.services.assessment.key_points import SentenceEmbedder, judge_for
from app.services.assessment.star import detect_star
from app.services.interview import offline, policy
from app.services.interview.plan import build_plan, phase_layout
from app.services.interview.state import InterviewState, Turn
from app.services.llm.gateway import STREAM_BREAK, AllProvidersFailed, ModelGateway
from app.services.llm.prompts import interviewer_messages

logger = logging.getLogger(__name__)
_PIECES = re.compile(r"\S+\s*")


class ContextRetriever(Protocol):
    """Retrieval for prepare_context (implemented by retrieval.rag.RagService): returns context keys to merge."""

    async def interview_context(self, user_id: int, state: InterviewState,
                                categories: list[str]) -> dict[str, Any]: ...


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _last_interviewer(state: InterviewState) -> Turn | None:
    return next((t for t in reversed(state.get("transcript") or []) if t["role"] == "interviewer"), None)


def _token_writer(config: RunnableConfig | None):  # noqa: ANN202
    """A function that streams a piece of interviewer text to the caller, or None when nobody is streaming."""
    if not (config or {}).get("configurable", {}).get("stream_tokens"):
        return None
    write = get_stream_writer()
    return lambda text: write({"token": text})


class CompanyResearcher(Protocol):
    """Company research for prepare_context (implemented by tools.research.CompanyResearch): a cited summary or
    None; never raises."""

    async def research(self, company: str, role: str) -> dict[str, Any] | None: ...


class InterviewNodes:
    def __init__(self, gateway: ModelGateway | None, retriever: ContextRetriever | None = None,
                 researcher: CompanyResearcher | None = None, embedder: SentenceEmbedder | None = None,
                 key_point_checker: SentenceEmbedder | None = None) -> None:
        self.gateway = gateway
        self.retriever = retriever
        self.researcher = researcher
        # With an embedder, answers are judged by meaning where the follow-up decision rests on it; without one, by
        # the cue measures and key terms.
        self.key_points = judge_for(embedder) if embedder is not None else None
        # Static vectors miss many paraphrases of a key point: a finer sentence model (MiniLM) checks a shortfall
        # they find before the interviewer asks for points the candidate may have made in other words.
        self.key_point_checker = judge_for(key_point_checker) if key_point_checker is not None else None

    async def _research(self, state: InterviewState) -> dict[str, Any] | None:
        config = state["config"]
        if self.researcher is None or not config.get("company"):
            return None
        return await self.researcher.research(config["company"], config.get("role") or "")

    async def prepare_context(self, state: InterviewState) -> dict[str, Any]:
        context = dict(state.get("context") or {})
        research = asyncio.ensure_future(self._research(state))  # runs while retrieval does
        if self.retriever is not None:
            try:
                # Only the bank categories this interview's plan will ask.
                categories = [c for c in phase_layout(state["config"]) if c != "opening"]
                found = await self.retriever.interview_context(context.get("user_id", 0), state, categories)
                # Weak areas read from this user's stored assessments come first; retrieval's add to them.
                weak = list(context.get("past_weak_areas") or [])
                context.update(found)
                context["past_weak_areas"] = weak + [w for w in found.get("past_weak_areas") or [] if w not in weak]
            except Exception:  # retrieval improves the plan; without it the tag-based plan still works
                logger.exception("Retrieval for the interview context failed; planning from tags only")
        if found := await research:
            context["company_research"] = found
        plan = build_plan(state["config"], context)  # type: ignore[arg-type]
        return {"context": context, "plan": plan, "current": 0, "follow_ups": 0, "status": "active",
                "ended_early": False, "next_action": "next", "follow_up_reason": None}

    async def ask_question(self, state: InterviewState, config: RunnableConfig) -> dict[str, Any]:
        plan, index = state["plan"], state["current"]
        question = plan[index]
        transcript = state.get("transcript") or []
        first_turn = not state.get("turn_count")
        is_follow_up = state.get("next_action") == "follow_up"
        rng = random.Random(state["config"].get("seed", 0) * 1000 + (state.get("turn_count") or 0))
        previous = _last_interviewer(state)
        write = _token_writer(config)
        greeting = f"{offline.greeting(state)}\n\n" if first_turn else ""
        if write and greeting:
            write(greeting)
        text: str | None = None
        cut_short = ""  # a model's words already shown when it stopped mid-reply
        mode, provider = "offline", None

        if self.gateway is not None:
            messages = interviewer_messages(
                state, question=question, follow_up_reason=state.get("follow_up_reason") if is_follow_up else None,
                follow_up_hint=state.get("follow_up_brief") if is_follow_up else None,
                question_number=index + 1, total=len(plan),
            )
            try:
                # Plain text: nothing in a question needs parsing, and it works with any OpenAI-compatible server
                # (tool calling is not universal) at half the client-side cost of structured output.
                provider, text = await self.gateway.reply(messages, on_token=write)
                text = text.strip().strip('"').strip()
                mode = "llm"
            except AllProvidersFailed as exc:  # this turn comes from the offline interviewer
                logger.warning("No model provider answered (%s); offline interviewer takes this turn", exc)
                if write and exc.shown:  # a model stopped mid-reply: the offline words continue what was shown
                    write(STREAM_BREAK)
                    cut_short = exc.shown + STREAM_BREAK

        if text is None:
            parts: list[str] = []
            if transcript and not is_follow_up:
                parts.append(offline.acknowledgement(rng))
            if is_follow_up:
                reason = state["follow_up_reason"] or "too_short"
                asked = state.get("asked_follow_ups") or []
                nth = sum(1 for k in asked if k.split("@", 1)[0] == reason) - 1  # this one is already recorded
                parts.append(offline.follow_up_text(reason, state.get("follow_up_detail"), max(nth, 0),
                                                    state["config"].get("seed", 0)))
            else:
                bridge = offline.transition(previous.get("phase") if previous else None, question["phase"])
                if bridge:
                    parts.append(bridge)
                parts.append(question["text"])
            text = " ".join(parts)
            if write:
                for piece in _PIECES.findall(text):
                    write(piece)

        reason = f"follow_up:{state.get('follow_up_reason')}" if is_follow_up else question.get("reason", "bank")
        turn = Turn(role="interviewer", content=greeting + cut_short + text, question_number=index + 1,
                    is_follow_up=is_follow_up, phase=question["phase"], category=question["category"],
                    question_ref=question.get("ref"), reason=reason, key_points=list(question.get("key_points") or []),
                    mode=mode, provider=provider, created_at=_now())
        return {"transcript": [turn], "turn_count": 1}

    async def analyze_response(self, state: InterviewState) -> dict[str, Any]:
        last = _last_interviewer(state) or {}
        # Pauses the thread here until POST .../message resumes it with Command(resume={"text": ..., ...}).
        # Nothing runs before this line, so re-running the node on resume repeats no work.
        answer = interrupt({"question": last.get("content"), "question_number": last.get("question_number")})
        if isinstance(answer, str):
            answer = {"text": answer}
        text = str(answer.get("text", "")).strip()
        question = state["plan"][state["current"]]
        base = Turn(role="candidate", content=text, question_number=last.get("question_number", 0),
                    is_follow_up=bool(last.get("is_follow_up")), phase=question["phase"],
                    category=question["category"], question_ref=question.get("ref"),
                    answer_duration_seconds=answer.get("duration_seconds"),
                    client_message_id=answer.get("client_message_id"), channel=answer.get("channel") or "text",
                    created_at=_now())

        if answer.get("control") == "end" or policy.wants_to_end(text):
            base["analysis"] = {"control": "end"}
            return {"transcript": [base], "turn_count": 1, "next_action": "end", "ended_early": True}

        declined = policy.declines(text)
        # The whole thread of this question: earlier answers to it (main and follow-ups), then this one.
        number = last.get("question_number", 0)
        thread = [t["content"] for t in state.get("transcript") or []
                  if t["role"] == "candidate" and t.get("question_number") == number] + [text]
        category = question["category"]
        key_points = question.get("key_points") or ()
        max_follow_ups = state["config"].get("max_follow_ups", 2)
        asked = list(state.get("asked_follow_ups") or [])
        analysis = analyze_answer(
            last.get("content", question["text"]), text, category=category, key_points=key_points,
            duration_seconds=answer.get("duration_seconds"), word_timings=answer.get("word_timings"),
            declined=declined)
        analysis["off_script"] = policy.off_script(text)
        analysis["judged_by"] = "cues"
        # Sentence vectors cost about ten milliseconds of CPU a sentence here, so a turn judges by meaning only when
        # that could change what it does next (a story's outcome told as a consequence, key points said in other
        # words); the assessment judges every answer by meaning. Vectors are cached by sentence, and computed in a
        # worker thread.
        if self.key_points is not None and not declined and policy.meaning_could_decide(
                question, analysis, state.get("follow_ups", 0), max_follow_ups, thread=thread, asked=asked,
                reason_limits=offline.REASON_LIMITS):
            try:
                analysis.update(await asyncio.to_thread(self._judge_by_meaning, text, category, thread, key_points))
                analysis["judged_by"] = "meaning"
            except Exception:
                logger.exception("Judging by meaning failed; the cue measures stand")
        if answer.get("audio"):
            analysis["audio"] = answer["audio"]  # measured from the recording itself
        reason, detail = policy.decide_follow_up(question, analysis, state.get("follow_ups", 0), max_follow_ups,
                                                 thread=thread, asked=asked, reason_limits=offline.REASON_LIMITS)
        analysis["follow_up_reason"] = reason
        if reason:
            analysis["follow_up_detail"] = detail
        base["analysis"] = analysis
        update: dict[str, Any] = {"transcript": [base], "turn_count": 1,
                                   "answered": 0 if last.get("is_follow_up") else 1}
        if reason:
            update.update(next_action="follow_up", follow_up_reason=reason, follow_up_detail=detail,
                          follow_up_brief=policy.gap_brief(
                              reason, detail, thread, bool(((analysis.get("star") or {}).get("result") or {})
                                                           .get("present"))),
                          asked_follow_ups=[*asked, policy.follow_up_key(question, reason, detail)],
                          follow_ups=state.get("follow_ups", 0) + 1)
        else:
            update.update(next_action="next", follow_up_reason=None, follow_up_detail=None, follow_up_brief=None,
                          follow_ups=0, current=state["current"] + 1)
        return update

    def _judge_by_meaning(self, answer: str, category: str, thread: list[str], key_points: Any) -> dict[str, Any]:
        """STAR parts of the answer and key-point coverage of the whole thread (a point made in a follow-up answer
        counts), judged with sentence vectors."""
        assert self.key_points is not None
        judged: dict[str, Any] = {}
        if category in policy.READS_STAR:
            judged["star"] = star_fields(detect_star(answer, category, embed=self.key_points.vectors,
                                                          model=self.key_points.model))
        if key_points and category in policy.READS_KEY_POINTS:
            said = " ".join(thread)
            coverage, reach = self.key_points.coverage_and_reach(said, key_points)
            # The finer model checks only when the points it could still find would lift the answer over the bar.
            best_case = {"key_point_coverage": (len(coverage["matched_key_points"]) + len(reach)) / len(key_points)}
            if (self.key_point_checker is not None and policy.short_of_key_points(category, coverage)
                    and not policy.short_of_key_points(category, best_case)):
                coverage = self.key_point_checker.coverage(said, key_points)
            judged.update(coverage)
        return judged

    async def check_completion(self, state: InterviewState) -> dict[str, Any]:
        done = state.get("next_action") == "end" or state["current"] >= len(state["plan"])
        return {"status": "completed" if done else "active"}

    @staticmethod
    def route_after_check(state: InterviewState) -> str:
        return "generate_feedback" if state.get("status") == "completed" else "ask_question"

    async def generate_feedback(self, state: InterviewState, config: RunnableConfig) -> dict[str, Any]:
        last = _last_interviewer(state) or {}
        text = offline.closing_message(state, state.get("answered") or 0)
        write = _token_writer(config)
        if write:
            for piece in _PIECES.findall(text):
                write(piece)
        closing = Turn(role="interviewer", content=text, question_number=last.get("question_number", 0),
                       is_follow_up=False, phase="closing", category="closing", question_ref=None, reason="closing",
                       mode="offline", provider=None, created_at=_now())
        return {"transcript": [closing], "turn_count": 1, "status": "completed"}
