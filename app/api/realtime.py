"""The interview over a WebSocket: the same turns as POST .../message, pushed as they happen.

Connect to `/ai-interview/sessions/{id}/ws?token=<access token>`. The server sends `{"type": "ready", ...}` with the
pending question, then for every `{"message": "...", "control"?: "end", "duration_seconds"?: n}` it receives:
`{"type": "received"}` at once (so a client can show the interviewer is thinking), then `{"type": "turn", ...}` with
the fields of the REST reply, or `{"type": "error", "status": 4xx, "detail": ...}`. The socket closes after the
closing turn. Close codes: 4401 bad token, 4404 unknown session.
"""

from __future__ import annotations

import json

from fastapi import APIRouter, WebSocket, WebSocketDisconnect
from pydantic import ValidationError

from app.api.deps import parse_id
from app.core.errors import DomainError, NotAuthenticatedError
from app.middleware.errors import status_of
from app.schemas.interview import MessageIn
from app.services.accounts import auth
from app.services.interview.service import turn_reply

router = APIRouter(tags=["ai-interview"])


@router.websocket("/ai-interview/sessions/{session_id}/ws")
async def interview_socket(websocket: WebSocket, session_id: str, token: str = "") -> None:
    state = websocket.app.state
    interviews = state.interviews
    async with state.db_sessions() as db:
        try:
            user, _ = await auth.user_from_access_token(db, state.settings, token)
            sid = parse_id(session_id, "Interview session")
            session = await interviews.get_owned(db, user, sid)
        except DomainError as exc:
            await websocket.close(code=4401 if isinstance(exc, NotAuthenticatedError) else 4404, reason=exc.detail)
            return
        pending = await interviews.pending_question(db, session)
        await websocket.accept()
        await websocket.send_json({"type": "ready", "session_id": sid, "status": session.status,
                                   "question_number": session.question_number,
                                   "total_questions": session.max_questions, "response": pending})
    try:
        while True:
            raw = await websocket.receive_text()
            try:
                body = MessageIn.model_validate(json.loads(raw))
            except (ValueError, ValidationError) as exc:
                detail = exc.errors(include_url=False, include_input=False, include_context=False) \
                    if isinstance(exc, ValidationError) else "Send JSON: {\"message\": \"...\"}"
                await websocket.send_json({"type": "error", "status": 422, "detail": detail})
                continue
            await websocket.send_json({"type": "received"})
            async with state.db_sessions() as db:
                try:
                    session, turn = await interviews.message(db, user, sid, body)
                except DomainError as exc:
                    await websocket.send_json({"type": "error", "status": status_of(exc), "detail": exc.detail})
                    continue
            await websocket.send_json({"type": "turn", **turn_reply(session, turn)})
            if session.status == "completed":
                await websocket.close(code=1000)
                return
    except WebSocketDisconnect:
        return
