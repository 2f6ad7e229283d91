"""The interview coach (`/ai/chat`)."""

from __future__ import annotations

from app.api.deps import CurrentUser, GatewayDep, ModelLimit
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.practice import ChatIn, ChatOut
from app.services import coach

router = api_router(prefix="/ai", tags=["coach"])


@router.post("/chat", response_model=ChatOut, dependencies=[ModelLimit], responses=responses(401, 413, 422, 429))
async def chat(body: ChatIn, user: CurrentUser, gateway: GatewayDep) -> ChatOut:
    """Ask the interview coach, e.g. "How do I use the STAR method?"."""
    result = await coach.answer(body.message, gateway)
    return ChatOut(reply=result.reply, mode=result.mode, sources=result.sources)
