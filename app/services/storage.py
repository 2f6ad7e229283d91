"""Uploaded-file storage: a local folder by default, any S3-compatible bucket (AWS, MinIO, R2, moto) when configured.

Both backends share one small async interface so the API layer never knows where bytes live. Keys are validated
once, here, so no caller can turn a key into a path outside the upload root or an odd object name in a bucket.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from app.core.config import Settings

logger = logging.getLogger(__name__)

MAX_KEY_LENGTH = 500
# One path segment: a conservative charset that is safe in file names, URLs (no escaping needed) and S3 keys.
_KEY_RE = re.compile(r"[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*")


class StorageError(Exception):
    """Base class for storage failures the API layer may want to map to an HTTP error."""


class InvalidKey(StorageError):
    """The key could escape the storage root or contains characters we do not accept."""


def validate_key(key: str) -> str:
    """Return `key` unchanged when it is safe, else raise InvalidKey."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
        raise InvalidKey("key must be 1-500 characters")
    # fullmatch (not match + '$'): '$' would accept a trailing newline. The regex already rules out a leading '/',
    # backslashes, spaces and empty segments ('a//b', 'a/').
    if not _KEY_RE.fullmatch(key):
        raise InvalidKey("key may only contain [A-Za-z0-9._-] segments separated by '/'")
    # '..' is traversal; '.' would make 'a/./b' and 'a/b' the same file locally but two objects in S3.
    if any(segment in (".", "..") for segment in key.split("/")):
        raise InvalidKey("key may not contain '.' or '..' segments")
    return key


@runtime_checkable
class Storage(Protocol):
    kind: str  # "local" | "s3"

    async def put(self, key: str, data: bytes, content_type: str) -> None: ...

    async def get(self, key: str) -> bytes: ...  # FileNotFoundError when missing

    async def delete(self, key: str) -> None: ...  # no error when missing

    async def exists(self, key: str) -> bool: ...

    async def size(self, key: str) -> int | None: ...

    def presign_put(self, key: str, content_type: str, expires_in: int, *, base_url: str) -> dict[str, Any]: ...


def _presigned(url: str, content_type: str, expires_in: int) -> dict[str, Any]:
    # The client must send exactly this Content-Type: it is part of the signature in both backends.
    return {"url": url, "method": "PUT", "headers": {"Content-Type": content_type}, "expires_in": expires_in}


class LocalStorage:
    """Files under `root`. Uploads go through our own signed route (PUT /upload/s3/{key}), mimicking S3 presigning."""

    kind = "local"

    def __init__(self, root: Path, secret: str) -> None:
        self.root = Path(root)
        self._secret = secret.encode()  # never logged; only used as the HMAC key

    def __repr__(self) -> str:  # keep the secret out of reprs, tracebacks and logs
        return f"LocalStorage(root={str(self.root)!r})"

    def _path(self, key: str) -> Path:
        path = self.root / validate_key(key)
        # Defence in depth: a symlink inside root could still point elsewhere, so compare resolved paths.
        root = self.root.resolve()
        if not path.resolve().is_relative_to(root):
            raise InvalidKey("key resolves outside the storage root")
        return path

    # --- sync helpers, run in a worker thread so disk I/O never blocks the event loop

    @staticmethod
    def _write_atomic(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Temp file in the same directory so os.replace is a same-filesystem rename: readers see the old file or the
        # complete new one, never a half-written upload.
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @staticmethod
    def _size(path: Path) -> int | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return st.st_size if path.is_file() else None

    # --- Storage interface

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        # content_type is not stored locally: the API derives it from the key/extension when serving.
        await asyncio.to_thread(self._write_atomic, self._path(key), data)

    async def get(self, key: str) -> bytes:
        return await asyncio.to_thread(self._path(key).read_bytes)  # raises FileNotFoundError when missing

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path(key).unlink, missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self._path(key).is_file)

    async def size(self, key: str) -> int | None:
        return await asyncio.to_thread(self._size, self._path(key))

    def sign(self, key: str, expires: int, content_type: str) -> str:
        message = f"PUT\n{key}\n{expires}\n{content_type}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, key: str, expires: int, content_type: str, signature: str, now: float | None = None) -> bool:
        if (time.time() if now is None else now) > expires:
            return False
        expected = self.sign(key, expires, content_type)
        # Compare bytes, not str: compare_digest raises TypeError on non-ASCII str, and attackers choose `signature`.
        return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))

    def presign_put(self, key: str, content_type: str, expires_in: int, *, base_url: str) -> dict[str, Any]:
        validate_key(key)  # validated keys need no URL escaping
        expires = int(time.time()) + expires_in  # absolute unix timestamp, so the link cannot be extended
        sig = self.sign(key, expires, content_type)
        url = f"{base_url.rstrip('/')}/upload/s3/{key}?expires={expires}&signature={sig}"
        return _presigned(url, content_type, expires_in)


class S3Storage:
    """Objects in an S3-compatible bucket. boto3 is synchronous, so every network call runs in a worker thread."""

    kind = "s3"

    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key: str | None = None,
        secret_key: str | None = None,
    ) -> None:
        import boto3  # imported lazily: local-only deployments never pay for it
        from botocore.config import Config  # (botocore comes with boto3: same deferral)

        self.bucket = bucket
        self.endpoint_url = endpoint_url
        # Custom endpoints (MinIO, moto, most self-hosted) rarely support virtual-host buckets: use path style there.
        config = Config(
            signature_version="s3v4",
            s3={"addressing_style": "path" if endpoint_url else "auto"},
            retries={"max_attempts": 3, "mode": "standard"},
        )
        # None credentials fall back to boto3's default chain (env, instance role). The secret lives only in the
        # client, never on self, so it cannot leak through a repr or a log line.
        self._client = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            config=config,
        )

    def __repr__(self) -> str:
        return f"S3Storage(bucket={self.bucket!r}, endpoint_url={self.endpoint_url!r})"

    @staticmethod
    def _is_missing(exc: Exception) -> bool:
        from botocore.exceptions import ClientError  # deferred with boto3

        if not isinstance(exc, ClientError):
            return False
        code = str(exc.response.get("Error", {}).get("Code", ""))
        return code in {"404", "NoSuchKey", "NotFound"}

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(
            self._client.put_object, Bucket=self.bucket, Key=validate_key(key), Body=data, ContentType=content_type
        )

    async def get(self, key: str) -> bytes:
        def _get() -> bytes:
            response = self._client.get_object(Bucket=self.bucket, Key=key)
            return response["Body"].read()

        validate_key(key)
        try:
            return await asyncio.to_thread(_get)
        except Exception as exc:
            if self._is_missing(exc):
                raise FileNotFoundError(key) from exc  # same contract as LocalStorage
            raise

    async def delete(self, key: str) -> None:
        # S3 DeleteObject already succeeds for missing keys.
        await asyncio.to_thread(self._client.delete_object, Bucket=self.bucket, Key=validate_key(key))

    async def size(self, key: str) -> int | None:
        validate_key(key)
        try:
            head = await asyncio.to_thread(self._client.head_object, Bucket=self.bucket, Key=key)
        except Exception as exc:
            if self._is_missing(exc):
                return None
            raise
        return int(head["ContentLength"])

    async def exists(self, key: str) -> bool:
        return await self.size(key) is not None

    def presign_put(self, key: str, content_type: str, expires_in: int, *, base_url: str) -> dict[str, Any]:
        # base_url is unused: the client uploads straight to the bucket. Signing is local computation, no network.
        url = self._client.generate_presigned_url(
            "put_object",
            Params={"Bucket": self.bucket, "Key": validate_key(key), "ContentType": content_type},
            ExpiresIn=expires_in,
        )
        return _presigned(url, content_type, expires_in)


def build_storage(settings: Settings) -> Storage:
    if settings.s3_bucket:
        secret = settings.aws_secret_access_key
        # Log where files go, never the credentials.
        logger.info("File storage: S3 bucket=%s endpoint=%s", settings.s3_bucket, settings.s3_endpoint_url or "aws")
        return S3Storage(
            settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key=settings.aws_access_key_id,
            secret_key=secret.get_secret_value() if secret else None,
        )
    logger.info("File storage: local folder %s", settings.upload_path)
    return LocalStorage(settings.upload_path, settings.secret_key.get_secret_value())
