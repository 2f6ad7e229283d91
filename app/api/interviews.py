"""AI interviews (`/ai-interview/sessions`): start one, answer turn by turn (typed or spoken), read, complete."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi import Request, Response, status
from fastapi.sse import EventSourceResponse, format_sse_event

from app.api.deps import (
    CurrentPrincipal,
    CurrentUser,
    DbSession,
    IdempotencyKey,
    InterviewId,
    InterviewsDep,
    ModelLimit,
    OwnedInterview,
    SettingsDep,
    form_file,
    form_value,
    read_upload,
)
from app.api.openapi import responses
from app.api.routing import api_router
from app.middleware.errors import error_body
from app.schemas.interview import (
    CompleteOut,
    MessageIn,
    SessionCreate,
    SessionOut,
    SessionStartOut,
    SessionSummaryOut,
    TurnOut,
    VoiceTurnOut,
)
from app.services.interview.service import turn_reply

router = api_router(prefix="/ai-interview", tags=["ai-interview"])


@router.post("/sessions", status_code=status.HTTP_201_CREATED, response_model=SessionStartOut,
             dependencies=[ModelLimit], responses=responses(401, 404, 422, 429))
async def start_session(body: SessionCreate, user: CurrentUser, db: DbSession, interviews: InterviewsDep) -> dict:
    session, turn = await interviews.start(db, user, body)
    return {"session_id": session.id, "id": session.id, **turn_reply(session, turn)}


@router.get("/sessions", response_model=list[SessionSummaryOut], responses=responses(401))
async def list_sessions(user: CurrentUser, db: DbSession, interviews: InterviewsDep) -> list[dict]:
    """The user's interviews, newest first."""
    return [SessionSummaryOut.model_validate(s).model_dump() | {"total_questions": s.max_questions}
            for s in await interviews.list_for(db, user)]


@router.get("/sessions/{session_id}", response_model=SessionOut, responses=responses(401, 404))
async def get_session(session_id: InterviewId, user: CurrentUser, db: DbSession, interviews: InterviewsDep) -> dict:
    session = await interviews.get_owned(db, user, session_id, with_turns=True)
    return SessionOut.model_validate(session).model_dump() | {"total_questions": session.max_questions,
                                                               "traces": await interviews.traces(session)}


@router.post("/sessions/{session_id}/message", response_model=TurnOut, dependencies=[ModelLimit],
             responses=responses(401, 404, 409, 422, 429))
async def send_message(session_id: InterviewId, body: MessageIn, caller: CurrentPrincipal, db: DbSession,
                       interviews: InterviewsDep, idempotency_key: IdempotencyKey) -> dict:
    """The candidate's answer (or `control: "end"`); returns the interviewer's next turn. With an
    `Idempotency-Key`, a retry returns the turn already recorded and never records the answer twice."""
    session, turn = await interviews.message(db, caller, session_id, body, idempotency_key=idempotency_key)
    return turn_reply(session, turn)


_SSE_DOC = {200: {"description": "`event: token` `data: {\"text\"}` as the reply is produced, then `event: turn` "
                                 "with the /message body; `event: error` `data: {\"status\", \"detail\"}` if the "
                                 "turn fails after the stream started",
                  # One schema per event (the OpenAPI convention for event streams): its name and its JSON data.
                  "content": {"text/event-stream": {"schema": {
                      "type": "object", "required": ["event", "data"],
                      "properties": {"event": {"type": "string", "enum": ["token", "turn", "error"]},
                                     "data": {"type": "string", "contentMediaType": "application/json"}}}}}}}


@router.post("/sessions/{session_id}/message/stream", response_class=Response, dependencies=[ModelLimit],
             responses={**_SSE_DOC, **responses(401, 404, 409, 422, 429)})
async def stream_message(session_id: InterviewId, body: MessageIn, caller: CurrentPrincipal,
                         interviews: InterviewsDep, idempotency_key: IdempotencyKey) -> EventSourceResponse:
    """The same turn as `/message`, as Server-Sent Events. A client that disconnects mid-stream loses nothing: the
    turn is recorded once and a later GET shows it."""
    # The turn runs on its own database session (a request's would hold a pooled connection for the whole stream).
    # The stream starts once the answer is taken, so a refusal is a plain HTTP status, as /message gives (404 for
    # an unknown or foreign interview, 409 for an ended one or a message racing another); a turn that fails once
    # streaming is the stream's `error` event.
    events = interviews.message_events(caller, session_id, body, idempotency_key=idempotency_key,
                                       announce_acceptance=True)
    kind, value = await anext(events)
    if kind == "error":
        await events.aclose()
        raise value
    first = [] if kind == "accepted" else [(kind, value)]  # a retry already answered starts with its turn

    def encoded(kind: str, value: object) -> str:
        if kind == "error":
            value = error_body(value)  # type: ignore[arg-type]
        elif kind == "token":
            value = {"text": value}
        return format_sse_event(event=kind, data_str=json.dumps(value))

    async def encode() -> AsyncIterator[str]:
        for kind, value in first:
            yield encoded(kind, value)
        async for kind, value in events:
            yield encoded(kind, value)

    return EventSourceResponse(encode(), headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.post("/sessions/{session_id}/complete", response_model=CompleteOut, responses=responses(401, 404, 409))
async def complete_session(session: OwnedInterview, db: DbSession, interviews: InterviewsDep) -> CompleteOut:
    session = await interviews.complete(db, session)
    return CompleteOut(id=session.id, status=session.status, completed_at=session.completed_at,
                       duration_seconds=session.duration_seconds or 0)


@router.post("/sessions/{session_id}/audio", response_model=VoiceTurnOut, dependencies=[ModelLimit],
             responses=responses(401, 404, 409, 413, 422, 429, 503),
             openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["file"],
                 "properties": {"file": {"type": "string", "format": "binary"}}}}}}})
async def send_audio_answer(session_id: InterviewId, request: Request, user: CurrentUser, db: DbSession,
                            settings: SettingsDep, interviews: InterviewsDep,
                            idempotency_key: IdempotencyKey) -> dict:
    """A spoken answer (multipart `file`, WAV/MP3/WebM; optional `transcript` when the client transcribed it):
    transcribed with Cartesia, with word timings so speaking rate and pauses are measured, then handled like a
    typed message."""
    await interviews.get_owned(db, user, session_id)  # an unknown or foreign interview is 404 whatever was sent
    upload = await form_file(request)
    audio = await read_upload(upload, settings.max_upload_bytes)
    transcript = await form_value(request, "transcript")
    session, turn, heard = await interviews.spoken_answer(
        db, user, session_id, audio, filename=upload.filename or "answer.wav",
        transcript=transcript if isinstance(transcript, str) else None, idempotency_key=idempotency_key)
    return turn_reply(session, turn) | {"transcript": heard}
