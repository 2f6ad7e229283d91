"""Storage service: key validation, the local folder backend with its signed uploads, and S3 against a real server.

The S3 tests start `moto_server` (an S3-compatible HTTP server) in a subprocess, so they exercise boto3's real wire
protocol and presigned URLs rather than in-process mocks.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import boto3
import httpx
import pytest

from app.core.config import Settings
from app.services.storage import InvalidKey, LocalStorage, S3Storage, Storage, build_storage, validate_key

SECRET = "test-secret-key-for-signing-0123456789"
# Dummy credentials passed explicitly, so nothing depends on (or leaks from) the developer's AWS environment.
CREDS = {"access_key": "test", "secret_key": "test"}


# --- validate_key


def test_validate_key_accepts_normal_key() -> None:
    assert validate_key("uploads/7/abc.pdf") == "uploads/7/abc.pdf"
    assert validate_key("a-b_c.d/E.F") == "a-b_c.d/E.F"
    assert validate_key("x" * 500) == "x" * 500


@pytest.mark.parametrize(
    "key",
    [
        "../x",
        "a/../b",
        "..",
        "a/./b",
        "/etc/passwd",
        "a\\b",
        "a//b",
        "a/",
        "",
        "x" * 501,
        "a/b c",
        "a\nb",
        "abc\n",
        "a/b%2e",
        "ü.pdf",
        "a\x00b",
    ],
)
def test_validate_key_rejects(key: str) -> None:
    with pytest.raises(InvalidKey):
        validate_key(key)


# --- LocalStorage


@pytest.fixture
def local(tmp_path: Path) -> LocalStorage:
    return LocalStorage(tmp_path / "uploads", SECRET)


async def round_trip(storage: Storage, kind: str, key: str = "uploads/7/abc.pdf") -> None:
    """What every storage must do: missing → put → read back → delete (twice, quietly)."""
    assert isinstance(storage, Storage) and storage.kind == kind
    assert not await storage.exists(key)
    assert await storage.size(key) is None
    with pytest.raises(FileNotFoundError):
        await storage.get(key)
    await storage.put(key, b"%PDF-1.4 hello", "application/pdf")
    assert await storage.exists(key)
    assert await storage.size(key) == len(b"%PDF-1.4 hello")
    assert await storage.get(key) == b"%PDF-1.4 hello"
    await storage.delete(key)
    assert not await storage.exists(key)
    await storage.delete(key)  # missing: no error


async def test_local_round_trip(local: LocalStorage) -> None:
    await round_trip(local, "local")
    key = "uploads/7/abc.pdf"
    await local.put(key, b"%PDF-1.4 hello", "application/pdf")
    assert (local.root / "uploads" / "7" / "abc.pdf").read_bytes() == b"%PDF-1.4 hello"

    await local.put(key, b"v2", "application/pdf")  # overwrite replaces atomically, no temp files left behind
    assert await local.get(key) == b"v2"
    assert [p.name for p in (local.root / "uploads" / "7").iterdir()] == ["abc.pdf"]


async def test_local_directory_is_not_a_file(local: LocalStorage) -> None:
    await local.put("dir/file.txt", b"x", "text/plain")
    assert not await local.exists("dir")
    assert await local.size("dir") is None


@pytest.mark.parametrize("key", ["../escape.txt", "a/../../escape.txt", "/tmp/escape.txt", "..\\escape.txt"])
async def test_local_never_writes_outside_root(local: LocalStorage, tmp_path: Path, key: str) -> None:
    for op in (local.put(key, b"x", "text/plain"), local.get(key), local.delete(key), local.exists(key)):
        with pytest.raises(InvalidKey):
            await op
    with pytest.raises(InvalidKey):
        local.presign_put(key, "text/plain", 60, base_url="http://api")
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing created, not even the root


async def test_local_symlink_out_of_root_is_refused(local: LocalStorage, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    local.root.mkdir(parents=True)
    (local.root / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(InvalidKey):
        await local.put("link/evil.txt", b"x", "text/plain")
    assert list(outside.iterdir()) == []


# --- signed local uploads


def test_sign_verify(local: LocalStorage) -> None:
    key, ct = "uploads/7/abc.pdf", "application/pdf"
    expires = int(time.time()) + 60
    sig = local.sign(key, expires, ct)
    assert len(sig) == 64 and int(sig, 16) >= 0  # hex SHA-256

    assert local.verify(key, expires, ct, sig)
    assert not local.verify("uploads/7/other.pdf", expires, ct, sig)  # tampered key
    assert not local.verify(key, expires, "text/html", sig)  # tampered content type
    assert not local.verify(key, expires + 1, ct, sig)  # tampered expiry
    assert not local.verify(key, expires, ct, sig[:-1] + ("0" if sig[-1] != "0" else "1"))  # tampered signature
    assert not local.verify(key, expires, ct, "")
    assert not local.verify(key, expires, ct, "é" * 64)  # non-ASCII input: False, not TypeError
    assert not local.verify(key, expires, ct, sig, now=expires + 1)  # expired
    assert local.verify(key, expires, ct, sig, now=expires)  # still valid at the boundary
    assert not LocalStorage(local.root, "another-secret").verify(key, expires, ct, sig)


def test_local_presign_put(local: LocalStorage) -> None:
    before = int(time.time())
    p = local.presign_put("uploads/7/abc.pdf", "application/pdf", 300, base_url="https://api.example.com/")
    assert p["method"] == "PUT" and p["headers"] == {"Content-Type": "application/pdf"} and p["expires_in"] == 300

    url = urlsplit(p["url"])
    assert (url.scheme, url.netloc, url.path) == ("https", "api.example.com", "/upload/s3/uploads/7/abc.pdf")
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    expires = int(query["expires"])
    assert before + 300 <= expires <= int(time.time()) + 300
    assert local.verify("uploads/7/abc.pdf", expires, "application/pdf", query["signature"])
    assert "test-secret" not in p["url"] and "test-secret" not in repr(local)


# --- build_storage


def test_build_storage_local_by_default(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path, secret_key=SECRET)  # type: ignore[call-arg]
    storage = build_storage(settings)
    assert isinstance(storage, LocalStorage)
    assert storage.kind == "local" and storage.root == tmp_path / "uploads"


def test_build_storage_s3_when_bucket_set() -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        s3_bucket="bucket",
        s3_endpoint_url="http://127.0.0.1:1",
        aws_access_key_id="test",
        aws_secret_access_key="super-secret-value",
    )
    storage = build_storage(settings)
    assert isinstance(storage, S3Storage) and storage.kind == "s3"
    assert "super-secret-value" not in repr(storage)


# --- S3Storage against a real moto server


@pytest.fixture
def s3(s3_endpoint: str) -> S3Storage:
    bucket = f"test-{uuid.uuid4().hex[:12]}"  # a fresh bucket per test keeps tests independent
    boto3.client(
        "s3", endpoint_url=s3_endpoint, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test"
    ).create_bucket(Bucket=bucket)
    return S3Storage(bucket, endpoint_url=s3_endpoint, region="us-east-1", **CREDS)


@pytest.mark.slow
async def test_s3_round_trip(s3: S3Storage) -> None:
    await round_trip(s3, "s3")
    with pytest.raises(InvalidKey):
        await s3.put("../x", b"x", "text/plain")


@pytest.mark.slow
async def test_s3_presigned_put_uploads(s3: S3Storage) -> None:
    key, body = "uploads/9/resume.pdf", b"%PDF-1.7 presigned upload"
    p = s3.presign_put(key, "application/pdf", 300, base_url="http://ignored")
    assert p["method"] == "PUT" and p["headers"] == {"Content-Type": "application/pdf"} and p["expires_in"] == 300
    assert "X-Amz-Signature=" in p["url"] and "Secret" not in p["url"]

    response = httpx.put(p["url"], content=body, headers=p["headers"], timeout=10, trust_env=False)
    assert response.status_code == 200, response.text
    assert await s3.exists(key)
    assert await s3.size(key) == len(body)
    assert await s3.get(key) == body
