"""Presigned uploads: our own signed PUT route by default, a real S3-compatible server when a bucket is set."""

from __future__ import annotations

import time
import uuid
from urllib.parse import parse_qs, urlsplit

import boto3
import httpx
import pytest

from app.main import create_app
from tests.conftest import bearer, make_settings, register


async def presign(client, headers, **body):
    r = await client.post("/upload/s3-presign", json={"content_type": "application/pdf", "extension": "pdf", **body},
                          headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


async def test_local_presign_put_and_confirm(client, user_headers, settings):
    signed = await presign(client, user_headers)
    assert signed["method"] == "PUT" and signed["key"].endswith(".pdf") and signed["expires_in"] > 0
    again = await presign(client, user_headers)
    assert again["key"] != signed["key"]
    not_yet = await client.post("/upload/confirm", json={"key": signed["key"]}, headers=user_headers)
    assert not_yet.status_code == 404
    put = await client.put(path_of(signed["url"]), content=b"%PDF-1.4 data", headers=signed["headers"])
    assert put.status_code == 200
    assert (settings.upload_path / signed["key"]).read_bytes() == b"%PDF-1.4 data"
    ok = await client.post("/upload/confirm", json={"key": signed["key"], "uploaded_at": "2026-11-21T10:00:00Z"},
                           headers=user_headers)
    assert ok.status_code == 200 and ok.json()["size_bytes"] == 13
    padded = await client.post("/upload/confirm", json={"key": f"  {signed['key']} "}, headers=user_headers)
    assert padded.status_code == 200 and padded.json()["key"] == signed["key"]  # as /documents reads a key
    assert (await client.post("/upload/confirm", json={"key": "uploads/1/never.pdf"},
                              headers=user_headers)).status_code == 404
    other = bearer((await register(client, "other@example.com"))["token"])
    assert (await client.post("/upload/confirm", json={"key": signed["key"]}, headers=other)).status_code == 404


async def test_signed_route_rejects_tampering_expiry_and_size(client, user_headers, settings):
    signed = await presign(client, user_headers)
    url = path_of(signed["url"])
    query = parse_qs(urlsplit(signed["url"]).query)
    bad_sig = url.replace(query["signature"][0], "0" * 64)
    assert (await client.put(bad_sig, content=b"x", headers=signed["headers"])).status_code == 403
    other_key = url.replace(signed["key"], signed["key"].replace(".pdf", "x.pdf"))
    assert (await client.put(other_key, content=b"x", headers=signed["headers"])).status_code == 403
    wrong_type = await client.put(url, content=b"x", headers={"Content-Type": "text/html"})
    assert wrong_type.status_code == 403
    traversal = url.replace(signed["key"], "../../etc/passwd")
    assert (await client.put(traversal, content=b"x", headers=signed["headers"])).status_code in (403, 404)
    storage = client._transport.app.state.storage  # type: ignore[attr-defined]
    expired = int(time.time()) - 5
    sig = storage.sign(signed["key"], expired, "application/pdf")
    r = await client.put(f"/upload/s3/{signed['key']}?expires={expired}&signature={sig}", content=b"x",
                         headers=signed["headers"])
    assert r.status_code == 403
    too_big = await client.put(url, content=b"x" * (settings.max_upload_bytes + 1), headers=signed["headers"])
    assert too_big.status_code == 413


async def test_presign_validation(client, user_headers):
    for body in ({"content_type": "application/pdf"}, {"content_type": "pdf", "extension": "pdf"},
                 {"content_type": "application/pdf", "extension": "../x"}):
        r = await client.post("/upload/s3-presign", json=body, headers=user_headers)
        assert r.status_code == 422
    assert (await client.post("/upload/s3-presign", json={"content_type": "a/b", "extension": "x"})).status_code == 401


@pytest.mark.slow
async def test_presign_against_real_s3_server(tmp_path, clean_db, s3_endpoint):
    bucket = f"uploads-{uuid.uuid4().hex[:8]}"
    boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id="test",
                 aws_secret_access_key="test").create_bucket(Bucket=bucket)
    settings = make_settings(tmp_path, clean_db, s3_bucket=bucket, s3_endpoint_url=s3_endpoint,
                             aws_access_key_id="test", aws_secret_access_key="test")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            h = bearer((await register(c))["token"])
            signed = await presign(c, h)
            assert signed["url"].startswith(s3_endpoint)
            assert (await c.post("/upload/confirm", json={"key": signed["key"]}, headers=h)).status_code == 404
            async with httpx.AsyncClient(trust_env=False) as raw:
                put = await raw.put(signed["url"], content=b"%PDF-1.4 s3", headers=signed["headers"])
            assert put.status_code == 200
            ok = await c.post("/upload/confirm", json={"key": signed["key"]}, headers=h)
            assert ok.status_code == 200 and ok.json()["size_bytes"] == 11
            # Documents go to the bucket too.
            doc = await c.post("/documents/job-description", headers=h,
                               files={"file": ("jd.txt", b"Senior Backend Engineer. Must have: Python, SQL. " * 5,
                                               "text/plain")})
            assert doc.status_code == 201
            keys = [o["Key"] for o in boto3.client(
                "s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id="test",
                aws_secret_access_key="test").list_objects_v2(Bucket=bucket)["Contents"]]
            assert any(k.startswith("documents/") for k in keys)


# --- a presigned upload becomes a document


async def put_presigned(client, headers, data: bytes, extension: str = "pdf",
                        content_type: str = "application/pdf") -> str:
    signed = await presign(client, headers, content_type=content_type, extension=extension)
    put = await client.put(path_of(signed["url"]), content=data, headers=signed["headers"])
    assert put.status_code == 200
    return signed["key"]


RESUME_TEXT = ("Ada Quill\nada@example.com | Leeds, UK\n\nExperience\nStaff Data Engineer — Halyard Freight\n"
               "Leeds, UK  June 2019 – Present\n- Built the freight data platform.\n\nSkills\nPython, SQL, Kafka\n")


async def test_presigned_upload_becomes_a_resume(client, user_headers):
    key = await put_presigned(client, user_headers, RESUME_TEXT.encode(), "txt", "text/plain")
    r = await client.post("/documents/resume", json={"key": key}, headers=user_headers)
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["kind"] == "resume" and doc["filename"] == key.rsplit("/", 1)[-1]
    assert doc["parsed"]["employers"] == ["Halyard Freight"] and doc["parsed"]["titles"] == ["Staff Data Engineer"]
    listed = (await client.get("/documents", headers=user_headers)).json()
    assert [d["id"] for d in listed] == [doc["id"]]


async def test_presigned_upload_becomes_a_job_description(client, user_headers):
    text = "Stipple - Senior Backend Engineer, Payments\n\nRequirements\n- 6+ years with Go\n- PostgreSQL\n"
    key = await put_presigned(client, user_headers, text.encode(), "txt", "text/plain")
    r = await client.post("/documents/job-description", json={"key": key, "title": "Stipple role"},
                          headers=user_headers)
    assert r.status_code == 201, r.text
    assert r.json()["title"] == "Stipple role" and r.json()["parsed"]["company"] == "Stipple"


async def test_presigned_key_must_be_the_users_and_hold_something(client, user_headers):
    key = await put_presigned(client, user_headers, RESUME_TEXT.encode(), "txt", "text/plain")
    other = bearer((await register(client, "other@example.com"))["token"])
    for headers, body in ((other, {"key": key}),  # issued to someone else
                          (user_headers, {"key": "uploads/1/never-issued.pdf"}),
                          (user_headers, {"key": "../../etc/passwd"})):
        for path in ("/documents/resume", "/documents/job-description"):
            r = await client.post(path, json=body, headers=headers)
            assert r.status_code == 404, (path, body, r.text)
    issued_only = (await presign(client, user_headers))["key"]  # never uploaded
    assert (await client.post("/documents/resume", json={"key": issued_only},
                              headers=user_headers)).status_code == 404
    assert (await client.get("/documents", headers=other)).json() == []


async def test_presigned_upload_keeps_the_upload_rules(client, user_headers, settings, app):
    png = await put_presigned(client, user_headers, b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "png", "image/png")
    assert (await client.post("/documents/resume", json={"key": png}, headers=user_headers)).status_code == 415
    empty_key = (await presign(client, user_headers))["key"]
    await app.state.storage.put(empty_key, b"", "application/pdf")
    assert (await client.post("/documents/resume", json={"key": empty_key}, headers=user_headers)).status_code == 422
    broken = await put_presigned(client, user_headers, b"%PDF-1.4 truncated garbage")
    assert (await client.post("/documents/resume", json={"key": broken}, headers=user_headers)).status_code == 422
    # A bucket does not enforce our size limit on a presigned PUT: the object is refused when it is used.
    big = (await presign(client, user_headers))["key"]
    await app.state.storage.put(big, b"%PDF" + b"0" * settings.max_upload_bytes, "application/pdf")
    r = await client.post("/documents/resume", json={"key": big}, headers=user_headers)
    assert r.status_code == 413
    for body in ({}, {"key": ""}, {"key": 5}):
        assert (await client.post("/documents/resume", json=body, headers=user_headers)).status_code == 422
    assert (await client.get("/documents", headers=user_headers)).json() == []
