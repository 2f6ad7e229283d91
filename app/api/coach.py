from __future__ import annotations

from fastapi import APIRouter, Request

from app.api.deps import CurrentUser, SettingsDep
from app.core.errors import PayloadTooLargeError, responses
from app.middleware.rate_limit import KeyedLimit
from app.schemas.practice import ChatIn, ChatOut
from app.services import coach_service

router = APIRouter(prefix="/ai", tags=["coach"])
MAX_CHAT_CHARS = 8000


@router.post("/chat", response_model=ChatOut, responses=responses(401, 413, 422, 429))
async def chat(body: ChatIn, user: CurrentUser, request: Request, settings: SettingsDep) -> ChatOut:
    """Ask the interview coach, e.g. "How do I use the STAR method?"."""
    if len(body.message) > MAX_CHAT_CHARS:
        raise PayloadTooLargeError(f"Message is longer than {MAX_CHAT_CHARS} characters")
    KeyedLimit("model", settings.rate_limit_model_per_client).enforce(request, str(user.id), "coach requests")
    result = await coach_service.answer(body.message, request.app.state.model_gateway)
    return ChatOut(reply=result.reply, mode=result.mode, sources=result.sources)
