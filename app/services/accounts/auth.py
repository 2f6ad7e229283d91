"""Accounts and tokens: registration, login sessions with rotating refresh tokens, revocation, and the
single-use tokens mailed for email verification and password reset. Each public operation commits its own work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Exists, delete, exists, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings
from app.core.errors import NotAuthenticatedError, RejectedError
from app.core.security import (
    TokenError,
    decode_token,
    encode_token,
    hash_password_off_loop,
    new_id,
    new_url_token,
    sha256_hex,
    verify_password_off_loop,
)
from app.models import ActionToken, AuthSession, User, row_id_in
from app.services.accounts.mail import Mail

VERIFY_EMAIL = "verify_email"
RESET_PASSWORD = "reset_password"


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def get_user_by_email(db: AsyncSession, email: str) -> User | None:
    return await db.scalar(select(User).where(User.email == normalize_email(email)))


async def create_user(db: AsyncSession, *, email: str, password: str, name: str, role: str = "user") -> User:
    if await get_user_by_email(db, email):
        raise RejectedError("Email already registered")
    user = User(email=normalize_email(email), name=name.strip(), hashed_password=await hash_password_off_loop(password),
                role=role)
    db.add(user)
    async with _email_taken_on_conflict(db):
        await db.flush()
    return user


@asynccontextmanager
async def _email_taken_on_conflict(db: AsyncSession) -> AsyncIterator[None]:
    """Two requests for one email (a double-clicked sign-up, two users changing to the same address) both pass the
    look-up above; the unique index lets one through, and the other gets the same answer as if it had come second."""
    try:
        yield
    except IntegrityError:
        await db.rollback()
        raise RejectedError("Email already registered") from None


async def authenticate(db: AsyncSession, email: str, password: str) -> User | None:
    user = await get_user_by_email(db, email)
    # verify_password runs even for unknown emails so response time does not reveal which accounts exist.
    ok = await verify_password_off_loop(password, user.hashed_password if user else None)
    return user if ok and user and user.is_active else None


def _access_token(settings: Settings, user: User, session_id: str) -> str:
    return encode_token(
        subject=str(user.id), token_type="access", secret=settings.secret_key.get_secret_value(),
        algorithm=settings.jwt_algorithm, expires_in=timedelta(minutes=settings.access_token_expire_minutes),
        sid=session_id, role=user.role,
    )


def _refresh_token(settings: Settings, user_id: int, session_id: str, jti: str) -> str:
    return encode_token(
        subject=str(user_id), token_type="refresh", secret=settings.secret_key.get_secret_value(),
        algorithm=settings.jwt_algorithm, expires_in=timedelta(days=settings.refresh_token_expire_days),
        sid=session_id, rjti=jti,
    )


async def start_login_session(db: AsyncSession, settings: Settings, user: User) -> tuple[str, str]:
    """Open a login session and return (access token, refresh token)."""
    session = AuthSession(
        id=new_id(), user_id=user.id, refresh_jti=new_id(),
        expires_at=datetime.now(UTC) + timedelta(days=settings.refresh_token_expire_days),
    )
    db.add(session)
    await db.commit()
    return _access_token(settings, user, session.id), _refresh_token(settings, user.id, session.id, session.refresh_jti)


async def register(db: AsyncSession, settings: Settings, *, email: str, password: str, name: str
                   ) -> tuple[User, str, str]:
    """A new account, already logged in: (user, access token, refresh token)."""
    user = await create_user(db, email=email, password=password, name=name)
    access, refresh = await start_login_session(db, settings, user)
    return user, access, refresh


async def rotate_refresh_token(db: AsyncSession, settings: Settings, refresh_token: str) -> tuple[str, str]:
    try:
        claims = decode_token(refresh_token, secret=settings.secret_key.get_secret_value(),
                              algorithm=settings.jwt_algorithm, token_type="refresh")
    except TokenError:
        raise NotAuthenticatedError("Invalid refresh token") from None
    sid, rjti = claims.get("sid"), claims.get("rjti")
    if not isinstance(sid, str) or not isinstance(rjti, str):
        raise NotAuthenticatedError("Invalid refresh token")
    session = await db.get(AuthSession, sid)
    now = datetime.now(UTC)
    if session is None or session.revoked_at is not None or session.expires_at < now:
        raise NotAuthenticatedError("Refresh token revoked or expired")
    user = await db.get(User, session.user_id)
    if user is None or not user.is_active:
        raise NotAuthenticatedError("Account disabled")
    # One statement decides which of two racing refreshes rotates: the other matches no row.
    fresh = new_id()
    rotated = await db.execute(
        update(AuthSession).where(AuthSession.id == sid, AuthSession.refresh_jti == rjti,
                                  AuthSession.revoked_at.is_(None))
        .values(refresh_jti=fresh, previous_refresh_jti=rjti, rotated_at=now)
        .execution_options(synchronize_session=False))
    if rotated.rowcount == 1:
        await db.commit()
        return _access_token(settings, user, sid), _refresh_token(settings, user.id, sid, fresh)
    await db.rollback()
    await db.refresh(session)
    grace = timedelta(seconds=settings.refresh_reuse_grace_seconds)
    if session.previous_refresh_jti == rjti and session.rotated_at is not None and now - session.rotated_at <= grace:
        raise NotAuthenticatedError("Refresh token already used")  # another tab refreshed first; the login stays
    # An already-rotated token came back: someone holds a copy. End the whole login to be safe.
    await db.execute(update(AuthSession).where(AuthSession.id == sid).values(revoked_at=now)
                     .execution_options(synchronize_session=False))
    await db.commit()
    raise NotAuthenticatedError("Refresh token already used")


@dataclass(frozen=True)
class Principal:
    """Who a valid access token names, read from the token alone (no database): the user id, the login it belongs
    to and the role. Whether that login is still open is checked separately (`login_is_open`)."""

    id: int
    session_id: str
    role: str
    expires_at: float = float("inf")  # the token's `exp` (Unix seconds): a long-lived socket re-checks it per turn


def principal_from_token(settings: Settings, token: str) -> Principal:
    try:
        claims = decode_token(token, secret=settings.secret_key.get_secret_value(),
                              algorithm=settings.jwt_algorithm, token_type="access")
        subject, session_id = claims["sub"], claims["sid"]
        user_id = row_id_in(subject) if isinstance(subject, str) else None
    except (TokenError, KeyError):
        raise NotAuthenticatedError() from None
    if user_id is None or not isinstance(session_id, str):  # only a token forged with our key gets here
        raise NotAuthenticatedError()
    return Principal(id=user_id, session_id=session_id, role=str(claims.get("role", "user")),
                     expires_at=float(claims["exp"]))


def login_is_open(session_id: Any, user_id: Any) -> Exists:
    """A SQL condition: the login (a principal's session_id and id, or bind parameters standing for them) is not
    revoked and the account is active. Hot paths put it in their own statement instead of paying for a separate
    lookup."""
    return exists().where(AuthSession.id == session_id, AuthSession.user_id == user_id,
                          AuthSession.revoked_at.is_(None), User.id == AuthSession.user_id, User.is_active.is_(True))


async def user_from_access_token(db: AsyncSession, settings: Settings, token: str) -> tuple[User, str]:
    """Return the user and login-session id for a valid, unrevoked access token."""
    principal = principal_from_token(settings, token)
    row = (
        await db.execute(
            select(User, AuthSession.revoked_at)
            .join(AuthSession, AuthSession.user_id == User.id)
            .where(User.id == principal.id, AuthSession.id == principal.session_id)
        )
    ).first()
    if row is None or row.revoked_at is not None:
        raise NotAuthenticatedError("Token revoked")
    user = row[0]
    if not user.is_active:
        raise NotAuthenticatedError("Account disabled")
    return user, principal.session_id


async def revoke_login_session(db: AsyncSession, session_id: str) -> None:
    """Logout: the login's access and refresh tokens stop working."""
    await db.execute(
        update(AuthSession).where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    await db.commit()


async def revoke_all_sessions(db: AsyncSession, user_id: int, except_session: str | None = None) -> None:
    stmt = update(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    if except_session:
        stmt = stmt.where(AuthSession.id != except_session)
    await db.execute(stmt.values(revoked_at=datetime.now(UTC)))


async def update_me(
    db: AsyncSession, user: User, *, name: str | None, email: str | None,
    current_password: str | None, new_password: str | None, session_id: str,
) -> User:
    void: set[str] = set()  # purposes of the mailed links this change ends
    if email is not None and normalize_email(email) != user.email:
        if await get_user_by_email(db, email):
            raise RejectedError("Email already registered")
        user.email = normalize_email(email)
        user.email_verified = False
        # Links mailed to the old address must not verify the new one, nor reset the password of an account that
        # has left that mailbox.
        void |= {VERIFY_EMAIL, RESET_PASSWORD}
    if name is not None:
        user.name = name.strip()
    if new_password is not None or current_password is not None:
        if not new_password:
            raise RejectedError("newPassword is required to change the password")
        if not current_password or not await verify_password_off_loop(current_password, user.hashed_password):
            raise RejectedError("Current password is incorrect")
        user.hashed_password = await hash_password_off_loop(new_password)
        # Other devices must log in again with the new password; this one stays signed in. A reset link asked for
        # before the change would undo it.
        void.add(RESET_PASSWORD)
    # Every statement from here flushes the new email first: a request racing for the same address loses here.
    async with _email_taken_on_conflict(db):
        if new_password is not None:
            await revoke_all_sessions(db, user.id, except_session=session_id)
        if void:
            await _void_action_tokens(db, user.id, *sorted(void))
        await db.commit()
    return user


async def issue_action_token(db: AsyncSession, user: User, purpose: str, ttl: timedelta) -> str:
    raw = new_url_token()
    db.add(ActionToken(user_id=user.id, purpose=purpose, token_hash=sha256_hex(raw),
                       expires_at=datetime.now(UTC) + ttl))
    await db.flush()
    return raw


async def _void_action_tokens(db: AsyncSession, user_id: int, *purposes: str) -> None:
    """Outstanding (unused) links of these purposes stop working: they read as invalid."""
    await db.execute(delete(ActionToken).where(ActionToken.user_id == user_id, ActionToken.used_at.is_(None),
                                               ActionToken.purpose.in_(purposes)))


async def consume_action_token(db: AsyncSession, raw: str, purpose: str) -> User:
    token = await db.scalar(
        select(ActionToken).where(ActionToken.token_hash == sha256_hex(raw), ActionToken.purpose == purpose)
    )
    if token is None:
        raise RejectedError("Invalid token")
    if token.used_at is not None:
        raise RejectedError("Token already used")
    if token.expires_at < datetime.now(UTC):
        raise RejectedError("Token expired")
    # Claim it atomically so two concurrent confirmations cannot both succeed.
    claimed = await db.execute(
        update(ActionToken).where(ActionToken.id == token.id, ActionToken.used_at.is_(None))
        .values(used_at=datetime.now(UTC))
    )
    if claimed.rowcount != 1:
        raise RejectedError("Token already used")
    user = await db.get(User, token.user_id)
    if user is None:
        raise RejectedError("Invalid token")
    return user


async def reset_password(db: AsyncSession, raw_token: str, new_password: str) -> None:
    user = await consume_action_token(db, raw_token, RESET_PASSWORD)
    user.hashed_password = await hash_password_off_loop(new_password)
    await revoke_all_sessions(db, user.id)
    await _void_action_tokens(db, user.id, RESET_PASSWORD)  # other links asked for earlier die with this one
    await db.commit()


async def verify_email(db: AsyncSession, raw_token: str) -> None:
    user = await consume_action_token(db, raw_token, VERIFY_EMAIL)
    user.email_verified = True
    await db.commit()


async def verification_mail(db: AsyncSession, settings: Settings, user: User) -> Mail:
    """A single-use, expiring link that confirms the user's email address."""
    hours = settings.email_verify_expire_hours
    link = await _action_link(db, settings, user, VERIFY_EMAIL, timedelta(hours=hours), "verify-email")
    return Mail(to=user.email, subject="Confirm your email address",
                body=f"Hi {user.name},\n\nConfirm your email address by opening this link:\n{link}\n\n"
                     f"The link works once and expires in {hours} hours.")


async def password_reset_mail(db: AsyncSession, settings: Settings, email: str) -> Mail | None:
    """A reset link for an active account with this email; None when there is none (the caller must answer the
    same way either way, so the response never reveals whether an account exists)."""
    user = await get_user_by_email(db, email)
    if user is None or not user.is_active:
        return None
    minutes = settings.password_reset_expire_minutes
    link = await _action_link(db, settings, user, RESET_PASSWORD, timedelta(minutes=minutes), "reset-password")
    return Mail(to=user.email, subject="Reset your password",
                body=f"Hi {user.name},\n\nSomeone asked to reset the password of this account. If it was you, "
                     f"open:\n{link}\n\nThe link works once and expires in {minutes} minutes. If it was not you, "
                     "ignore this message.")


async def _action_link(db: AsyncSession, settings: Settings, user: User, purpose: str, ttl: timedelta,
                       path: str) -> str:
    token = await issue_action_token(db, user, purpose, ttl)
    await db.commit()
    return f"{settings.frontend_url.rstrip('/')}/{path}?token={token}"


async def ensure_admin(db: AsyncSession, email: str, password: str, name: str = "Administrator") -> User:
    """Create the admin account, or promote an existing account with that email."""
    user = await get_user_by_email(db, email)
    if user is None:
        user = await create_user(db, email=email, password=password, name=name, role="admin")
    else:
        user.role = "admin"
    user.email_verified = True
    await db.commit()
    return user
