from __future__ import annotations

from fastapi import APIRouter, Query, Request, Response, status

from app.api.deps import CurrentUser, DbSession, SettingsDep, form_file, parse_id, read_upload
from app.core.errors import UnprocessableError, responses
from app.middleware.rate_limit import KeyedLimit
from app.models import AIInterviewSession, InterviewRating
from app.schemas.assessment import AssessmentOut, ProgressOut, RatingIn, RatingOut
from app.schemas.interview import (
    CompleteOut,
    LiveKitTokenOut,
    MessageIn,
    SessionCreate,
    SessionOut,
    SessionStartOut,
    SessionSummaryOut,
    TurnOut,
    VoiceTurnOut,
)
from app.schemas.profile import IndexOut, ProfileCreate, ProfileOut, ProfileUpdate
from app.services import assessment_service, profile_service, third_party_tools
from app.services.interview.service import InterviewService
from app.services.interview.state import Turn
from app.services.report import build_report

router = APIRouter(prefix="/ai-interview", tags=["ai-interview"])


def _engine(request: Request) -> InterviewService:
    return request.app.state.interviews


def _model_limit(request: Request, settings: SettingsDep, user_id: int) -> None:
    KeyedLimit("model", settings.rate_limit_model_per_client).enforce(request, str(user_id), "interview turns")


def _turn_out(session: AIInterviewSession, turn: Turn) -> dict:
    return {
        "response": turn["content"], "status": session.status, "question_number": turn.get("question_number", 0),
        "total_questions": session.max_questions, "is_follow_up": bool(turn.get("is_follow_up")),
        "is_complete": session.status == "completed", "phase": turn.get("phase"), "mode": turn.get("mode", "offline"),
        "provider": turn.get("provider"),
    }


def _summary(session: AIInterviewSession) -> dict:
    out = SessionSummaryOut.model_validate(session).model_dump()
    out["total_questions"] = session.max_questions
    return out


# --- profile ------------------------------------------------------------------------------------------------------

@router.post("/profile", status_code=status.HTTP_201_CREATED, response_model=ProfileOut,
             responses=responses(400, 401, 422))
async def create_profile(body: ProfileCreate, user: CurrentUser, db: DbSession, request: Request) -> ProfileOut:
    profile = await profile_service.create_profile(db, user, body)
    await db.commit()
    await request.app.state.indexing.schedule_profile(user.id)
    return ProfileOut.model_validate(profile)


@router.get("/profile", response_model=ProfileOut, responses=responses(401, 404))
async def read_profile(user: CurrentUser, db: DbSession) -> ProfileOut:
    return ProfileOut.model_validate(await profile_service.require_profile(db, user))


@router.put("/profile", response_model=ProfileOut, responses=responses(401, 404, 422))
async def update_profile(body: ProfileUpdate, user: CurrentUser, db: DbSession, request: Request) -> ProfileOut:
    profile = await profile_service.update_profile(db, user, body)
    await db.commit()
    await request.app.state.indexing.schedule_profile(user.id)
    return ProfileOut.model_validate(profile)


@router.post("/profile/index", response_model=IndexOut, responses=responses(401))
async def index_profile(user: CurrentUser, request: Request) -> IndexOut:
    """Re-index the user's profile, documents and past sessions for retrieval, now."""
    chunks = await request.app.state.indexing.reindex_user(user.id)
    return IndexOut(success=True, user_id=user.id, indexed_chunks=chunks)


# --- interviews ---------------------------------------------------------------------------------------------------

@router.post("/sessions", status_code=status.HTTP_201_CREATED, response_model=SessionStartOut,
             responses=responses(401, 404, 422, 429))
async def start_session(body: SessionCreate, user: CurrentUser, db: DbSession, request: Request,
                        settings: SettingsDep) -> dict:
    _model_limit(request, settings, user.id)
    session, turn = await _engine(request).start(db, user, body)
    return {"session_id": session.id, "id": session.id, **_turn_out(session, turn)}


@router.get("/sessions", response_model=list[SessionSummaryOut], responses=responses(401))
async def list_sessions(user: CurrentUser, db: DbSession, request: Request) -> list[dict]:
    return [_summary(s) for s in await _engine(request).list_for(db, user)]


@router.get("/sessions/{session_id}", response_model=SessionOut, responses=responses(401, 404))
async def get_session(session_id: str, user: CurrentUser, db: DbSession, request: Request) -> dict:
    session = await _engine(request).get_owned(db, user, parse_id(session_id, "Interview session"),
                                               with_turns=True)
    out = SessionOut.model_validate(session).model_dump()
    out["total_questions"] = session.max_questions
    return out


@router.post("/sessions/{session_id}/message", response_model=TurnOut, responses=responses(401, 404, 409, 422, 429))
async def send_message(session_id: str, body: MessageIn, user: CurrentUser, db: DbSession, request: Request,
                       settings: SettingsDep) -> dict:
    """The candidate's answer (or `control: "end"`); returns the interviewer's next turn."""
    sid = parse_id(session_id, "Interview session")
    _model_limit(request, settings, user.id)
    session, turn = await _engine(request).message(db, user, sid, body)
    return _turn_out(session, turn)


@router.post("/sessions/{session_id}/complete", response_model=CompleteOut, responses=responses(401, 404))
async def complete_session(session_id: str, user: CurrentUser, db: DbSession, request: Request) -> CompleteOut:
    session = await _engine(request).complete(db, user, parse_id(session_id, "Interview session"))
    return CompleteOut(id=session.id, status=session.status, completed_at=session.completed_at,
                       duration_seconds=session.duration_seconds or 0)


# --- assessment, report, progress, rating ------------------------------------------------------------------------

async def _assessment(request: Request, db, user, session_id: str) -> tuple[AIInterviewSession, dict]:  # noqa: ANN001
    sid = parse_id(session_id, "Interview session")
    engine = _engine(request)
    # Assessing an unfinished interview finishes it first.
    session = await engine.complete(db, user, sid, with_turns=True)
    state = request.app.state
    rag = getattr(state.indexing, "rag", None)
    result, fresh = await assessment_service.assess_session(
        db, session, weights=state.settings.score_weights, gateway=state.model_gateway,
        embedder=rag.embedder if rag else None)
    if fresh:
        await state.indexing.schedule_session_summary(session.id)  # the next interview can revisit weak areas
    return session, result


@router.post("/sessions/{session_id}/assess", response_model=AssessmentOut, responses=responses(401, 404, 422, 429))
async def assess_session(session_id: str, user: CurrentUser, db: DbSession, request: Request,
                         settings: SettingsDep) -> dict:
    """Scores on fourteen dimensions, evidence and feedback. Computed once and stored: repeated calls return the
    same result. An active interview is completed first."""
    _model_limit(request, settings, user.id)
    return (await _assessment(request, db, user, session_id))[1]


@router.get("/sessions/{session_id}/report.pdf", response_class=Response, responses={
    200: {"content": {"application/pdf": {}}, "description": "The PDF report"}, **responses(401, 404, 422)})
async def session_report(session_id: str, user: CurrentUser, db: DbSession, request: Request) -> Response:
    session, result = await _assessment(request, db, user, session_id)
    pdf = build_report(result=result, title=session.title, candidate=user.name, interview_type=session.interview_type,
                       role=session.role_context, company=session.company_context, created_at=session.created_at)
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="interview-{session.id}-report.pdf"'})


@router.get("/progress", response_model=ProgressOut, responses=responses(401))
async def progress(user: CurrentUser, db: DbSession) -> dict:
    """Per-dimension trends across the user's assessed interviews, and the weakest areas."""
    return await assessment_service.progress_for(db, user.id)


@router.post("/sessions/{session_id}/feedback", status_code=status.HTTP_201_CREATED, response_model=RatingOut,
             responses=responses(401, 404, 422))
async def rate_session(session_id: str, body: RatingIn, user: CurrentUser, db: DbSession,
                       request: Request) -> RatingOut:
    """The candidate's own rating of the interview (1-5) and comments."""
    session = await _engine(request).get_owned(db, user, parse_id(session_id, "Interview session"))
    rating = InterviewRating(session_id=session.id, user_id=user.id, rating=body.rating, comments=body.comments)
    db.add(rating)
    await db.commit()
    return RatingOut(id=rating.id, session_id=session.id, rating=rating.rating, comments=rating.comments,
                     created_at=rating.created_at)


# --- voice ------------------------------------------------------------------------------------------------------------

@router.post("/livekit/token", response_model=LiveKitTokenOut, responses=responses(401, 422, 503))
async def livekit_token(user: CurrentUser, settings: SettingsDep,
                        room_name: str = Query(min_length=1, max_length=128, pattern=r"^[\w.-]+$"),
                        participant_name: str | None = Query(default=None, max_length=128)) -> dict:
    """A token to join a LiveKit room for a voice interview; 503 when LiveKit is not configured."""
    return third_party_tools.livekit_token(settings, room_name=room_name, identity=f"user-{user.id}",
                                           name=participant_name or user.name)



@router.post("/sessions/{session_id}/audio", response_model=VoiceTurnOut,
             responses=responses(401, 404, 409, 413, 422, 429, 503),
             openapi_extra={"requestBody": {"content": {"multipart/form-data": {"schema": {
                 "type": "object", "required": ["file"],
                 "properties": {"file": {"type": "string", "format": "binary"}}}}}}})
async def send_audio_answer(session_id: str, request: Request, user: CurrentUser, db: DbSession,
                            settings: SettingsDep) -> dict:
    """A spoken answer (multipart `file`, WAV/MP3/WebM): transcribed with Cartesia, with word timings so speaking
    rate and pauses are measured, then handled like a typed message."""
    sid = parse_id(session_id, "Interview session")
    _model_limit(request, settings, user.id)
    await _engine(request).get_owned(db, user, sid)  # 404 before any paid transcription
    upload = await form_file(request)
    audio = await read_upload(upload, settings.max_upload_bytes)
    heard = await third_party_tools.transcribe_speech(settings, audio, filename=upload.filename or "answer.wav")
    text = (heard["text"] or "").strip()
    if not text:
        raise UnprocessableError("No speech was recognised in the audio")
    timings = heard["word_timings"] or None
    duration = heard["duration_seconds"] or (timings[-1][1] - timings[0][0] if timings else None)
    body = MessageIn(message=text[: settings.max_message_chars], duration_seconds=duration, word_timings=timings)
    session, turn = await _engine(request).message(db, user, sid, body)
    return {**_turn_out(session, turn), "transcript": text}
