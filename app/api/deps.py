"""Typed dependencies shared by the routers. Routes get everything they need from here (settings, a database
session, the current user, the services, an owned interview) and never reach into `app.state` themselves."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Header, Path, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import OAuth2PasswordBearer
from pydantic import ValidationError
from sqlalchemy import select, true
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.requests import HTTPConnection

from app.core.config import Settings
from app.core.errors import ForbiddenError, InvalidInputError, NotAuthenticatedError, NotFoundError, TooLargeError
from app.middleware.errors import validation_response
from app.middleware.rate_limit import KeyedLimit
from app.models import AIInterviewSession, InterviewSchedule, PracticeSession, User, row_id_in
from app.services.accounts import auth
from app.services.accounts.mail import Mailer
from app.services.assessment.service import AssessmentService
from app.services.documents.service import DocumentService
from app.services.interview.service import InterviewService
from app.services.llm.gateway import ModelGateway
from app.services.retrieval.embedder import Embedder
from app.services.retrieval.indexing import DisabledIndexing, IndexingService
from app.services.scheduling.service import ScheduleService
from app.services.storage import Storage
from app.services.tools.speech import TurnSpeech
from app.services.uploads import UploadService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login", auto_error=False)


# Dependencies that only compute are `async def`: FastAPI runs a plain `def` dependency in a worker thread, and on
# the turn path those hand-offs cost more than the work.
async def get_settings_dep(connection: HTTPConnection) -> Settings:
    return connection.app.state.settings


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.db_sessions() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
DbSession = Annotated[AsyncSession, Depends(get_db)]

# --- the shared services, built once by the app's lifespan


def _from_state(name: str):  # noqa: ANN202
    async def get(connection: HTTPConnection) -> object:  # HTTP requests and WebSockets alike
        return getattr(connection.app.state, name)

    get.__name__ = f"get_{name}"
    return get


DbSessionsDep = Annotated[async_sessionmaker[AsyncSession], Depends(_from_state("db_sessions"))]
InterviewsDep = Annotated[InterviewService, Depends(_from_state("interviews"))]
AssessmentsDep = Annotated[AssessmentService, Depends(_from_state("assessments"))]
DocumentsDep = Annotated[DocumentService, Depends(_from_state("documents"))]
IndexingDep = Annotated[IndexingService | DisabledIndexing, Depends(_from_state("indexing"))]
StorageDep = Annotated[Storage, Depends(_from_state("storage"))]
UploadsDep = Annotated[UploadService, Depends(_from_state("uploads"))]
MailerDep = Annotated[Mailer, Depends(_from_state("mailer"))]
GatewayDep = Annotated[ModelGateway | None, Depends(_from_state("model_gateway"))]
EmbedderDep = Annotated[Embedder | None, Depends(_from_state("embedder"))]
SchedulesDep = Annotated[ScheduleService, Depends(_from_state("schedules"))]
TurnSpeechDep = Annotated[TurnSpeech, Depends(_from_state("turn_speech"))]

# --- who is calling


async def get_current_login(
    request: Request, db: DbSession, settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> tuple[User, str]:
    if not token:
        raise NotAuthenticatedError("Not authenticated")
    user, session_id = await auth.user_from_access_token(db, settings, token)
    request.state.user_id = user.id
    return user, session_id


async def get_principal(settings: SettingsDep, token: Annotated[str | None, Depends(oauth2_scheme)]
                        ) -> auth.Principal:
    """The caller as named by the token, without a database lookup. Only for routes whose service checks that the
    login is still open inside its own statement (the interview turn's lease does): a revoked token still gets 401
    there, without a separate query on the hottest path."""
    if not token:
        raise NotAuthenticatedError("Not authenticated")
    return auth.principal_from_token(settings, token)


async def get_current_user(login: Annotated[tuple[User, str], Depends(get_current_login)]) -> User:
    return login[0]


async def get_admin_user(user: Annotated[User, Depends(get_current_user)]) -> User:
    if user.role != "admin":
        raise ForbiddenError("Administrator role required")
    return user


CurrentLogin = Annotated[tuple[User, str], Depends(get_current_login)]
CurrentPrincipal = Annotated[auth.Principal, Depends(get_principal)]
CurrentUser = Annotated[User, Depends(get_current_user)]
AdminUser = Annotated[User, Depends(get_admin_user)]

# --- ids in paths


def parse_id(raw: str, what: str) -> int:
    """Path ids are parsed by hand so a malformed id is a 404 like any other unknown id (never a 422)."""
    if (row_id := row_id_in(raw)) is None:
        raise NotFoundError(what)
    return row_id


async def interview_id(session_id: Annotated[str, Path(description="Interview session id")],
                       caller: CurrentPrincipal) -> int:
    """The path's interview id. Asks for the caller first, so a request without a valid token is 401 whatever its id."""
    return parse_id(session_id, "Interview session")


InterviewId = Annotated[int, Depends(interview_id)]

# A client's key for one answer: a retry with the same key gets the turn already recorded, never a second answer.
async def _one_idempotency_key(
    request: Request,
    key: Annotated[str | None, Header(alias="Idempotency-Key", min_length=1, max_length=100, pattern=r"^[\x21-\x7e]+$",
                                      description="Retries with the same key return the recorded turn")] = None,
) -> str | None:
    # Two keys on one request: whichever were used, a retry under the other would record the answer twice.
    if len(request.headers.getlist("idempotency-key")) > 1:
        raise RequestValidationError([{"type": "too_many", "loc": ("header", "Idempotency-Key"),
                                       "msg": "Send one Idempotency-Key header", "input": None}])
    return key


IdempotencyKey = Annotated[str | None, Depends(_one_idempotency_key)]


async def owned_interview(session_id: InterviewId, user: CurrentUser, db: DbSession,
                          interviews: InterviewsDep) -> AIInterviewSession:
    """The caller's interview session; 404 for an unknown id or someone else's."""
    return await interviews.get_owned(db, user, session_id)


OwnedInterview = Annotated[AIInterviewSession, Depends(owned_interview)]

# --- limits on routes that may call a model


def model_limit(request: Request, caller: CurrentPrincipal, settings: SettingsDep) -> None:
    """Per-user limit on routes that may call a model (interview turns, assessment, the coach). FastAPI validates the
    body after the dependencies have run, so a request then refused as invalid is given back its count (below)."""
    KeyedLimit("model", settings.rate_limit_model_per_client).enforce(request, str(caller.id), "model requests")
    request.state.model_limit_counted = str(caller.id)


def _refund_model_limit(request: Request) -> None:
    counted = getattr(request.state, "model_limit_counted", None)
    if counted is not None:
        settings: Settings = request.app.state.settings
        KeyedLimit("model", settings.rate_limit_model_per_client).refund(request, counted)
        request.state.model_limit_counted = None


ModelLimit = Depends(model_limit)

# --- request bodies parsed by hand


def invalid_body(exc: ValidationError, renamed: dict[str, str] | None = None) -> RequestValidationError:
    """A 422 like FastAPI's own for a body we parse by hand: each `loc` starts with "body" (invalid JSON is
    `["body"]`), fields named as the client sent them (`renamed`: model field -> sent name), and the raw input is
    not echoed (it may be binary)."""
    renamed = renamed or {}
    errors = []
    for error in exc.errors(include_url=False, include_context=False, include_input=False):
        loc = tuple(renamed.get(str(part), part) for part in error["loc"])
        errors.append({**error, "loc": loc if loc[:1] == ("body",) else ("body", *loc)})
    return RequestValidationError(errors)


async def read_upload(upload: UploadFile, limit: int) -> bytes:
    """Read at most `limit` bytes; one byte more means the file is too large (413) and the rest is not read."""
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"File is larger than the {limit // (1024 * 1024)} MB limit")
    if not data:
        raise InvalidInputError("The uploaded file is empty")
    return data


async def form_value(request: Request, name: str) -> str | UploadFile | None:
    """One field of a multipart or urlencoded form. Sent twice, which one was meant is anyone's guess (taking the
    last would lose the first silently): 422."""
    form = await request.form()
    if len(form.getlist(name)) > 1:
        raise RequestValidationError([{"type": "too_many", "loc": ("body", name),
                                       "msg": f"Send one {name} per request", "input": None}])
    return form.get(name)


async def form_file(request: Request) -> UploadFile:
    upload = await form_value(request, "file")
    if not isinstance(upload, UploadFile) and not hasattr(upload, "read"):
        raise RequestValidationError([{"type": "missing", "loc": ("body", "file"), "msg": "Field required",
                                       "input": None}])
    return upload  # type: ignore[return-value]


# --- an unknown id before an invalid body

# path parameter -> (model, its not-found wording, what else makes a row exist for the client: a cancelled schedule
# is gone)
_OWNED_BY_ID = {"session_id": (AIInterviewSession, "Interview session", true()),
                "schedule_id": (InterviewSchedule, "Interview schedule", InterviewSchedule.cancelled_at.is_(None)),
                "drill_id": (PracticeSession, "Practice session", true())}


async def unknown_id_before_invalid_body(request: Request, exc: RequestValidationError) -> Response:
    """A request naming an interview, schedule or drill that does not exist or is someone else's is a 404 whatever
    its body holds: FastAPI validates the body before the route's service checks ownership, and the contract says
    such an id is never a 422. The ownership query runs only here, on the way out of a refused request, so valid
    turns pay nothing for it."""
    _refund_model_limit(request)  # a refused body used no model: it does not count towards the per-user limit
    found = [(*owned, request.path_params[name]) for name, owned in _OWNED_BY_ID.items()
             if name in request.path_params]
    if found and (token := await oauth2_scheme(request)):
        model, what, visible, raw = found[0]
        try:
            principal = auth.principal_from_token(request.app.state.settings, token)
        except NotAuthenticatedError:
            return validation_response(exc)
        row_id = row_id_in(str(raw))
        async with request.app.state.db_sessions() as db:
            # Routes on the turn path name the caller by the token alone and check the login in their own statement,
            # which a refused body never reaches: a logged-out token is 401 here as it is there.
            if not await db.scalar(select(auth.login_is_open(principal.session_id, principal.id))):
                return JSONResponse({"detail": "Token revoked"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
            owned = row_id is not None and await db.scalar(
                select(model.id).where(model.id == row_id, model.user_id == principal.id, visible))
        if not owned:
            return JSONResponse({"detail": NotFoundError(what).detail}, status_code=404)
    return validation_response(exc)

