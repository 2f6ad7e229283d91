"""Command-line tools.

    python -m app.cli create-admin --email you@example.com      # prompts for the password
    python -m app.cli interview                                 # an interview in the terminal, against the API
    python -m app.cli interview --in-process                    # ... or with the service inside this process

The terminal interview is a client of the public REST API, like the practice page at /app: it signs in (creating
the account on first use), starts an interview, prints each interviewer turn, reads each answer from stdin (one
line; `/end` or end of input finishes early), then prints the assessment and saves the PDF report.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import textwrap
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

import httpx

from app.core.config import Settings, get_settings
from app.core.db import create_engine, create_session_factory, session_scope
from app.services.accounts import auth as accounts

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = "http://127.0.0.1:8000"
GROUPS = [("communication", "Communication"), ("content", "Content"), ("behavioral", "Behavioral"),
          ("non_verbal", "Non-verbal")]
END_COMMANDS = {"/end", "/quit", "/stop"}


# --- create-admin ---------------------------------------------------------------------------------------------------

async def _create_admin(email: str, password: str, name: str) -> None:
    engine = create_engine(get_settings())
    try:
        async with session_scope(create_session_factory(engine)) as db:
            user = await accounts.ensure_admin(db, email, password, name)
            print(f"Admin ready: {user.email} (id {user.id})")
    finally:
        await engine.dispose()


# --- interview --------------------------------------------------------------------------------------------------------

class ApiFailure(Exception):
    """The API refused a request; the message is what to tell the user."""


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    if isinstance(detail, list):  # FastAPI validation errors
        detail = "; ".join(f"{'.'.join(str(p) for p in d.get('loc', [])[1:])}: {d.get('msg')}" for d in detail)
    return f"{response.status_code} {detail or response.reason_phrase}"


def _check(response: httpx.Response, what: str) -> Any:
    if response.is_error:
        raise ApiFailure(f"{what} failed: {_detail(response)}")
    return response.json() if "json" in response.headers.get("content-type", "") else response.content


class TerminalInterview:
    """One interview over the REST API, printing to `out` and reading answers with `read_line`."""

    def __init__(self, client: httpx.AsyncClient, args: argparse.Namespace, *, out: TextIO,
                 read_line: Callable[[], Awaitable[str]], echo: bool = False) -> None:
        self.client, self.args, self.out, self.read_line = client, args, out, read_line
        self.echo = echo  # answers piped in are printed, so the output reads as a transcript
        self.headers: dict[str, str] = {}

    def say(self, text: str = "", indent: str = "", hanging: str | None = None) -> None:
        for paragraph in text.split("\n") or [""]:
            print(textwrap.fill(paragraph, width=100, initial_indent=indent, subsequent_indent=hanging or indent,
                                break_long_words=False, break_on_hyphens=False) if paragraph else "", file=self.out)
        self.out.flush()

    async def sign_in(self) -> dict[str, Any]:
        a = self.args
        r = await self.client.post("/auth/register", json={"email": a.email, "password": a.password, "name": a.name})
        if r.status_code == 400:  # already registered: sign in instead
            r = await self.client.post("/auth/login", json={"email": a.email, "password": a.password})
        body = _check(r, "Signing in")
        self.headers = {"Authorization": f"Bearer {body['token']}"}
        return body["user"]

    async def prepare(self) -> int | None:
        """Save the target job when given, upload the resume when given; returns the resume's id."""
        a = self.args
        profile = {k: v for k, v in {"target_role": a.role, "target_companies": [a.company] if a.company else None,
                                      "years_of_experience": a.years}.items() if v is not None}
        if profile:
            r = await self.client.post("/ai-interview/profile", json=profile, headers=self.headers)
            if r.status_code == 400:  # a profile exists: update it
                r = await self.client.put("/ai-interview/profile", json=profile, headers=self.headers)
            _check(r, "Saving the profile")
        if not a.resume:
            return None
        path = Path(a.resume)
        with path.open("rb") as f:
            doc = _check(await self.client.post("/documents/resume", files={"file": (path.name, f)},
                                                headers=self.headers), f"Uploading {path.name}")
        parsed = doc.get("parsed") or {}
        self.say(f"Resume {path.name}: {_count(parsed.get('skills'), 'skill')} and "
                 f"{_count(parsed.get('employers'), 'employer')} found.")
        return doc["id"]

    def show_turn(self, turn: dict[str, Any]) -> None:
        if turn.get("is_complete"):
            label = "closing"
        else:
            label = f"question {turn['question_number']}/{turn['total_questions']}"
            if turn.get("is_follow_up"):
                label += ", follow-up"
        self.say()
        self.say(f"Interviewer ({label}):")
        self.say(turn["response"], indent="  ")

    async def answer(self) -> dict[str, Any] | None:
        """The next answer as a /message body, or None at end of input."""
        while True:
            print("> ", end="", file=self.out, flush=True)
            line = await self.read_line()
            if line == "":  # end of input
                print(file=self.out)
                return None
            text = line.strip()
            if self.echo:
                print(text, file=self.out)
            if text.lower() in END_COMMANDS:
                return None
            if text:
                return {"message": text}

    async def run(self) -> int:
        a = self.args
        user = await self.sign_in()
        resume_id = await self.prepare()
        body = {"title": f"Terminal {a.type.replace('_', ' ')} interview", "interview_type": a.type,
                "difficulty_level": a.difficulty, "max_questions": a.questions}
        if a.role:
            body["role_context"] = a.role
        if a.company:
            body["company_context"] = a.company
        if resume_id:
            body["resume_id"] = resume_id
        turn = _check(await self.client.post("/ai-interview/sessions", json=body, headers=self.headers),
                      "Starting the interview")
        session_id = turn["id"]
        mode = "offline interviewer" if turn.get("mode") == "offline" else f"model {turn.get('provider')}"
        self.say(f"Signed in as {user['email']}. Interview {session_id} ({mode}). "
                 "Type each answer on one line; /end finishes early.")
        self.show_turn(turn)
        answered = 0
        while not turn["is_complete"]:
            message = await self.answer()
            if message is None:
                message = {"message": "I'd like to end the interview here.", "control": "end"}
            else:
                answered += 1
            turn = _check(await self.client.post(f"/ai-interview/sessions/{session_id}/message", json=message,
                                                 headers=self.headers), "Sending the answer")
            self.show_turn(turn)
        if not answered:
            self.say("\nNo answers were given, so there is nothing to assess.")
            return 0
        assessment = _check(await self.client.post(f"/ai-interview/sessions/{session_id}/assess",
                                                   headers=self.headers), "The assessment")
        self.show_assessment(assessment)
        pdf = _check(await self.client.get(f"/ai-interview/sessions/{session_id}/report.pdf", headers=self.headers),
                     "The PDF report")
        report = (Path(a.base_dir) / (a.report_dir or ".")).resolve() / f"interview-{session_id}-report.pdf"
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_bytes(pdf)
        print(f"\nReport saved to {report}", file=self.out)  # unwrapped: the path stays copyable
        return 0

    def show_assessment(self, assessment: dict[str, Any]) -> None:
        self.say()
        self.say("=" * 60)
        early = " (ended early)" if assessment.get("ended_early") else ""
        self.say(f"Overall score: {_score(assessment.get('overall_score'))}/100{early}")
        for key, label in GROUPS:
            scores = assessment.get(f"{key}_scores") or {}
            self.say(f"{label}: " + ", ".join(f"{name.replace('_', ' ')} {_score(v)}" for name, v in scores.items()),
                     indent="  ")
        feedback = assessment.get("feedback") or {}
        for title, items in (("Strengths", feedback.get("strengths")), ("To improve", feedback.get("improvements"))):
            if items:
                self.say(f"{title}:")
                for item in items[:3]:
                    self.say(f"- {item}", indent="  ", hanging="    ")
        if feedback.get("narrative"):
            self.say(feedback["narrative"])


def _count(items: list | None, noun: str) -> str:
    n = len(items or [])
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _score(value: float | None) -> str:
    return "n/a" if value is None else str(round(value))


@asynccontextmanager
async def in_process_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The whole service inside this process (migrated database, lifespan), reached through ASGI."""
    # Deferred: the service's graph, retrieval and model imports take seconds, and create-admin needs none of them.
    from alembic.config import Config

    from alembic import command
    from app.main import create_app

    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "alembic"))
    cfg.attributes["configure_logger"] = False
    if settings.database_url:
        cfg.attributes["database_url"] = settings.database_url
    # Alembic's env runs its own event loop, so it runs in a thread.
    await asyncio.to_thread(command.upgrade, cfg, "head")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://in-process", timeout=120) as client:
            yield client


async def _interview(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    async def read_line() -> str:
        return await asyncio.to_thread(stdin.readline)

    echo = not stdin.isatty()

    try:
        if args.in_process:
            settings = Settings(log_level="DEBUG" if args.verbose else "WARNING")
            async with in_process_client(settings) as client:
                return await TerminalInterview(client, args, out=out, read_line=read_line, echo=echo).run()
        async with httpx.AsyncClient(base_url=args.url, timeout=120) as client:
            return await TerminalInterview(client, args, out=out, read_line=read_line, echo=echo).run()
    except ApiFailure as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except httpx.TransportError as exc:
        print(f"Error: cannot reach the API at {args.url} ({exc.__class__.__name__}). Start it with ./scripts/serve, "
              "or run with --in-process.", file=sys.stderr)
        return 1


# --- entry point -----------------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app.cli")
    sub = parser.add_subparsers(dest="command", required=True)
    admin = sub.add_parser("create-admin", help="create an admin account, or promote an existing one")
    admin.add_argument("--email", required=True)
    admin.add_argument("--name", default="Administrator")
    admin.add_argument("--password", help="omit to be prompted (keeps it out of shell history)")

    iv = sub.add_parser("interview", help="take an interview in the terminal",
                        description="Take a whole interview in the terminal; works with no model key (offline "
                                    "interviewer). Answers are read from stdin, one line each; /end finishes early.")
    where = iv.add_mutually_exclusive_group()
    where.add_argument("--url", default=DEFAULT_URL, help=f"a running API (default {DEFAULT_URL})")
    where.add_argument("--in-process", action="store_true",
                       help="run the service inside this process on the configured (embedded) settings")
    iv.add_argument("--email", default="practice@example.com", help="account to use; created on first use")
    iv.add_argument("--password", default="practice-password",
                    help="its password (a local practice account by default)")
    iv.add_argument("--name", default="Practice Candidate")
    iv.add_argument("--type", default="behavioral",
                    choices=["behavioral", "technical", "case", "system_design", "general", "mixed"])
    iv.add_argument("--difficulty", default="medium", choices=["easy", "medium", "hard"])
    iv.add_argument("--questions", type=int, default=5, help="main questions (1-20; follow-ups are extra)")
    iv.add_argument("--role", help="target role, saved to the profile (e.g. 'Backend Engineer')")
    iv.add_argument("--company", help="target company, saved to the profile")
    iv.add_argument("--years", type=float, help="years of experience, saved to the profile")
    iv.add_argument("--resume", help="a resume file (PDF, DOCX, TXT, MD) to upload first")
    iv.add_argument("--report-dir", help="where to save the PDF report (default: the current directory)")
    iv.add_argument("--base-dir", default=".", help=argparse.SUPPRESS)  # scripts/interview: the caller's directory
    iv.add_argument("--verbose", action="store_true", help="show the service's log (with --in-process)")
    return parser


def main(argv: list[str] | None = None, *, out: TextIO | None = None, stdin: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "create-admin":
        password = args.password or getpass.getpass("Password: ")
        if len(password) < 6:
            print("Password must be at least 6 characters", file=sys.stderr)
            return 2
        asyncio.run(_create_admin(args.email, password, args.name))
        return 0
    if args.command == "interview":
        if args.resume:
            args.resume = str(Path(args.base_dir) / args.resume)
        return asyncio.run(_interview(args, out or sys.stdout, stdin or sys.stdin))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
