"""Documents are read in bounded worker processes: hostile files are refused by what they would cost, and a job
over its CPU, memory or time budget is refused without harming the next one."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal

import psutil
import pytest

from app.core.config import Settings
from app.core.errors import TooLargeError, UnavailableError
from app.services.documents.extract import detect_kind, extract_text
from app.services.documents.worker import DocumentReader
from tests.services.documents import hostile

RESUME = b"Jo Tester\nSoftware Engineer\n\nSkills: Python, Go\n\nExperience\nEngineer at Quillstone, 2020 - 2024\n"


@pytest.mark.parametrize(("make", "most_bytes", "least_inflated"), [
    (hostile.inflating_docx, 200_000, 45_000_000),  # 196 KB whose XML inflates to 48 MB
    (hostile.text_heavy_docx, 50_000, 2_000_000),  # 46 KB holding 2.3 MB of XML
    (hostile.inflating_pdf, 25_000, 4_000_000),  # 20 KB whose content stream inflates to 4 MB
])
def test_hostile_files_are_refused_by_their_cost(make, most_bytes, least_inflated):
    data = make()
    inflated = hostile.inflated_size(data) if data.startswith(b"PK") else len(hostile.text_lines_content(62_000))
    assert len(data) < most_bytes and inflated > least_inflated  # the shapes reported in the issue
    with pytest.raises(TooLargeError) as info:
        extract_text(data, detect_kind(data), max_pages=20)
    assert "too large" in info.value.detail or "characters of text" in info.value.detail


def test_text_over_the_limit_is_refused_and_text_under_it_is_read():
    long_text = ("Built and shipped payment services in Python and Go. " * 40 + "\n") * 60  # about 130,000 chars
    with pytest.raises(TooLargeError) as info:
        extract_text(long_text.encode(), "text", max_pages=20)
    assert "100,000 characters" in info.value.detail
    assert extract_text(long_text.encode(), "text", max_pages=20, max_text_chars=200_000).startswith("Built")


def _reader(**overrides: object) -> DocumentReader:
    return DocumentReader(Settings(_env_file=None, document_workers=1, **overrides))  # type: ignore[arg-type]


# A legal but slow PDF: one page whose 4 MB content stream takes seconds of CPU to lay out as text.
SLOW_PDF_LIMITS = {"document_max_pdf_stream_bytes": 8 * 1024 * 1024, "document_max_text_chars": 10_000_000}


@pytest.mark.slow
async def test_a_job_over_the_wall_clock_limit_is_killed_and_the_next_one_is_read():
    # Without a CPU budget the wall clock is what bounds a document's cost, so reaching it is the document's fault.
    reader = _reader(document_timeout_seconds=0.5, document_cpu_seconds=0, **SLOW_PDF_LIMITS)
    try:
        with pytest.raises(TooLargeError) as info:
            await reader.read("resume", data=hostile.inflating_pdf(), filename="slow.pdf")
        assert "too large or too complex" in info.value.detail
        # Half a second is too short for a worker at nice 10 on a busy machine, even for a small text: the next
        # job gets a roomy limit (what is checked is that the killed worker was replaced).
        reader.timeout = 30
        read = await reader.read("resume", data=RESUME, filename="cv.txt")  # a new worker took the old one's place
        assert read.file_kind == "text" and "python" in read.parsed["skills"]
    finally:
        await reader.aclose()


def _document_workers() -> list[psutil.Process]:
    """The pool's worker processes: our descendants that lowered their own priority (the forkserver did not)."""
    return [p for p in psutil.Process().children(recursive=True) if p.nice() == 10]


@pytest.mark.slow
async def test_a_document_whose_worker_is_starved_of_cpu_is_a_busy_server_not_a_costly_file():
    # A worker at nice 10 on a saturated machine can wait longer than the wall clock for a CPU. A job stopped there
    # has not used up its CPU budget, so the document is not what is too costly: "busy, try again" (503), not 413.
    reader = _reader(document_timeout_seconds=30, document_cpu_seconds=1, **SLOW_PDF_LIMITS)
    try:
        await reader.read("resume", data=RESUME, filename="cv.txt")  # starts the worker (roomy: the machine may be busy)
        [worker] = _document_workers()
        reader.timeout = 1.5
        used = sum(worker.cpu_times()[:2])
        reading = asyncio.create_task(reader.read("resume", data=hostile.inflating_pdf(), filename="slow.pdf"))
        for _ in range(500):  # until the worker is busy with the job (so its wall clock runs)
            await asyncio.sleep(0.02)
            if sum(worker.cpu_times()[:2]) - used > 0.15:
                break
        os.kill(worker.pid, signal.SIGSTOP)  # no CPU at all for it: the extreme of a busy machine
        try:
            await asyncio.sleep(3)  # past the wall clock, with most of the CPU budget unused
        finally:
            with contextlib.suppress(ProcessLookupError):  # pebble may have killed it outright by now
                os.kill(worker.pid, signal.SIGCONT)
        with pytest.raises(UnavailableError) as info:
            await asyncio.wait_for(reading, 60)
        assert "too busy" in info.value.detail
        reader.timeout = 30  # a replaced worker reads the next file
        read = await reader.read("resume", data=RESUME, filename="cv.txt")
        assert "python" in read.parsed["skills"]
    finally:
        await reader.aclose()


@pytest.mark.slow
async def test_a_job_over_its_cpu_time_is_stopped_inside_the_worker():
    reader = _reader(document_timeout_seconds=120, document_cpu_seconds=1, **SLOW_PDF_LIMITS)
    try:
        with pytest.raises(TooLargeError) as info:
            await reader.read("resume", data=hostile.inflating_pdf(), filename="slow.pdf")
        assert "too large or too complex" in info.value.detail
        read = await reader.read("resume", data=RESUME, filename="cv.txt")  # the same worker, with a fresh budget
        assert "go" in read.parsed["skills"]
    finally:
        await reader.aclose()


@pytest.mark.slow
async def test_a_job_over_the_memory_limit_is_refused_and_the_worker_goes_on():
    # 15 MB of paragraph markup (no text, under the inflated-size cap): python-docx needs several hundred MB.
    data = hostile.docx_with_body('<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve"> </w:t>'
                                  "</w:r></w:p>" * 160_000)
    reader = _reader(document_timeout_seconds=120, document_memory_mb=320)  # ~160 MB of it is the warm parsers
    try:
        with pytest.raises(TooLargeError) as info:
            await reader.read("resume", data=data, filename="big.docx")
        assert "too large or too complex" in info.value.detail
        read = await reader.read("job_description", text="Senior Python engineer. Must have: Python, PostgreSQL.")
        assert read.file_kind is None and read.parsed
    finally:
        await reader.aclose()
