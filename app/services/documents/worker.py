"""Reading an uploaded document (type, text, parse) in worker processes, never on the event loop.

A hostile file must cost the server a bounded amount, whatever it holds. extract.py refuses files by what they
would cost (inflated sizes, text length); the workers bound what is left:
- a pool of DOCUMENT_WORKERS processes (pebble), so parsing never blocks the event loop or holds the GIL;
- workers run at a lower CPU priority (nice 10), so the server answers first when both want the CPU;
- per job, a CPU-time limit (RLIMIT_CPU, raised as an exception in the worker), a wall-clock timeout (pebble kills
  the worker and starts another), and an address-space limit per worker (RLIMIT_AS, so memory runs out as a
  MemoryError in the worker, not in the server). CPU and memory say what a document costs (413); the wall clock is a
  backstop, and a job that reaches it within its CPU budget was waiting for a CPU on a busy machine (503).
Workers are forked from a small forkserver process that has loaded the parsers (preload.py), not from the server (which
holds torch and Chroma), so a new worker is ready in milliseconds and its memory limit measures parsing alone.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import resource
import signal
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Literal

from pebble import ProcessExpired, ProcessPool

from app.core.config import Settings
from app.core.errors import DomainError, InvalidInputError, TooLargeError, UnavailableError
from app.services.documents.extract import detect_kind, extract_text, pasted_text
from app.services.documents.job_description import parse_job_description
from app.services.documents.places import is_place
from app.services.documents.resume import parse_resume
from app.services.documents.skills import load_skill_lexicon

logger = logging.getLogger(__name__)

DocumentKind = Literal["resume", "job_description"]


@dataclass(frozen=True)
class ReadLimits:
    max_pages: int
    max_text_chars: int
    max_docx_inflated_bytes: int
    max_pdf_stream_bytes: int
    cpu_seconds: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ReadLimits:
        return cls(max_pages=settings.max_pdf_pages, max_text_chars=settings.document_max_text_chars,
                   max_docx_inflated_bytes=settings.document_max_docx_inflated_bytes,
                   max_pdf_stream_bytes=settings.document_max_pdf_stream_bytes,
                   cpu_seconds=settings.document_cpu_seconds)


@dataclass(frozen=True)
class ReadDocument:
    file_kind: str | None  # pdf, docx or text for a file; None for pasted text
    text: str
    parsed: dict[str, Any]


def _is_pool_failure(exc: BaseException) -> bool:
    """pebble reports a broken or stopped pool as BrokenProcessPool or a RuntimeError without a remote cause;
    an error raised by the job itself arrives with the worker's traceback as its cause."""
    return isinstance(exc, BrokenProcessPool) or exc.__cause__ is None


def _too_costly() -> TooLargeError:
    return TooLargeError("The document is too large or too complex to read within this server's limits. "
                         "Upload a plain PDF, DOCX or TXT version of it.")


# --- inside a worker process ------------------------------------------------------------------------------------


class CpuTimeExceeded(BaseException):
    """Raised by SIGXCPU. A BaseException, so the parsers' `except Exception` cannot swallow it."""


def _on_cpu_limit(signum: int, frame: object) -> None:
    raise CpuTimeExceeded()


def _init_worker(memory_bytes: int) -> None:
    """Runs once in each new worker. It must not fail: pebble treats a failed initializer as a broken pool."""
    try:
        if memory_bytes > 0:
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            limit = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # a killed worker leaves no core file behind
        os.nice(10)  # on a busy machine the server's event loop is scheduled before a document being parsed
        signal.signal(signal.SIGXCPU, _on_cpu_limit)
        load_skill_lexicon()  # already warm when forked from the preloaded forkserver; loads here otherwise
        is_place("Leeds")
    except Exception:  # a worker without a limit still beats no worker; the timeout still holds
        logger.exception("Document worker set-up failed")


def _limit_cpu(seconds: int) -> None:
    """RLIMIT_CPU counts the whole life of the process, so each job gets `seconds` more than used so far."""
    if seconds <= 0:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(usage.ru_utime + usage.ru_stime) + seconds + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _lift_cpu_limit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))


MIN_PASTED_CHARS = 20  # as the pasted job description's schema asks, counted after invisible characters are dropped


def read_in_worker(kind: DocumentKind, data: bytes | None, text: str | None, filename: str | None,
                   limits: ReadLimits) -> ReadDocument:
    """Detect, extract and parse one document. Runs in a worker process; also callable directly (tests, tools)."""
    _limit_cpu(limits.cpu_seconds)
    try:
        file_kind = None
        if data is not None:
            file_kind = detect_kind(data, filename)
            text = extract_text(data, file_kind, max_pages=limits.max_pages, max_text_chars=limits.max_text_chars,
                                max_docx_inflated_bytes=limits.max_docx_inflated_bytes,
                                max_pdf_stream_bytes=limits.max_pdf_stream_bytes)
        else:  # pasted text is read as a text file is
            text = pasted_text(text or "", max_text_chars=limits.max_text_chars)
            if len(text) < MIN_PASTED_CHARS:
                raise InvalidInputError(f"The text is too short: at least {MIN_PASTED_CHARS} visible characters.")
        parsed = parse_resume(text) if kind == "resume" else parse_job_description(text)
        return ReadDocument(file_kind=file_kind, text=text, parsed=parsed)
    except (CpuTimeExceeded, MemoryError):
        raise _too_costly() from None
    finally:
        _lift_cpu_limit()  # over the soft limit the kernel repeats SIGXCPU every CPU second: stop that now


# --- in the server ----------------------------------------------------------------------------------------------


class DocumentReader:
    """The server's handle on the worker pool: started on first use, stopped by the app's lifespan."""

    def __init__(self, settings: Settings) -> None:
        self.limits = ReadLimits.from_settings(settings)
        self.workers = max(1, settings.document_workers)
        self.timeout = settings.document_timeout_seconds
        self.memory_bytes = settings.document_memory_mb * 1024 * 1024
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()

    def _get_pool(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                if self._pool is not None:  # broken: stop what is left of it (this runs in a thread) and replace it
                    self._pool.stop()
                    self._pool.join()
                context = multiprocessing.get_context("forkserver")
                # Workers fork from a forkserver that loaded the parsers and their tables once (preload.py).
                context.set_forkserver_preload(["app.services.documents.preload"])
                self._pool = ProcessPool(max_workers=self.workers, max_tasks=200, initializer=_init_worker,
                                         initargs=(self.memory_bytes,), context=context)
            return self._pool

    async def read(self, kind: DocumentKind, *, data: bytes | None = None, text: str | None = None,
                   filename: str | None = None) -> ReadDocument:
        """Detect, extract and parse in a worker; 413/415/422 for what cannot or may not be read."""
        args = (kind, data, text, filename, self.limits)
        for attempt in (1, 2):
            try:
                pool = await asyncio.to_thread(self._get_pool)
                future = pool.schedule(read_in_worker, args=args, timeout=self.timeout)
                return await asyncio.wrap_future(future)
            except DomainError:
                raise
            except FutureTimeout:
                # Over the wall-clock limit: pebble killed the worker. With a CPU budget shorter than that limit, the
                # job would have been stopped inside the worker had it used the budget up, so it spent the time
                # waiting for a CPU (workers run at nice 10): the machine is busy, the document is not at fault.
                if 0 < self.limits.cpu_seconds < self.timeout:
                    logger.warning("Document not read in %.0f s of wall time while the machine was busy (a %s)",
                                   self.timeout, kind)
                    raise UnavailableError("The server is too busy to read documents right now; "
                                           "try again shortly.") from None
                logger.warning("Document refused: over the wall-clock limit while reading a %s", kind)
                raise _too_costly() from None
            except ProcessExpired:
                # Killed by the system (memory, a signal): what the document would cost is past what a worker has.
                logger.warning("Document refused: the worker died while reading a %s", kind)
                raise _too_costly() from None
            except RuntimeError as exc:
                if not _is_pool_failure(exc):
                    logger.exception("Reading a %s failed", kind)
                    raise InvalidInputError("The document could not be read.") from exc
                # The pool failed, not the document: start a new pool once, then give up.
                logger.warning("Document worker pool failed (%r)", exc)
                if attempt == 2:
                    raise UnavailableError("Documents cannot be read right now; try again shortly.") from exc
            except Exception as exc:
                # A parser bug on odd input: the client still gets a clear answer, the log the traceback.
                logger.exception("Reading a %s failed", kind)
                raise InvalidInputError("The document could not be read.") from exc
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()
            await asyncio.to_thread(pool.join)
