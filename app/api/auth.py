from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, BackgroundTasks, Request, status
from pydantic import ValidationError

from app.api.deps import CurrentLogin, CurrentUser, DbSession, SettingsDep, invalid_body
from app.core.errors import UnauthorizedError, responses
from app.middleware.rate_limit import KeyedLimit
from app.schemas.auth import (
    AuthOut,
    LoginIn,
    MessageOut,
    MeUpdate,
    PasswordResetConfirmIn,
    PasswordResetRequestIn,
    RefreshIn,
    RegisterIn,
    TokenIn,
    TokenPairOut,
    UserOut,
)
from app.services import auth_service
from app.services.mail import Mail

router = APIRouter(prefix="/auth", tags=["auth"])

_LOGIN_FORM_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/LoginIn"}},
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["username", "password"],
                    "properties": {"username": {"type": "string", "description": "email"},
                                   "password": {"type": "string", "format": "password"}},
                }
            },
        },
    }
}


def _auth_out(user, access: str, refresh: str) -> AuthOut:  # noqa: ANN001
    return AuthOut(user=UserOut.model_validate(user), token=access, access_token=access, refresh_token=refresh)


def _per_client(request: Request, settings: SettingsDep) -> None:
    KeyedLimit("auth", settings.rate_limit_auth_per_client).enforce(
        request, request.client.host if request.client else "unknown", "authentication attempts"
    )


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=AuthOut,
             responses=responses(400, 422, 429))
async def register(body: RegisterIn, request: Request, db: DbSession, settings: SettingsDep) -> AuthOut:
    _per_client(request, settings)
    user = await auth_service.create_user(db, email=body.email, password=body.password, name=body.name)
    access, refresh = await auth_service.start_login_session(db, settings, user)
    await db.commit()
    return _auth_out(user, access, refresh)


async def _read_login(request: Request) -> LoginIn:
    content_type = request.headers.get("content-type", "")
    try:
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            return LoginIn(email=form.get("username") or form.get("email"), password=form.get("password"))
        return LoginIn.model_validate_json(await request.body())
    except ValidationError as exc:
        raise invalid_body(exc) from None


@router.post("/login", response_model=AuthOut, openapi_extra=_LOGIN_FORM_SCHEMA, responses=responses(401, 422, 429))
async def login(request: Request, db: DbSession, settings: SettingsDep) -> AuthOut:
    """JSON `{email, password}`, or the OAuth2 password form (`username`, `password`) used by /docs."""
    body = await _read_login(request)
    _per_client(request, settings)
    # Brute-force protection keyed by account: only failed attempts count, a success clears them.
    guard = KeyedLimit("login-failures", settings.rate_limit_login_per_account)
    account = auth_service.normalize_email(body.email)
    if not guard.allowed(request, account):
        guard.raise_exceeded(request, account, "failed login attempts for this account")
    user = await auth_service.authenticate(db, body.email, body.password)
    if user is None:
        guard.hit(request, account)
        raise UnauthorizedError("Incorrect email or password")
    guard.reset(request, account)
    access, refresh = await auth_service.start_login_session(db, settings, user)
    await db.commit()
    return _auth_out(user, access, refresh)


@router.post("/refresh", response_model=TokenPairOut, responses=responses(401, 422))
async def refresh(body: RefreshIn, db: DbSession, settings: SettingsDep) -> TokenPairOut:
    access, new_refresh = await auth_service.rotate_refresh_token(db, settings, body.refresh_token)
    await db.commit()
    return TokenPairOut(access_token=access, token=access, refresh_token=new_refresh)


@router.post("/logout", response_model=MessageOut, responses=responses(401))
async def logout(login: CurrentLogin, db: DbSession) -> MessageOut:
    await auth_service.revoke_login_session(db, login[1])
    await db.commit()
    return MessageOut(message="Logged out")


@router.get("/me", response_model=UserOut, responses=responses(401))
async def read_me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


@router.put("/me", response_model=UserOut, responses=responses(400, 401, 422))
async def update_me(body: MeUpdate, login: CurrentLogin, db: DbSession) -> UserOut:
    user, session_id = login
    await auth_service.update_me(
        db, user, name=body.name, email=body.email, current_password=body.current_password,
        new_password=body.new_password, session_id=session_id,
    )
    await db.commit()
    return UserOut.model_validate(user)


async def _mail_action_link(request: Request, db: DbSession, settings: SettingsDep, background: BackgroundTasks, *,
                            user, purpose: str, ttl: timedelta, path: str, subject: str, text: str) -> None:  # noqa: ANN001
    """Issue a single-use token and mail its link (in the background, so SMTP latency never delays the reply)."""
    token = await auth_service.issue_action_token(db, user, purpose, ttl)
    await db.commit()
    link = f"{settings.frontend_url.rstrip('/')}/{path}?token={token}"
    background.add_task(request.app.state.mailer.send, Mail(to=user.email, subject=subject,
                                                            body=f"Hi {user.name},\n\n{text.format(link=link)}"))


@router.post("/verify-email/request", status_code=status.HTTP_202_ACCEPTED, response_model=MessageOut,
             responses=responses(401))
async def request_email_verification(
    user: CurrentUser, db: DbSession, settings: SettingsDep, request: Request, background: BackgroundTasks
) -> MessageOut:
    if user.email_verified:
        return MessageOut(message="Email already verified")
    hours = settings.email_verify_expire_hours
    await _mail_action_link(
        request, db, settings, background, user=user, purpose=auth_service.VERIFY_EMAIL,
        ttl=timedelta(hours=hours), path="verify-email", subject="Confirm your email address",
        text="Confirm your email address by opening this link:\n{link}\n\n"
             f"The link works once and expires in {hours} hours.")
    return MessageOut(message="Verification email sent")


@router.post("/verify-email/confirm", response_model=MessageOut, responses=responses(400, 422))
async def confirm_email(body: TokenIn, db: DbSession) -> MessageOut:
    user = await auth_service.consume_action_token(db, body.token, auth_service.VERIFY_EMAIL)
    user.email_verified = True
    await db.commit()
    return MessageOut(message="Email verified")


@router.post("/password-reset/request", status_code=status.HTTP_202_ACCEPTED, response_model=MessageOut,
             responses=responses(422, 429))
async def request_password_reset(
    body: PasswordResetRequestIn, db: DbSession, settings: SettingsDep, request: Request,
    background: BackgroundTasks,
) -> MessageOut:
    _per_client(request, settings)
    user = await auth_service.get_user_by_email(db, body.email)
    if user is not None and user.is_active:
        minutes = settings.password_reset_expire_minutes
        await _mail_action_link(
            request, db, settings, background, user=user, purpose=auth_service.RESET_PASSWORD,
            ttl=timedelta(minutes=minutes), path="reset-password", subject="Reset your password",
            text="Someone asked to reset the password of this account. If it was you, open:\n{link}\n\n"
                 f"The link works once and expires in {minutes} minutes. If it was not you, ignore this message.")
    # The same answer either way: the response never reveals whether an account exists.
    return MessageOut(message="If that email is registered, a reset link has been sent")


@router.post("/password-reset/confirm", response_model=MessageOut, responses=responses(400, 422))
async def confirm_password_reset(body: PasswordResetConfirmIn, db: DbSession) -> MessageOut:
    await auth_service.reset_password(db, body.token, body.new_password)
    await db.commit()
    return MessageOut(message="Password updated; please log in again")
