"""Application factory. The lifespan builds the shared resources once and closes them on shutdown."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from app import __version__
from app.api import (
    auth,
    coach,
    documents,
    health,
    interviews,
    practice,
    profile,
    realtime,
    results,
    schedules,
    uploads,
    users,
    voice,
)
from app.api.deps import unknown_id_before_invalid_body
from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_session_factory, session_scope, startup_lock
from app.core.heap import freeze_after_warm_up
from app.core.logging import configure_logging
from app.core.observability import export_langsmith_env, init_sentry
from app.middleware.body_limit import BodySizeLimitMiddleware
from app.middleware.errors import install_error_handlers
from app.middleware.head import HeadAsGetMiddleware
from app.middleware.rate_limit import RateLimitMiddleware, build_limiter
from app.middleware.request_context import RequestContextMiddleware
from app.services.accounts import auth as accounts
from app.services.accounts.mail import Mailer
from app.services.assessment.service import AssessmentService
from app.services.documents.model_extraction import ModelExtraction
from app.services.documents.service import DocumentService
from app.services.documents.worker import DocumentReader
from app.services.interview.graph import build_graph, open_checkpointer
from app.services.interview.nodes import InterviewNodes
from app.services.interview.service import InterviewService
from app.services.llm.gateway import build_gateway
from app.services.retrieval.embedder import turn_embedders, warm_up
from app.services.retrieval.indexing import DisabledIndexing, IndexingService
from app.services.retrieval.rag import RagService
from app.services.scheduling.poller import polling
from app.services.scheduling.service import ScheduleService
from app.services.storage import build_storage
from app.services.tools.research import CompanyResearch
from app.services.tools.speech import TurnSpeech
from app.services.uploads import UploadService
from app.tasks.queue import TaskQueue

logger = logging.getLogger(__name__)

# The practice page (a static reference client for this API) ships inside the package.
WEB_DIR = Path(__file__).resolve().parent / "web"

OPENAPI_TAGS = [
    {"name": "service", "description": "Service information and health checks"},
    {"name": "auth", "description": "Accounts, tokens, email verification and password reset"},
    {"name": "users", "description": "User administration"},
    {"name": "ai-interview", "description": "Profile, adaptive AI interviews, assessment and reports"},
    {"name": "documents", "description": "Resumes and job descriptions: parsed, stored and indexed"},
    {"name": "uploads", "description": "Presigned direct uploads"},
    {"name": "practice", "description": "One-question practice drills"},
    {"name": "coach", "description": "Ask the interview coach"},
]


async def _create_first_admin(app: FastAPI) -> None:
    settings: Settings = app.state.settings
    if settings.first_admin_email and settings.first_admin_password:
        async with session_scope(app.state.db_sessions) as db:
            await accounts.ensure_admin(db, settings.first_admin_email,
                                            settings.first_admin_password.get_secret_value())


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    engine = create_engine(settings)
    app.state.db_engine = engine
    app.state.db_sessions = create_session_factory(engine)
    app.state.mailer = Mailer(settings)
    app.state.readiness_probes = {}
    async with startup_lock(engine):
        await _create_first_admin(app)
    async with AsyncExitStack() as stack:
        gateway = getattr(app.state, "model_gateway", None) or build_gateway(settings)
        app.state.model_gateway = gateway
        storage = app.state.storage = build_storage(settings)
        rag = RagService(settings) if settings.rag_enabled else None
        app.state.embedder = rag.embedder if rag else None
        queue = app.state.task_queue = TaskQueue.from_settings(settings)
        indexing = (IndexingService(rag, app.state.db_sessions, queue,
                                    max_chunks_per_document=settings.index_max_chunks_per_document)
                    if rag else DisabledIndexing())
        app.state.indexing = indexing
        # In-process, the jobs use this process's own services; with a broker URL this only connects.
        await queue.start(indexing=indexing if rag else None, sessions=app.state.db_sessions)
        stack.push_async_callback(queue.close)
        stack.push_async_callback(indexing.close)
        # With a model, each upload gets one structured-extraction call in the background before it is indexed.
        extraction = (ModelExtraction(gateway, app.state.db_sessions, indexing)
                      if gateway is not None and settings.document_model_extraction else None)
        if extraction is not None:
            stack.push_async_callback(extraction.close)
        app.state.document_extraction = extraction
        reader = DocumentReader(settings)  # worker processes start on the first upload
        stack.push_async_callback(reader.aclose)
        app.state.documents = DocumentService(settings, storage, extraction or indexing, reader)
        app.state.uploads = UploadService(settings, storage)
        app.state.turn_speech = TurnSpeech(settings, storage)
        app.state.assessments = AssessmentService(weights=settings.score_weights, gateway=gateway,
                                                  embedder=app.state.embedder, indexing=indexing)
        if rag is not None:
            app.state.readiness_probes["vector_store"] = rag.probe
            # Embedding the bank takes a second or two: it is a background job; until it is done the interviewer
            # picks questions by tags alone.
            await indexing.schedule_bank()
            await indexing.resume_unfinished((extraction or indexing).schedule_document)
        async with startup_lock(engine):
            checkpointer = await stack.enter_async_context(open_checkpointer(settings))
        research = CompanyResearch(settings, storage)
        judge_embedder, key_point_checker = turn_embedders(settings)
        nodes = InterviewNodes(gateway, retriever=rag, researcher=research if research.configured else None,
                               embedder=judge_embedder, key_point_checker=key_point_checker)
        warm_ups = [threading.Thread(target=warm_up, args=(embedder,), name="embedder-warm-up", daemon=True)
                    for embedder in (judge_embedder, key_point_checker) if embedder is not None]
        for thread in warm_ups:
            # The first answer judged by meaning would otherwise wait for the sentence model to load: load it
            # now, beside start-up (a turn that arrives meanwhile waits on the embedder's lock, not twice).
            thread.start()
        if settings.freeze_heap_after_start_up:
            bank = [indexing.bank_jobs_finished] if rag is not None else []
            freezing = asyncio.create_task(freeze_after_warm_up(warm_ups, bank))
            stack.callback(freezing.cancel)
        app.state.interviews = InterviewService(build_graph(nodes, checkpointer), settings, app.state.db_sessions,
                                                providers=[p.name for p in gateway.providers] if gateway else [])
        schedules = app.state.schedules = ScheduleService(settings, app.state.interviews, app.state.mailer,
                                                          app.state.db_sessions)
        if not settings.task_broker_url:  # with task workers, their scheduler sends reminders (app/tasks/jobs.py)
            await stack.enter_async_context(polling(schedules.send_due_reminders, settings.reminder_poll_seconds))

        async def model_mode() -> dict[str, object]:
            # Still "ok" when a provider's circuit is open: the next provider or the offline interviewer answers.
            providers = gateway.health() if gateway else []
            degraded = any(p["state"] != "closed" for p in providers)
            return {"ok": True, "mode": ("degraded" if degraded else "llm") if gateway else "offline",
                    "providers": providers}

        app.state.readiness_probes["model"] = model_mode
        logger.info("Service started (environment=%s, database=%s, interviewer=%s)", settings.environment,
                    engine.dialect.name, "llm" if gateway else "offline")
        try:
            yield
        finally:
            await engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    init_sentry(settings)
    export_langsmith_env()

    # /docs and /redoc load Swagger UI and ReDoc from the installed fastapi-offline package, not from a CDN, so they
    # render on a machine without internet. No validator badge: it would call an outside service.
    app = FastAPIOffline(
        title=settings.app_name,
        version=__version__,
        description="Backend for AI mock interviews: adaptive interviews, assessment and feedback. "
                    "A practice page for trying it in the browser is served at /app.",
        openapi_tags=OPENAPI_TAGS,
        lifespan=lifespan,
        swagger_ui_parameters={"validatorUrl": None},
    )
    app.state.settings = settings
    app.state.limiter = build_limiter(settings)

    install_error_handlers(app)
    app.add_exception_handler(RequestValidationError, unknown_id_before_invalid_body)
    # Added innermost first: request context wraps everything, so 413s and 429s are logged with their id; CORS wraps
    # every refusal (413, 408, 429), or a browser app would see a network error instead of the status.
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(RateLimitMiddleware, limiter=app.state.limiter, exempt_paths=frozenset({"/health"}))
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_request_bytes,
                       body_timeout=settings.request_body_timeout_seconds)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-ID", "Retry-After"],
    )
    app.add_middleware(RequestContextMiddleware)

    for router in (health.router, auth.router, users.router, profile.router, interviews.router, results.router,
                   realtime.router, voice.router, documents.router, uploads.router, practice.router, coach.router,
                   schedules.router):
        app.include_router(router)
    app.mount("/app", StaticFiles(directory=WEB_DIR, html=True), name="practice-page")
    return app
