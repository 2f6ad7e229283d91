"""The interview coach behind POST /ai/chat: answers from our written advice notes (app/data/coach), through the
model when one is configured (grounded by the same notes), offline otherwise."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from app.core.errors import TooLargeError
from app.services.assessment.metrics import content_terms
from app.services.llm.gateway import ModelGateway
from app.services.llm.prompts import coach_messages

logger = logging.getLogger(__name__)
NOTES_FILE = Path(__file__).resolve().parents[1] / "data" / "coach" / "advice.yaml"


@dataclass(frozen=True)
class Note:
    id: str
    title: str
    keywords: tuple[str, ...]
    body: str


@dataclass
class CoachReply:
    reply: str
    mode: str
    sources: list[str]


@lru_cache
def load_notes() -> tuple[Note, ...]:
    raw = yaml.safe_load(NOTES_FILE.read_text())
    return tuple(Note(n["id"], n["title"], tuple(k.lower() for k in n["keywords"]), n["body"].strip()) for n in raw)


def rank_notes(question: str, limit: int = 2) -> list[Note]:
    """Keyword phrases count most, then shared content words with the title and body."""
    text = question.lower()
    terms = content_terms(question)
    scored = []
    for note in load_notes():
        score = sum(3.0 + len(k.split()) for k in note.keywords if re.search(rf"\b{re.escape(k)}\b", text))
        score += 1.5 * len(terms & content_terms(note.title))
        score += 0.2 * len(terms & content_terms(note.body))
        if score > 0:
            scored.append((score, note))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [note for _, note in scored[:limit]]


FALLBACK = ("I can help with interview preparation: behavioral answers (the STAR method), system design and "
            "coding interviews, nerves, salary conversations, questions to ask, and more. Try asking, for example, "
            "\"How do I structure a system design answer?\"")


MAX_QUESTION_CHARS = 8000


async def answer(question: str, gateway: ModelGateway | None) -> CoachReply:
    if len(question) > MAX_QUESTION_CHARS:
        raise TooLargeError(f"Message is longer than {MAX_QUESTION_CHARS} characters")
    notes = rank_notes(question)
    if gateway is not None:
        try:
            provider, text = await gateway.chat().ainvoke(coach_messages(question, [n.body for n in notes]))
            return CoachReply(text, "llm", [n.id for n in notes])
        except Exception as exc:
            logger.warning("Coach model call failed (%s); answering from the notes", type(exc).__name__)
    if not notes:
        return CoachReply(FALLBACK, "offline", [])
    best = notes[0]
    return CoachReply(f"{best.title}\n\n{best.body}", "offline", [n.id for n in notes])
