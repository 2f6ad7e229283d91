"""Accounts (`/auth`): register, log in and out, refresh tokens, the current user, email verification and password
reset."""

from __future__ import annotations

from fastapi import BackgroundTasks, Request, status
from pydantic import ValidationError

from app.api.deps import CurrentLogin, CurrentUser, DbSession, MailerDep, SettingsDep, invalid_body
from app.api.openapi import responses
from app.api.routing import api_router
from app.core.errors import NotAuthenticatedError
from app.middleware.rate_limit import KeyedLimit, client_key
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
from app.services.accounts import auth

router = api_router(prefix="/auth", tags=["auth"])

_LOGIN_FORM_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            # Inline: the body is parsed by hand, so FastAPI never lists LoginIn among the components.
            "application/json": {"schema": LoginIn.model_json_schema()},
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


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=AuthOut,
             responses=responses(400, 422, 429))
async def register(body: RegisterIn, request: Request, db: DbSession, settings: SettingsDep) -> AuthOut:
    # Per client address, and generous: a class or an office behind one NAT signs up together.
    KeyedLimit("register", settings.rate_limit_register_per_client).enforce(request, client_key(request),
                                                                            "registrations from your network")
    user, access, refresh = await auth.register(db, settings, email=body.email, password=body.password,
                                                name=body.name)
    return _auth_out(user, access, refresh)


async def _read_login(request: Request) -> LoginIn:
    content_type = request.headers.get("content-type", "")
    try:
        form_login = content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
        if form_login:
            form = await request.form()
            return LoginIn(email=form.get("username") or form.get("email"), password=form.get("password"))
        return LoginIn.model_validate_json(await request.body())
    except ValidationError as exc:
        raise invalid_body(exc, {"email": "username"} if form_login else None) from None


@router.post("/login", response_model=AuthOut, openapi_extra=_LOGIN_FORM_SCHEMA, responses=responses(401, 422, 429))
async def login(request: Request, db: DbSession, settings: SettingsDep) -> AuthOut:
    """JSON `{email, password}`, or the OAuth2 password form (`username`, `password`) used by /docs."""
    body = await _read_login(request)
    # Only failures count, never successful logins. Per account AND client: a wrong-password storm from one place
    # stops that place, not the owner logging in from elsewhere. Per client across accounts: password spraying.
    client = client_key(request)
    account_here = f"{auth.normalize_email(body.email)}|{client}"
    per_account = KeyedLimit("login-failures", settings.rate_limit_login_per_account)
    per_client = KeyedLimit("login-failures-client", settings.rate_limit_login_failures_per_client)
    per_account.check(request, account_here, "failed login attempts for this account from your network")
    per_client.check(request, client, "failed login attempts from your network")
    user = await auth.authenticate(db, body.email, body.password)
    if user is None:
        per_account.hit(request, account_here)
        per_client.hit(request, client)
        raise NotAuthenticatedError("Incorrect email or password")
    per_account.reset(request, account_here)
    access, refresh = await auth.start_login_session(db, settings, user)
    return _auth_out(user, access, refresh)


@router.post("/refresh", response_model=TokenPairOut, responses=responses(401, 422))
async def refresh(body: RefreshIn, db: DbSession, settings: SettingsDep) -> TokenPairOut:
    access, new_refresh = await auth.rotate_refresh_token(db, settings, body.refresh_token)
    return TokenPairOut(access_token=access, token=access, refresh_token=new_refresh)


@router.post("/logout", response_model=MessageOut, responses=responses(401))
async def logout(login: CurrentLogin, db: DbSession) -> MessageOut:
    await auth.revoke_login_session(db, login[1])
    return MessageOut(message="Logged out")


@router.get("/me", response_model=UserOut, responses=responses(401))
async def read_me(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


@router.put("/me", response_model=UserOut, responses=responses(400, 401, 422))
async def update_me(body: MeUpdate, login: CurrentLogin, db: DbSession) -> UserOut:
    user, session_id = login
    await auth.update_me(db, user, name=body.name, email=body.email, current_password=body.current_password,
                         new_password=body.new_password, session_id=session_id)
    return UserOut.model_validate(user)


@router.post("/verify-email/request", status_code=status.HTTP_202_ACCEPTED, response_model=MessageOut,
             responses=responses(401))
async def request_email_verification(user: CurrentUser, db: DbSession, settings: SettingsDep, mailer: MailerDep,
                                     background: BackgroundTasks) -> MessageOut:
    if user.email_verified:
        return MessageOut(message="Email already verified")
    # Mailed in the background, so SMTP latency never delays the reply.
    background.add_task(mailer.send, await auth.verification_mail(db, settings, user))
    return MessageOut(message="Verification email sent")


@router.post("/verify-email/confirm", response_model=MessageOut, responses=responses(400, 422))
async def confirm_email(body: TokenIn, db: DbSession) -> MessageOut:
    await auth.verify_email(db, body.token)
    return MessageOut(message="Email verified")


@router.post("/password-reset/request", status_code=status.HTTP_202_ACCEPTED, response_model=MessageOut,
             responses=responses(422, 429))
async def request_password_reset(body: PasswordResetRequestIn, request: Request, db: DbSession,
                                 settings: SettingsDep, mailer: MailerDep,
                                 background: BackgroundTasks) -> MessageOut:
    KeyedLimit("password-reset", settings.rate_limit_auth_per_client).enforce(request, client_key(request),
                                                                              "password-reset requests")
    mail = await auth.password_reset_mail(db, settings, body.email)
    if mail is not None:
        background.add_task(mailer.send, mail)
    # The same answer either way: the response never reveals whether an account exists.
    return MessageOut(message="If that email is registered, a reset link has been sent")


@router.post("/password-reset/confirm", response_model=MessageOut, responses=responses(400, 422))
async def confirm_password_reset(body: PasswordResetConfirmIn, db: DbSession) -> MessageOut:
    await auth.reset_password(db, body.token, body.new_password)
    return MessageOut(message="Password updated; please log in again")
