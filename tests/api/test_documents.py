"""Resume and job-description uploads end to end: type checks, limits, parsing, storage, indexing, deletion."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from urllib.parse import urlsplit

import docx
import httpx
import pytest
from pypdf import PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from app.main import create_app
from tests.conftest import bearer, error_text, make_settings, register

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
RESUME = (DOCS / "resume_backend.md").read_text()
JD = (DOCS / "jd_backend_senior.txt").read_text()


def pdf_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    y = 750
    for line in text.splitlines():
        pdf.drawString(40, y, line[:110])
        y -= 14
        if y < 40:
            pdf.showPage()
            y = 750
    pdf.save()
    return buffer.getvalue()


def image_only_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.circle(300, 600, 50, fill=1)
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(RESUME))).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


async def upload(client, headers, data: bytes, name: str, ctype: str = "application/octet-stream"):
    return await client.post("/documents/resume", files={"file": (name, data, ctype)}, headers=headers)


async def test_resume_upload_parses_stores_and_indexes(client, user_headers, app, settings):
    r = await upload(client, user_headers, pdf_bytes(RESUME), "resume.pdf", "application/pdf")
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["kind"] == "resume" and doc["filename"] == "resume.pdf" and doc["text_chars"] > 500
    parsed = doc["parsed"]
    assert {"name", "employers", "titles", "projects", "skills", "education", "years_of_experience",
            "sections"} <= set(parsed)
    assert parsed["employers"] and parsed["skills"] and parsed["years_of_experience"]
    await app.state.indexing.wait_idle()
    fetched = (await client.get(f"/documents/{doc['id']}", headers=user_headers)).json()
    assert fetched["status"] == "indexed"
    user_id = (await client.get("/auth/me", headers=user_headers)).json()["id"]
    assert await app.state.indexing.rag.count_user(user_id) >= 3
    stored = list((settings.upload_path / "documents").rglob("*.pdf"))
    assert len(stored) == 1 and stored[0].read_bytes()[:4] == b"%PDF"


@pytest.mark.parametrize("name,data,code,words", [
    ("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, 415, "PDF"),
    ("resume.pdf", b"%PDF-1.4 truncated garbage", 422, ""),
    ("scan.pdf", None, 422, "text"),
    ("locked.pdf", None, 422, "encrypt"),
    ("empty.txt", b"   \n  ", 422, ""),
    ("cut.docx", None, 422, "damaged"),
])
async def test_bad_files_are_refused_and_nothing_is_stored(client, user_headers, settings, name, data, code, words):
    if name == "scan.pdf":
        data = image_only_pdf()
    if name == "locked.pdf":
        data = encrypted_pdf()
    if name == "cut.docx":  # a Word file whose download was cut short: not a wrong type, an unreadable file
        word = docx.Document()
        for line in RESUME.splitlines():
            word.add_paragraph(line)
        buffer = io.BytesIO()
        word.save(buffer)
        whole = buffer.getvalue()
        data = whole[: len(whole) // 2]
    r = await upload(client, user_headers, data, name)
    assert r.status_code == code, r.text
    assert words.lower() in error_text(r).lower()
    assert (await client.get("/documents", headers=user_headers)).json() == []
    assert not list(settings.upload_path.rglob("*.*")) if settings.upload_path.exists() else True


async def test_type_is_checked_by_content(client, user_headers):
    as_text = await upload(client, user_headers, RESUME.encode(), "resume.pdf")
    assert as_text.status_code == 201 and as_text.json()["content_type"].startswith("text/plain")
    as_pdf = await upload(client, user_headers, pdf_bytes(RESUME), "resume.txt")
    assert as_pdf.status_code == 201 and as_pdf.json()["content_type"] == "application/pdf"


async def test_size_and_page_limits(tmp_path, clean_db):
    settings = make_settings(tmp_path, clean_db, max_upload_bytes=2000, max_pdf_pages=1)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            h = bearer((await register(c))["token"])
            big = await upload(c, h, b"a" * 5000, "big.txt")
            assert big.status_code == 413
            long_pdf = pdf_bytes("\n".join(f"line {i}" for i in range(120)))  # three pages
            settings.max_upload_bytes = 10_000_000
            pages = await upload(c, h, long_pdf, "long.pdf")
            assert pages.status_code == 413 and "page" in pages.json()["detail"].lower()


async def test_missing_file_field_is_422(client, user_headers):
    r = await client.post("/documents/resume", files={"other": ("x.txt", b"hello", "text/plain")},
                          headers=user_headers)
    assert r.status_code == 422


async def test_job_description_json_and_file(client, user_headers):
    r = await client.post("/documents/job-description", json={"text": JD, "title": "Payments role"},
                          headers=user_headers)
    assert r.status_code == 201
    parsed = r.json()["parsed"]
    assert r.json()["kind"] == "job_description" and r.json()["title"] == "Payments role"
    assert parsed["seniority"] == "senior" and parsed["must_have"] and parsed["focus_topics"]
    f = await client.post("/documents/job-description", files={"file": ("jd.txt", JD.encode(), "text/plain")},
                          headers=user_headers)
    assert f.status_code == 201 and f.json()["parsed"]["must_have"] == parsed["must_have"]
    assert (await client.post("/documents/job-description", json={"text": "short"},
                              headers=user_headers)).status_code == 422
    both = await client.post("/documents/job-description", json={"text": JD, "key": "uploads/abc"}, headers=user_headers)
    assert both.status_code == 422 and "not both" in both.text  # neither silently wins
    assert (await client.post("/documents/job-description", content=b"{oops",
                              headers={**user_headers, "content-type": "application/json"})).status_code == 422


async def test_a_pasted_job_description_with_nothing_visible_is_refused_as_an_empty_file_is(client, user_headers):
    for invisible in ("\u0000" * 30, "\u200b" * 30, "\u0007" * 30, "\ufeff\u200d" * 20, "a\u200b" * 15):
        r = await client.post("/documents/job-description", json={"text": invisible}, headers=user_headers)
        assert r.status_code == 422, (invisible[:4], r.text)
    assert (await client.get("/documents", headers=user_headers)).json() == []
    # What a paste keeps is what a text file would: the words, without the invisible characters between them.
    r = await client.post("/documents/job-description", json={"text": "Senior\u200b Backend\u0000 Engineer\n" + JD},
                          headers=user_headers)
    assert r.status_code == 201 and r.json()["parsed"]["role"]


async def test_list_get_delete_and_ownership(client, user_headers, app, settings):
    a = (await upload(client, user_headers, RESUME.encode(), "a.md")).json()
    b = (await client.post("/documents/job-description", json={"text": JD}, headers=user_headers)).json()
    listed = (await client.get("/documents", headers=user_headers)).json()
    assert [d["id"] for d in listed] == [b["id"], a["id"]]
    other = bearer((await register(client, "mallory@example.com"))["token"])
    assert (await client.get(f"/documents/{a['id']}", headers=other)).status_code == 404
    assert (await client.delete(f"/documents/{a['id']}", headers=other)).status_code == 404
    assert (await client.get("/documents/nope", headers=user_headers)).status_code == 404
    await app.state.indexing.wait_idle()
    user_id = (await client.get("/auth/me", headers=user_headers)).json()["id"]
    before = await app.state.indexing.rag.count_user(user_id)
    assert (await client.delete(f"/documents/{a['id']}", headers=user_headers)).status_code == 204
    assert (await client.get(f"/documents/{a['id']}", headers=user_headers)).status_code == 404
    assert await app.state.indexing.rag.count_user(user_id) < before
    assert not list((settings.upload_path / "documents").rglob("*.txt"))


async def test_deletes_sent_at_once_delete_once(client, user_headers, app, monkeypatch):
    """Two tabs deleting one document, both past the ownership check before either deletes: one 204, the other
    404, as when they come one after the other (both were 204, and the file and vectors were removed twice)."""
    doc = (await upload(client, user_headers, RESUME.encode(), "a.md")).json()
    await app.state.indexing.wait_idle()
    service = app.state.documents
    both_found = asyncio.Barrier(2)
    found = service.get_owned

    async def found_together(*args, **kwargs):
        row = await found(*args, **kwargs)
        await asyncio.wait_for(both_found.wait(), 10)
        return row

    monkeypatch.setattr(service, "get_owned", found_together)
    sent = await asyncio.gather(*(client.delete(f"/documents/{doc['id']}", headers=user_headers) for _ in range(2)))
    monkeypatch.undo()
    assert sorted(r.status_code for r in sent) == [204, 404]
    assert (await client.get(f"/documents/{doc['id']}", headers=user_headers)).status_code == 404


async def test_interview_uses_latest_resume_and_job_description(client, user_headers, app):
    await upload(client, user_headers, RESUME.encode(), "resume.md")
    await client.post("/documents/job-description", json={"text": JD}, headers=user_headers)
    await app.state.indexing.wait_idle()
    r = await client.post("/ai-interview/sessions", headers=user_headers,
                          json={"title": "with docs", "interview_type": "technical", "max_questions": 4})
    assert r.status_code == 201
    session = (await client.get(f"/ai-interview/sessions/{r.json()['id']}", headers=user_headers)).json()
    docs = (await client.get("/documents", headers=user_headers)).json()
    resume = next(d for d in docs if d["kind"] == "resume")
    assert session["resume_id"] == resume["id"]
    opening = session["interactions"][0]["content"]
    assert any(p in opening for p in resume["parsed"]["projects"] + resume["parsed"]["employers"])
    assert session["job_description"].startswith(JD.strip()[:40])


async def test_foreign_resume_id_is_404(client, user_headers):
    doc = (await upload(client, user_headers, RESUME.encode(), "r.md")).json()
    other = bearer((await register(client, "other@example.com"))["token"])
    r = await client.post("/ai-interview/sessions", headers=other,
                          json={"title": "x", "interview_type": "technical", "resume_id": doc["id"]})
    assert r.status_code == 404


async def test_a_body_of_another_media_type_is_415_for_resumes_as_for_job_descriptions(client, user_headers):
    for path in ("/documents/resume", "/documents/job-description"):
        for content_type, body in (("application/x-www-form-urlencoded", b"file=cv.txt"), ("text/plain", b"Jane Doe"),
                                   ("application/pdf", b"%PDF-1.4")):
            r = await client.post(path, content=body, headers={**user_headers, "content-type": content_type})
            assert r.status_code == 415 and "multipart" in r.json()["detail"], (path, content_type, r.text)


async def test_job_description_odd_bodies_are_4xx(client, user_headers):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    wrong_type = await client.post("/documents/job-description", content=png,
                                   headers={**user_headers, "content-type": "text/plain"})
    assert wrong_type.status_code == 415
    binary_json = await client.post("/documents/job-description", content=png,
                                    headers={**user_headers, "content-type": "application/json"})
    assert binary_json.status_code == 422
    login = await client.post("/auth/login", content=png, headers={"content-type": "application/json"})
    assert login.status_code == 422


async def test_document_deleted_while_indexing_leaves_no_vectors(client, user_headers, app, monkeypatch):
    from sqlalchemy import delete

    from app.models import Document

    rag = app.state.indexing.rag
    real = rag.index_source

    async def delete_meanwhile(user_id, source, source_id, chunks, extra=None):
        count = await real(user_id, source, source_id, chunks, extra)
        async with app.state.db_sessions() as db:  # the user deletes it while the embeddings are computed
            await db.execute(delete(Document).where(Document.id == int(source_id)))
            await db.commit()
        return count

    monkeypatch.setattr(rag, "index_source", delete_meanwhile)
    r = await upload(client, user_headers, RESUME.encode(), "cv.md")
    await app.state.indexing.wait_idle()
    user_id = (await client.get("/auth/me", headers=user_headers)).json()["id"]
    assert (await client.get(f"/documents/{r.json()['id']}", headers=user_headers)).status_code == 404
    assert await rag.count_user(user_id) == 0


async def test_indexing_of_one_document_is_capped(tmp_path, clean_db):
    """A long document is embedded only up to INDEX_MAX_CHUNKS_PER_DOCUMENT chunks, so it cannot hold the
    embedder (and the CPU) for minutes."""
    settings = make_settings(tmp_path, clean_db, index_max_chunks_per_document=4)
    app = create_app(settings)
    long_resume = RESUME + "\n".join(f"- Shipped release {i} of the payments ledger with zero downtime and a "
                                     f"measured {i % 40} percent cut in p99 latency." for i in range(150))
    async with (app.router.lifespan_context(app),
                httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c):
        h = bearer((await register(c))["token"])
        r = await upload(c, h, long_resume.encode(), "long.md")
        assert r.status_code == 201 and r.json()["text_chars"] > 15_000
        await app.state.indexing.wait_idle()
        assert (await c.get(f"/documents/{r.json()['id']}", headers=h)).json()["status"] == "indexed"
        user_id = (await c.get("/auth/me", headers=h)).json()["id"]
        assert await app.state.indexing.rag.count_user(user_id) == 4


async def test_names_longer_than_their_columns(client, user_headers):
    """A 1,000-character file name and a posting whose first line runs on are stored, shortened to fit (the file
    name keeps its extension); a title the client sends over 300 characters is refused, as in JSON."""
    r = await upload(client, user_headers, RESUME.encode(), "r" * 1000 + ".txt")
    assert r.status_code == 201, r.text
    assert len(r.json()["filename"]) <= 300 and r.json()["filename"].endswith(".txt")
    jd = await client.post("/documents/job-description", headers=user_headers,
                           json={"text": "Senior Backend Engineer " + "x" * 3000 + " must have python and kafka"})
    assert jd.status_code == 201, jd.text
    assert 0 < len(jd.json()["title"]) <= 300
    too_long = await client.post("/documents/job-description", headers=user_headers,
                                 files={"file": ("jd.txt", b"Senior Backend Engineer. Must have: Python, Kafka, Go.",
                                                 "text/plain")}, data={"title": "T" * 400})
    assert too_long.status_code == 422
    assert [e["loc"] for e in too_long.json()["detail"]] == [["body", "title"]]
    named = await client.post("/documents/job-description", headers=user_headers,
                              files={"file": ("jd.txt", b"Senior Backend Engineer. Must have: Python, Kafka, Go.",
                                              "text/plain")}, data={"title": "  Payments role  "})
    assert named.status_code == 201 and named.json()["title"] == "Payments role"


async def _presign(client, headers) -> dict:
    signed = await client.post("/upload/s3-presign", json={"content_type": "text/plain", "extension": "txt"},
                               headers=headers)
    assert signed.status_code == 200, signed.text
    return signed.json()


async def _put(client, signed: dict, data: bytes) -> None:
    url = urlsplit(signed["url"])
    put = await client.put(f"{url.path}?{url.query}", content=data, headers=signed["headers"])
    assert put.status_code == 200, put.text


async def _presigned_upload(client, headers, data: bytes) -> str:
    signed = await _presign(client, headers)
    await _put(client, signed, data)
    return signed["key"]


async def test_the_same_upload_key_twice_is_one_resume(client, user_headers, settings):
    key = await _presigned_upload(client, user_headers, RESUME.encode())
    first = await client.post("/documents/resume", json={"key": key}, headers=user_headers)
    assert first.status_code == 201, first.text
    again = await client.post("/documents/resume", json={"key": key}, headers=user_headers)
    assert again.status_code == 201, again.text  # a retry: the same reply, the resume already made, not a second
    assert again.json() == first.json()
    assert [d["id"] for d in (await client.get("/documents", headers=user_headers)).json()] == [first.json()["id"]]
    assert len(list((settings.upload_path / "documents").rglob("*.txt"))) == 1
    # Job descriptions from a key follow the same rule.
    jd_key = await _presigned_upload(client, user_headers, JD.encode())
    jd = await client.post("/documents/job-description", json={"key": jd_key}, headers=user_headers)
    jd_again = await client.post("/documents/job-description", json={"key": jd_key}, headers=user_headers)
    assert (jd.status_code, jd_again.status_code) == (201, 201) and jd_again.json()["id"] == jd.json()["id"]


async def test_a_different_file_under_a_used_key_is_refused_not_ignored(client, user_headers):
    """The signed URL stays valid for minutes: a corrected file PUT under it once came back as the old resume."""
    signed = await _presign(client, user_headers)
    await _put(client, signed, RESUME.encode())
    first = await client.post("/documents/resume", json={"key": signed["key"]}, headers=user_headers)
    assert first.status_code == 201, first.text
    await _put(client, signed, (RESUME + "\nCertifications\n- CKA, 2025\n").encode())
    changed = await client.post("/documents/resume", json={"key": signed["key"]}, headers=user_headers)
    assert changed.status_code == 409 and "new key" in error_text(changed), changed.text
    assert [d["id"] for d in (await client.get("/documents", headers=user_headers)).json()] == [first.json()["id"]]
    fresh = await _presigned_upload(client, user_headers, (RESUME + "\nCertifications\n- CKA, 2025\n").encode())
    assert (await client.post("/documents/resume", json={"key": fresh}, headers=user_headers)).status_code == 201


async def test_deleting_a_document_removes_the_upload_it_was_made_from(client, user_headers, settings):
    key = await _presigned_upload(client, user_headers, RESUME.encode())
    doc = await client.post("/documents/resume", json={"key": key}, headers=user_headers)
    assert doc.status_code == 201, doc.text
    gone = await client.delete(f"/documents/{doc.json()['id']}", headers=user_headers)
    assert gone.status_code == 204
    assert not (settings.upload_path / key).exists()
    confirm = await client.post("/upload/confirm", json={"key": key, "uploaded_at": "2026-12-01T10:00:00Z"},
                                headers=user_headers)
    assert confirm.status_code == 404  # the deleted resume cannot be made again from its upload
    assert (await client.post("/documents/resume", json={"key": key}, headers=user_headers)).status_code == 404


async def test_the_same_upload_key_racing_makes_one_resume(client, user_headers, settings):
    key = await _presigned_upload(client, user_headers, RESUME.encode())
    results = await asyncio.gather(*(client.post("/documents/resume", json={"key": key}, headers=user_headers)
                                     for _ in range(3)))
    assert [r.status_code for r in results] == [201, 201, 201], [r.text for r in results]
    assert len({r.json()["id"] for r in results}) == 1
    assert len((await client.get("/documents", headers=user_headers)).json()) == 1
    assert len(list((settings.upload_path / "documents").rglob("*.txt"))) == 1  # the loser's copy is removed
