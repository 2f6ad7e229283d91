"""Voice: the LiveKit room of a voice interview, and interviewer turns as speech.

The room of interview session 42 is `interview-42` (VOICE_ROOM_PREFIX + the session id): the voice interviewer
(`python -m app.voice`) joins it and runs that session. A token for such a room is only issued to the session's
owner; other room names are free-form (a practice room, a test call).
"""

from __future__ import annotations

from fastapi import Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from app.api.deps import CurrentUser, DbSession, InterviewId, InterviewsDep, SettingsDep, TurnSpeechDep, parse_id
from app.api.openapi import responses
from app.api.routing import api_router
from app.schemas.interview import LiveKitTokenOut
from app.services.tools.livekit import livekit_token, session_of_room

router = api_router(prefix="/ai-interview", tags=["ai-interview"])


@router.post("/livekit/token", response_model=LiveKitTokenOut, responses=responses(401, 404, 422, 503))
async def create_livekit_token(user: CurrentUser, settings: SettingsDep, db: DbSession, interviews: InterviewsDep,
                               room_name: str = Query(min_length=1, max_length=128, pattern=r"^[\w.-]+$"),
                               participant_name: str | None = Query(default=None, max_length=128)) -> dict:
    """A token to join a LiveKit room for a voice interview; 503 when LiveKit is not configured. The room
    `interview-<session id>` is the one the voice interviewer joins for that session: 404 unless it is yours."""
    session_id = session_of_room(settings, room_name)
    if session_id is not None:
        await interviews.get_owned(db, user, session_id)
    return livekit_token(settings, room_name=room_name, identity=f"user-{user.id}",
                         name=participant_name or user.name)


_AUDIO_DOC = {200: {"description": "The turn as audio, streamed while it is synthesized (cached afterwards)",
                    "content": {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}},
                                "audio/wav": {"schema": {"type": "string", "format": "binary"}}}}}


@router.get("/sessions/{session_id}/turns/{n}/speech", response_class=Response,
            responses={**_AUDIO_DOC, **responses(401, 404, 503)})
async def turn_speech(request: Request, session_id: InterviewId, user: CurrentUser, db: DbSession,
                      interviews: InterviewsDep, speech: TurnSpeechDep,
                      n: str = Path(description="1-based, over the interviewer's turns")) -> Response:
    """The interviewer's turn `n` spoken by Cartesia (voice, model and format from settings): streamed as it is
    synthesized, then cached, so asking again costs nothing. 404 for a turn that does not exist; 503 when
    text-to-speech is not configured."""
    number = parse_id(n, "Interviewer turn")
    text = await interviews.interviewer_turn(db, user, session_id, number)
    # HEAD gets GET's status and headers, without a synthesis paid for and thrown away.
    spoken = await speech.speak(session_id, number, text, synthesize=not request.scope.get("head_only"))
    headers = {"Cache-Control": "private, max-age=86400", "X-Speech-Cache": "hit" if spoken.cached else "miss"}
    if spoken.cached is not None:
        return Response(spoken.cached, media_type=spoken.media_type, headers=headers)
    if spoken.stream is None:
        return Response(media_type=spoken.media_type, headers=headers)
    return StreamingResponse(spoken.stream, media_type=spoken.media_type, headers=headers)
