"""Password hashing (argon2) and JWTs (PyJWT). Pure functions: no database, no request."""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
import threading
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()
# A real hash to verify against when the account does not exist, so timing does not reveal which emails exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    try:
        return _hasher.verify(hashed or _DUMMY_HASH, password) and hashed is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Argon2 costs tens of milliseconds of CPU and 64 MB per call by design. Servers call it in a worker thread
# (argon2-cffi releases the GIL), so a burst of logins never stalls the event loop, and at most one call per core
# runs at a time, so a burst cannot take hundreds of MB either.
_HASH_SLOTS = threading.BoundedSemaphore(os.cpu_count() or 2)


def _one_at_a_time(function: Any, *args: Any) -> Any:
    with _HASH_SLOTS:
        return function(*args)


async def hash_password_off_loop(password: str) -> str:
    return await asyncio.to_thread(_one_at_a_time, hash_password, password)


async def verify_password_off_loop(password: str, hashed: str | None) -> bool:
    return await asyncio.to_thread(_one_at_a_time, verify_password, password, hashed)


def new_id() -> str:
    return str(uuid.uuid4())


def new_url_token() -> str:
    return secrets.token_urlsafe(32)


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


class TokenError(Exception):
    """The token is malformed, forged, expired or of the wrong type."""


def encode_token(
    *, subject: str, token_type: str, secret: str, algorithm: str, expires_in: timedelta, **claims: Any
) -> str:
    now = datetime.now(UTC)
    payload = {"sub": subject, "type": token_type, "iat": now, "exp": now + expires_in, "jti": new_id(), **claims}
    return jwt.encode(payload, secret, algorithm=algorithm)


def decode_token(token: str, *, secret: str, algorithm: str, token_type: str) -> dict[str, Any]:
    try:
        payload = jwt.decode(token, secret, algorithms=[algorithm], options={"require": ["exp", "sub", "type"]})
    except jwt.PyJWTError as exc:
        raise TokenError(str(exc)) from exc
    if payload.get("type") != token_type:
        raise TokenError("wrong token type")
    return payload
