"""Application factory. The lifespan builds the shared resources once and closes them on shutdown."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

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
    uploads,
    users,
    voice,
)
from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_session_factory, session_scope
from app.core.logging import configure_logging
from app.core.observability import export_langsmith_env, init_sentry
from app.middleware.body_limit import BodySizeLimitMiddleware
from app.middleware.errors import install_error_handlers
from app.middleware.rate_limit import RateLimitMiddleware, build_limiter
from app.middleware.request_context import RequestContextMiddleware
from app.services.accounts import auth as accounts
from app.services.accounts.mail import Mailer
from app.services.assessment.service import AssessmentService
from app.services.documents.service import DocumentService
from app.services.documents.worker import DocumentReader
from app.services.interview.graph import build_graph, open_checkpointer
from app.services.interview.nodes import InterviewNodes
from app.services.interview.service import InterviewService
from app.services.llm.gateway import build_gateway
from app.services.retrieval.indexing import DisabledIndexing, IndexingService
from app.services.retrieval.rag import RagService
from app.services.storage import build_storage
from app.services.uploads import UploadService

logger = logging.getLogger(__name__)

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
    await _create_first_admin(app)
    async with AsyncExitStack() as stack:
        gateway = getattr(app.state, "model_gateway", None) or build_gateway(settings)
        app.state.model_gateway = gateway
        storage = app.state.storage = build_storage(settings)
        rag = RagService(settings) if settings.rag_enabled else None
        app.state.embedder = rag.embedder if rag else None
        indexing = (IndexingService(rag, app.state.db_sessions,
                                    max_chunks_per_document=settings.index_max_chunks_per_document)
                    if rag else DisabledIndexing())
        app.state.indexing = indexing
        stack.push_async_callback(indexing.close)
        reader = DocumentReader(settings)  # worker processes start on the first upload
        stack.push_async_callback(reader.aclose)
        app.state.documents = DocumentService(settings, storage, indexing, reader)
        app.state.uploads = UploadService(settings, storage)
        app.state.assessments = AssessmentService(weights=settings.score_weights, gateway=gateway,
                                                  embedder=app.state.embedder, indexing=indexing)
        if rag is not None:
            app.state.readiness_probes["vector_store"] = rag.probe
            # Embedding the bank takes a second or two: do it in the background; until it is done the
            # interviewer picks questions by tags alone.
            await indexing.schedule_bank()
            await indexing.resume_unfinished()
        checkpointer = await stack.enter_async_context(open_checkpointer(settings))
        nodes = InterviewNodes(gateway, retriever=rag)
        app.state.interviews = InterviewService(build_graph(nodes, checkpointer), settings)

        async def model_mode() -> dict[str, object]:
            return {"ok": True, "mode": "llm" if gateway else "offline",
                    "providers": [p.name for p in gateway.providers] if gateway else []}

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

    app = FastAPI(
        title=settings.app_name,
        version=__version__,
        description="Backend for AI mock interviews: adaptive interviews, assessment and feedback.",
        openapi_tags=OPENAPI_TAGS,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.limiter = build_limiter(settings)

    install_error_handlers(app)
    # Added innermost first: request context wraps everything, so 413s and 429s are logged with their id.
    app.add_middleware(RateLimitMiddleware, limiter=app.state.limiter, exempt_paths=frozenset({"/health"}))
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["X-Request-ID", "Retry-After"],
    )
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_request_bytes,
                       body_timeout=settings.request_body_timeout_seconds)
    app.add_middleware(RequestContextMiddleware)

    for router in (health.router, auth.router, users.router, profile.router, interviews.router, results.router,
                   realtime.router, voice.router, documents.router, uploads.router, practice.router, coach.router):
        app.include_router(router)
    return app
