"""The interview over a WebSocket: the same turns as POST .../message, pushed as they happen.

Connect to `/ai-interview/sessions/{id}/ws`, with the access token as `?token=` or in a first frame
`{"type": "auth", "token": "..."}`. The server always accepts first, so browsers can read why it closes: 4401 for a
bad token, 4404 for an unknown or someone else's session.

Server frames: `ready` (the pending question), `received` (an answer was taken), `tentative` `{text}` (a short
acknowledgement when the reply to a spoken answer takes longer than TENTATIVE_AFTER_MS), `token` `{text}` (the
interviewer's words as they are produced), `turn` (the body of the REST reply), `error` `{status, detail}` (the
socket stays open). The socket closes (1000) after the closing turn, and (4401) when a turn finds the login logged
out since it opened. Spoken chunks past MAX_MESSAGE_CHARS are dropped with a 413 error.

A socket can outlive its access token: an answer sent after the token expired gets an `error` 401 (the socket stays
open and spoken chunks are kept); send `{"type": "auth", "token": "<fresh access token>"}` and resend. A re-auth frame
with a bad token, or another user's, closes the socket with 4401.

Client frames (JSON text):
- `{"message": "...", "control"?: "end", "duration_seconds"?: n, "client_message_id"?: "..."}`: a whole answer;
- `{"type": "chunk", "text": "..."}`: partial transcript while the candidate speaks (pieces are appended);
- `{"type": "final", "text"?: "...", "client_message_id"?: "..."}`: the candidate stopped: the answer is `text`,
  or the chunks so far when `text` is empty (or, with neither, the turn recorded for `client_message_id`).
A `client_message_id` works like the REST `Idempotency-Key`: a resent answer gets the recorded turn.
`{"type": "ping"}` gets `{"type": "pong"}`; a frame of any other unknown type gets an `error` 422 and is never taken
for an answer. Answers count towards the same per-user model limit as POST .../message (`error` 429 when it is spent).
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect
from pydantic import BaseModel, Field, ValidationError

from app.api.deps import DbSessionsDep, InterviewsDep, SettingsDep, parse_id
from app.api.routing import api_router
from app.core.errors import DomainError, NotAuthenticatedError
from app.middleware.errors import error_body
from app.middleware.rate_limit import KeyedLimit
from app.schemas.interview import MessageIn
from app.services.accounts import auth
from app.services.interview.offline import tentative_acknowledgement

router = api_router(tags=["ai-interview"])
AUTH_WAIT_SECONDS = 10
_ID = Field(default=None, min_length=1, max_length=100, pattern=r"^[\x21-\x7e]+$")


class SocketMessage(MessageIn):
    client_message_id: str | None = _ID


class SpeechFrame(BaseModel):
    type: str = Field(pattern="^(chunk|final)$")
    text: str = Field(default="", max_length=50000)
    client_message_id: str | None = _ID


async def _authenticate(websocket: WebSocket, sessions: Any, settings: Any, token: str) -> auth.Principal | None:
    """Who the socket speaks for, with the login their token belongs to: each turn checks that login is still open,
    so a logout ends the socket's turns as it ends the REST calls."""
    if not token:
        try:
            first = json.loads(await asyncio.wait_for(websocket.receive_text(), AUTH_WAIT_SECONDS))
            token = first.get("token", "") if isinstance(first, dict) and first.get("type") == "auth" else ""
        except (TimeoutError, ValueError, KeyError, RuntimeError, RecursionError, WebSocketDisconnect):
            token = ""  # no token in time, not JSON, or the client left: not authenticated
    return await _principal(sessions, settings, token)


async def _principal(sessions: Any, settings: Any, token: Any) -> auth.Principal | None:
    """The principal a token names, with its expiry, when the token is valid and its login open; else None."""
    if not isinstance(token, str) or not token:
        return None
    async with sessions() as db:
        try:
            user, login = await auth.user_from_access_token(db, settings, token)
        except NotAuthenticatedError:
            return None
    return auth.Principal(id=user.id, session_id=login, role=user.role,
                          expires_at=auth.principal_from_token(settings, token).expires_at)


@router.websocket("/ai-interview/sessions/{session_id}/ws")
async def interview_socket(websocket: WebSocket, session_id: str, settings: SettingsDep, interviews: InterviewsDep,
                           sessions: DbSessionsDep, token: str = "") -> None:
    await websocket.accept()
    try:
        await _serve(websocket, session_id, settings, interviews, sessions, token)
    except WebSocketDisconnect:  # the client left, at any point: nothing to answer, nothing lost
        return


async def _serve(websocket: WebSocket, session_id: str, settings: Any, interviews: Any, sessions: Any,
                 token: str) -> None:
    user = await _authenticate(websocket, sessions, settings, token)
    if user is None:
        await websocket.close(code=4401, reason="Not authenticated")
        return
    async with sessions() as db:
        try:
            session = await interviews.get_owned(db, user, parse_id(session_id, "Interview session"))
        except DomainError as exc:
            await websocket.close(code=4404, reason=exc.detail)
            return
        sid = session.id
        await websocket.send_json({"type": "ready", "session_id": sid, "status": session.status,
                                   "question_number": session.question_number,
                                   "total_questions": session.max_questions,
                                   "response": await interviews.pending_question(db, session)})
    limit = settings.max_message_chars * 4 + 1000
    model_calls = KeyedLimit("model", settings.rate_limit_model_per_client)
    spoken: list[str] = []
    while True:
        frame = await websocket.receive()
        if frame["type"] == "websocket.disconnect":
            return
        raw = frame.get("text")
        if raw is None:
            await websocket.send_json({"type": "error", "status": 422, "detail": "Send JSON text frames"})
            continue
        if len(raw) > limit:
            await websocket.send_json({"type": "error", "status": 413, "detail": "Frame too large"})
            continue
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            if data.get("type") in ("chunk", "final"):
                speech = SpeechFrame.model_validate(data)
                if speech.type == "chunk":
                    if speech.text.strip():
                        spoken.append(speech.text.strip())
                    if len(" ".join(spoken)) > settings.max_message_chars:  # no answer can be this long
                        spoken.clear()
                        await websocket.send_json({"type": "error", "status": 413,
                                                   "detail": "The spoken answer is too long; it was dropped"})
                    continue
                text = speech.text.strip() or " ".join(spoken)
                if not text and speech.client_message_id:  # a resend of a recorded answer by its id alone
                    async with sessions() as db:
                        recorded = await interviews.recorded_reply(db, user, sid, speech.client_message_id)
                    if recorded is not None:
                        await websocket.send_json({"type": "received"})
                        await websocket.send_json({"type": "turn", **recorded})
                        if recorded.get("is_complete"):
                            await websocket.close(code=1000)
                            return
                        continue
                body = SocketMessage(message=text, client_message_id=speech.client_message_id)
                channel = "voice"
            elif data.get("type") == "auth":  # a fresh token for a socket that outlives the first one
                fresh = await _principal(sessions, settings, data.get("token"))
                if fresh is None or fresh.id != user.id:
                    await websocket.close(code=4401, reason="Not authenticated")
                    return
                user = fresh
                continue
            elif data.get("type") == "ping":  # a client's keep-alive
                await websocket.send_json({"type": "pong"})
                continue
            elif "type" in data:  # a frame this server does not know is never taken for an answer
                await websocket.send_json({"type": "error", "status": 422, "detail": (
                    f"Unknown frame type {str(data['type'])[:40]!r}: send a message, chunk, final, auth or ping")})
                continue
            else:
                body = SocketMessage.model_validate(data)
                channel = "text"
        except ValidationError as exc:  # located as REST locates them: ["body", "message"]
            detail = [{**error, "loc": ["body", *error["loc"]]}
                      for error in exc.errors(include_url=False, include_input=False, include_context=False)]
            await websocket.send_json({"type": "error", "status": 422, "detail": json.loads(json.dumps(
                detail, default=str))})
            continue
        except (ValueError, RecursionError):  # not JSON, not an object, or nested past the parser
            await websocket.send_json({"type": "error", "status": 422,
                                       "detail": 'Send JSON: {"message": "..."} or {"type": "final", "text"}'})
            continue
        if time.time() >= user.expires_at:  # the token expired while the socket was open: ask for a fresh one
            await websocket.send_json({"type": "error", "status": 401, "detail":
                                       'The access token has expired: send {"type": "auth", "token": "..."} with a '
                                       "fresh one, then the answer again"})
            continue
        if not model_calls.hit(websocket, str(user.id)):  # the same per-user limit as POST .../message
            await websocket.send_json({"type": "error", "status": 429, "detail": (
                "Too many model requests; try again in "
                f"{model_calls.retry_after(websocket, str(user.id))} s (spoken chunks are kept)")})
            continue
        done, taken = await _take_turn(websocket, interviews, settings, user, sid, body, channel)
        if taken:
            spoken.clear()  # a refused answer keeps its chunks: a `final` sent again still has them
        if done:
            return


async def _take_turn(websocket: WebSocket, interviews: Any, settings: Any, user: auth.Principal, sid: int,
                     body: SocketMessage, channel: str) -> tuple[bool, bool]:
    """Run one turn, forwarding its events. Returns (the socket is done: the interview is complete or the login was
    closed, the answer was taken). The turn runs in its own task, so a socket that goes away mid-turn loses
    nothing."""
    events = interviews.message_events(user, sid, MessageIn.model_validate(body.model_dump(
        exclude={"client_message_id"})), idempotency_key=body.client_message_id, channel=channel,
        announce_acceptance=True)
    kind, value = await anext(events)
    if kind == "error":  # refused before it was taken (ended interview, a turn in progress, logged out, too long)
        return await _send_error(websocket, value), False
    # `received` once the answer is taken (its turn holds the lease, or a retry found it recorded): a client that
    # closes right after it still has its answer recorded.
    await websocket.send_json({"type": "received"})
    if kind == "accepted":
        following = asyncio.ensure_future(anext(events))
        if channel == "voice":
            done, _ = await asyncio.wait({following}, timeout=settings.tentative_after_ms / 1000)
            if not done:  # hide a slow reply behind a short acknowledgement fitted to what was said (no model call)
                await websocket.send_json({"type": "tentative", "text": tentative_acknowledgement(body.message)})
        kind, value = await following
    while True:
        if kind == "token":
            await websocket.send_json({"type": "token", "text": value})
        elif kind == "turn":
            await websocket.send_json({"type": "turn", **value})
            if value.get("is_complete"):
                await websocket.close(code=1000)
                return True, True
            return False, True
        else:
            return await _send_error(websocket, value), True
        kind, value = await anext(events)


async def _send_error(websocket: WebSocket, error: Exception) -> bool:
    """The error as a frame; True when it also ends the socket (the login was closed since it opened)."""
    await websocket.send_json({"type": "error", **error_body(error)})
    if isinstance(error, NotAuthenticatedError):
        await websocket.close(code=4401, reason=error.detail)
        return True
    return False
