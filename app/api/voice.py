"""Voice: access to the LiveKit room of a voice interview."""

from __future__ import annotations

from fastapi import APIRouter, Query

from app.api.deps import CurrentUser, SettingsDep
from app.api.openapi import responses
from app.schemas.interview import LiveKitTokenOut
from app.services.tools.livekit import livekit_token

router = APIRouter(prefix="/ai-interview", tags=["ai-interview"])


@router.post("/livekit/token", response_model=LiveKitTokenOut, responses=responses(401, 422, 503))
async def create_livekit_token(user: CurrentUser, settings: SettingsDep,
                               room_name: str = Query(min_length=1, max_length=128, pattern=r"^[\w.-]+$"),
                               participant_name: str | None = Query(default=None, max_length=128)) -> dict:
    """A token to join a LiveKit room for a voice interview; 503 when LiveKit is not configured."""
    return livekit_token(settings, room_name=room_name, identity=f"user-{user.id}",
                         name=participant_name or user.name)
