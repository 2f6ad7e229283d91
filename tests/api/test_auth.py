"""Every auth rule of the REST contract, driven through the ASGI app."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from sqlalchemy import update

from app.models import ActionToken, AuthSession
from tests.conftest import PASSWORD, bearer, error_text, register


async def test_register_returns_user_and_tokens(client):
    body = await register(client, "Grace@Example.com", "Grace")
    assert set(body) >= {"user", "token", "refresh_token"}
    user = body["user"]
    assert user["email"] == "grace@example.com"
    assert user["name"] == "Grace" and user["role"] == "user"
    assert user["is_active"] is True and user["email_verified"] is False
    assert {"id", "created_at"} <= set(user)
    me = await client.get("/auth/me", headers=bearer(body["token"]))
    assert me.status_code == 200 and me.json()["id"] == user["id"]


async def test_duplicate_email_is_400_case_insensitive(client):
    await register(client, "dup@example.com")
    r = await client.post("/auth/register", json={"email": "DUP@example.com", "password": PASSWORD, "name": "X"})
    assert r.status_code == 400
    assert r.json()["detail"] == "Email already registered"


@pytest.mark.parametrize(
    "payload",
    [
        {"email": "not-an-email", "password": PASSWORD, "name": "X"},
        {"email": "a@example.com", "password": "short", "name": "X"},
        {"email": "a@example.com", "password": PASSWORD},
        {"password": PASSWORD, "name": "X"},
        {"email": "a@example.com", "password": "        ", "name": "X"},  # spaces only
        {"email": "a@example.com", "password": "pass\u0000word", "name": "X"},
    ],
)
async def test_register_validation_is_422(client, payload):
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422
    assert isinstance(r.json()["detail"], list)


async def test_login_json_and_form(client):
    await register(client, "lin@example.com")
    r = await client.post("/auth/login", json={"email": "lin@example.com", "password": PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["token"] == body["access_token"] and body["token_type"] == "bearer"
    assert body["refresh_token"] and body["user"]["email"] == "lin@example.com"

    form = await client.post("/auth/login", data={"username": "lin@example.com", "password": PASSWORD})
    assert form.status_code == 200
    me = await client.get("/auth/me", headers=bearer(form.json()["access_token"]))
    assert me.json()["email"] == "lin@example.com"


async def test_login_failures(client):
    await register(client, "x@example.com")
    wrong = await client.post("/auth/login", json={"email": "x@example.com", "password": "wrong-password"})
    assert wrong.status_code == 401
    unknown = await client.post("/auth/login", json={"email": "nobody@example.com", "password": PASSWORD})
    assert unknown.status_code == 401
    malformed = await client.post("/auth/login", json={"email": "nope", "password": PASSWORD})
    assert malformed.status_code == 422
    broken_json = await client.post("/auth/login", content=b"{not json", headers={"content-type": "application/json"})
    assert broken_json.status_code == 422


async def test_missing_or_bad_token_is_401_with_header(client):
    for headers in ({}, bearer("garbage"), {"Authorization": "Basic abc"}):
        r = await client.get("/auth/me", headers=headers)
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"
        assert "detail" in r.json()


async def test_no_token_is_401_whatever_the_id_in_the_path(client):
    """Authentication comes before the id: a malformed or unknown id without a token is 401, not 404."""
    for method, path in (("GET", "/ai-interview/sessions/abc"), ("POST", "/ai-interview/sessions/abc/complete"),
                         ("GET", "/ai-interview/sessions/abc/report.pdf"),
                         ("GET", "/ai-interview/sessions/abc/turns/1/speech"),
                         ("POST", "/ai-interview/sessions/abc/message"), ("GET", "/ai-interview/sessions/999"),
                         ("GET", "/ai-interview/schedules/abc"), ("DELETE", "/ai-interview/schedules/abc"),
                         ("GET", "/ai-interview/schedules/abc/calendar.ics")):
        for headers in ({}, bearer("garbage")):
            r = await client.request(method, path, headers=headers, json={"message": "hi"})
            assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (method, path, r.text)


async def test_a_logged_out_token_is_401_even_with_a_refused_body(client):
    body = await register(client, "left@example.com")
    h = bearer(body["token"])
    s = (await client.post("/ai-interview/sessions", headers=h, json={"title": "t", "interview_type": "behavioral"}
                           )).json()
    assert (await client.post("/auth/logout", headers=h)).status_code == 200
    for path in (f"/ai-interview/sessions/{s['id']}/message", f"/ai-interview/sessions/{s['id']}/message/stream",
                 "/ai-interview/sessions/99999/message"):
        r = await client.post(path, headers=h, json={"message": ""})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", (path, r.text)


async def test_expired_access_token_is_rejected(client, settings):
    body = await register(client)
    claims = jwt.decode(body["token"], options={"verify_signature": False})
    claims["exp"] = datetime.now(UTC) - timedelta(seconds=5)
    expired = jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")
    assert (await client.get("/auth/me", headers=bearer(expired))).status_code == 401


async def test_token_signed_with_another_secret_is_rejected(client):
    body = await register(client)
    claims = jwt.decode(body["token"], options={"verify_signature": False})
    forged = jwt.encode(claims, "another-secret-that-is-long-enough-0123456789", algorithm="HS256")
    assert (await client.get("/auth/me", headers=bearer(forged))).status_code == 401


async def test_refresh_rotates_and_old_token_stops_working(client, app):
    body = await register(client)
    first = await client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert first.status_code == 200
    rotated = first.json()
    assert rotated["token"] == rotated["access_token"]
    assert rotated["refresh_token"] != body["refresh_token"]
    assert (await client.get("/auth/me", headers=bearer(rotated["access_token"]))).status_code == 200

    # Right after the rotation the old token is refused, but the login stays: a second tab lost the race.
    reused = await client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert reused.status_code == 401
    assert (await client.get("/auth/me", headers=bearer(rotated["access_token"]))).status_code == 200

    # Later, a rotated token coming back means a copy exists: the whole login ends, the newest tokens too.
    async with app.state.db_sessions() as db:
        await db.execute(update(AuthSession).values(rotated_at=datetime.now(UTC) - timedelta(minutes=5)))
        await db.commit()
    reused = await client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert reused.status_code == 401
    assert (await client.post("/auth/refresh", json={"refresh_token": rotated["refresh_token"]})).status_code == 401
    assert (await client.get("/auth/me", headers=bearer(rotated["access_token"]))).status_code == 401


async def test_racing_refreshes_rotate_once_and_keep_the_login(client):
    """Two tabs refreshing with the same token at once: one gets the new pair, the others a 401, and the login
    (with the winner's new tokens) goes on."""
    body = await register(client)
    results = await asyncio.gather(*(client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})
                                     for _ in range(6)))
    assert sorted(r.status_code for r in results) == [200] + [401] * 5
    winner = next(r.json() for r in results if r.status_code == 200)
    assert (await client.get("/auth/me", headers=bearer(winner["access_token"]))).status_code == 200
    again = await client.post("/auth/refresh", json={"refresh_token": winner["refresh_token"]})
    assert again.status_code == 200


async def test_racing_sign_ups_with_one_email_are_one_account(client):
    results = await asyncio.gather(*(client.post("/auth/register", json={
        "email": "twice@example.com", "password": PASSWORD, "name": "Twice"}) for _ in range(6)))
    assert sorted(r.status_code for r in results) == [201] + [400] * 5, [r.text for r in results]
    assert {r.json()["detail"] for r in results if r.status_code == 400} == {"Email already registered"}


async def test_racing_email_changes_to_one_address(client):
    people = [await register(client, f"p{n}@example.com") for n in range(4)]
    results = await asyncio.gather(*(client.put("/auth/me", json={"email": "wanted@example.com"},
                                                headers=bearer(p["token"])) for p in people))
    assert sorted(r.status_code for r in results) == [200] + [400] * 3, [r.text for r in results]


@pytest.mark.parametrize("claims", [{"sub": "9" * 30}, {"sub": str(2**63)}, {"sub": "-1"}, {"sub": 7},
                                    {"sid": {"a": 1}}, {"sid": 10**30}])
async def test_forged_claims_signed_with_our_key_are_401(client, settings, claims):
    """Only someone holding the secret could sign these; still a 401, never a 500."""
    body = await register(client)
    key = settings.secret_key.get_secret_value()
    access = jwt.encode({**jwt.decode(body["token"], key, algorithms=["HS256"]), **claims}, key, algorithm="HS256")
    assert (await client.get("/auth/me", headers=bearer(access))).status_code == 401
    if "sid" not in claims:
        return  # a refresh token names its login by sid alone
    refresh = jwt.encode({**jwt.decode(body["refresh_token"], key, algorithms=["HS256"]), **claims}, key,
                         algorithm="HS256")
    assert (await client.post("/auth/refresh", json={"refresh_token": refresh})).status_code == 401


@pytest.mark.parametrize("name", ["   ", "\u200b\u200b", "\t\n"])
async def test_a_name_of_nothing_visible_is_refused(client, name):
    r = await client.post("/auth/register", json={"email": "blank@example.com", "password": PASSWORD, "name": name})
    assert r.status_code == 422
    body = await register(client)
    assert (await client.put("/auth/me", json={"name": name}, headers=bearer(body["token"]))).status_code == 422


async def test_refresh_garbage_and_missing(client):
    assert (await client.post("/auth/refresh", json={"refresh_token": "garbage"})).status_code == 401
    assert (await client.post("/auth/refresh", json={})).status_code == 422
    body = await register(client)
    # An access token is not a refresh token.
    assert (await client.post("/auth/refresh", json={"refresh_token": body["token"]})).status_code == 401


async def test_logout_revokes_access_and_refresh_of_that_login_only(client):
    first = await register(client, "multi@example.com")
    second = (await client.post("/auth/login", json={"email": "multi@example.com", "password": PASSWORD})).json()
    out = await client.post("/auth/logout", headers=bearer(first["token"]))
    assert out.status_code == 200 and out.json()["message"]
    assert (await client.get("/auth/me", headers=bearer(first["token"]))).status_code == 401
    assert (await client.post("/auth/refresh", json={"refresh_token": first["refresh_token"]})).status_code == 401
    # The other login is untouched.
    assert (await client.get("/auth/me", headers=bearer(second["token"]))).status_code == 200
    assert (await client.post("/auth/logout")).status_code == 401


async def test_update_me_name_email_and_password(client):
    body = await register(client, "me@example.com", "Me")
    other = await register(client, "taken@example.com", "Other")
    h = bearer(body["token"])
    r = await client.put("/auth/me", headers=h, json={"name": "New Name", "email": "me@example.com"})
    assert r.status_code == 200 and r.json()["name"] == "New Name"
    assert (await client.put("/auth/me", headers=h, json={"email": "taken@example.com"})).status_code == 400
    wrong = await client.put("/auth/me", headers=h, json={"currentPassword": "nope-nope", "newPassword": "brand-new-pw"})
    assert wrong.status_code == 400
    ok = await client.put("/auth/me", headers=h, json={"currentPassword": PASSWORD, "newPassword": "brand-new-pw"})
    assert ok.status_code == 200
    assert (await client.post("/auth/login", json={"email": "me@example.com", "password": PASSWORD})).status_code == 401
    assert (await client.post("/auth/login", json={"email": "me@example.com", "password": "brand-new-pw"})).status_code == 200
    snake = await client.put("/auth/me", headers=h, json={"current_password": "brand-new-pw", "new_password": "third-pw-1"})
    assert snake.status_code == 200
    assert other["user"]["email"] == "taken@example.com"
    assert (await client.put("/auth/me", headers=h, json={"newPassword": "x"})).status_code == 422
    assert (await client.put("/auth/me", headers=h, json={"currentPassword": "third-pw-1",
                                                           "newPassword": " \u200b     "})).status_code == 422
    # Both spellings of the new password: one was once taken silently, so the user did not know which was set.
    both = await client.put("/auth/me", headers=h, json={"currentPassword": "third-pw-1", "newPassword": "fourth-pw-1",
                                                          "new_password": "fifth-pw-11"})
    assert both.status_code == 422 and "same field" in error_text(both), both.text
    assert (await client.post("/auth/login", json={"email": "me@example.com", "password": "third-pw-1"})).status_code == 200


async def test_email_verification_single_use(client, app):
    body = await register(client, "verify@example.com")
    h = bearer(body["token"])
    r = await client.post("/auth/verify-email/request", headers=h)
    assert r.status_code == 202
    mail = app.state.mailer.outbox[-1]
    assert mail.to == "verify@example.com"
    token = mail.body.split("token=")[1].split()[0]
    assert (await client.post("/auth/verify-email/confirm", json={"token": token})).status_code == 200
    assert (await client.get("/auth/me", headers=h)).json()["email_verified"] is True
    assert (await client.post("/auth/verify-email/confirm", json={"token": token})).status_code == 400
    assert (await client.post("/auth/verify-email/confirm", json={"token": "forged"})).status_code == 400
    assert (await client.post("/auth/verify-email/request")).status_code == 401


async def test_password_reset_flow(client, app):
    body = await register(client, "reset@example.com")
    r = await client.post("/auth/password-reset/request", json={"email": "reset@example.com"})
    assert r.status_code == 202
    unknown = await client.post("/auth/password-reset/request", json={"email": "ghost@example.com"})
    assert unknown.status_code == 202 and unknown.json() == r.json()  # reveals nothing
    assert len([m for m in app.state.mailer.outbox if m.to == "ghost@example.com"]) == 0
    token = app.state.mailer.outbox[-1].body.split("token=")[1].split()[0]

    both = await client.post("/auth/password-reset/confirm", json={"token": token, "new_password": "after-reset",
                                                                   "newPassword": "other-reset"})
    assert both.status_code == 422  # refused before the token is spent
    ok = await client.post("/auth/password-reset/confirm", json={"token": token, "newPassword": "after-reset"})
    assert ok.status_code == 200
    reused = await client.post("/auth/password-reset/confirm", json={"token": token, "new_password": "again-again"})
    assert reused.status_code == 400
    # Existing logins are ended by a reset; the new password works.
    assert (await client.get("/auth/me", headers=bearer(body["token"]))).status_code == 401
    login = await client.post("/auth/login", json={"email": "reset@example.com", "password": "after-reset"})
    assert login.status_code == 200


def _mailed_token(app) -> str:  # noqa: ANN001
    return app.state.mailer.outbox[-1].body.split("token=")[1].split()[0]


async def test_links_mailed_before_an_email_change_stop_working(client, app):
    """A verification link mailed to the old address must not verify the new one, and a reset link there must not
    take over the account once it has moved to another mailbox."""
    body = await register(client, "old-box@example.com")
    h = bearer(body["token"])
    assert (await client.post("/auth/verify-email/request", headers=h)).status_code == 202
    verify = _mailed_token(app)
    assert (await client.post("/auth/password-reset/request", json={"email": "old-box@example.com"})).status_code == 202
    reset = _mailed_token(app)
    moved = await client.put("/auth/me", headers=h, json={"email": "new-box@example.com"})
    assert moved.status_code == 200 and moved.json()["email_verified"] is False

    late = await client.post("/auth/verify-email/confirm", json={"token": verify})
    assert late.status_code == 400 and "invalid" in error_text(late).lower()
    assert (await client.get("/auth/me", headers=h)).json()["email_verified"] is False
    taken = await client.post("/auth/password-reset/confirm", json={"token": reset, "newPassword": "taken-over-1"})
    assert taken.status_code == 400
    assert (await client.post("/auth/login", json={"email": "new-box@example.com",
                                                   "password": PASSWORD})).status_code == 200
    # A link mailed to the new address works.
    assert (await client.post("/auth/verify-email/request", headers=h)).status_code == 202
    assert (await client.post("/auth/verify-email/confirm", json={"token": _mailed_token(app)})).status_code == 200
    assert (await client.get("/auth/me", headers=h)).json()["email_verified"] is True


async def test_a_password_change_ends_reset_links_asked_for_before_it(client, app):
    body = await register(client, "changer@example.com")
    await client.post("/auth/password-reset/request", json={"email": "changer@example.com"})
    first = _mailed_token(app)
    await client.post("/auth/password-reset/request", json={"email": "changer@example.com"})
    second = _mailed_token(app)
    changed = await client.put("/auth/me", headers=bearer(body["token"]),
                               json={"currentPassword": PASSWORD, "newPassword": "changed-pw-1"})
    assert changed.status_code == 200
    assert (await client.post("/auth/password-reset/confirm",
                              json={"token": first, "newPassword": "undo-change-1"})).status_code == 400
    # After a reset, the other links asked for earlier are spent with it.
    await client.post("/auth/password-reset/request", json={"email": "changer@example.com"})
    third = _mailed_token(app)
    await client.post("/auth/password-reset/request", json={"email": "changer@example.com"})
    fourth = _mailed_token(app)
    assert (await client.post("/auth/password-reset/confirm",
                              json={"token": fourth, "newPassword": "reset-pw-11"})).status_code == 200
    assert (await client.post("/auth/password-reset/confirm",
                              json={"token": third, "newPassword": "reset-pw-22"})).status_code == 400
    assert (await client.post("/auth/password-reset/confirm",
                              json={"token": second, "newPassword": "reset-pw-33"})).status_code == 400
    assert (await client.post("/auth/login", json={"email": "changer@example.com",
                                                   "password": "reset-pw-11"})).status_code == 200


async def test_expired_reset_token_is_400(client, app):
    await register(client, "late@example.com")
    await client.post("/auth/password-reset/request", json={"email": "late@example.com"})
    token = app.state.mailer.outbox[-1].body.split("token=")[1].split()[0]
    async with app.state.db_sessions() as db:
        await db.execute(update(ActionToken).values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))
        await db.commit()
    r = await client.post("/auth/password-reset/confirm", json={"token": token, "new_password": "after-reset"})
    assert r.status_code == 400 and "expired" in r.json()["detail"].lower()


async def test_login_brute_force_is_limited_per_account(client, tmp_path, clean_db):
    await register(client, "target@example.com")
    for _ in range(10):
        r = await client.post("/auth/login", json={"email": "target@example.com", "password": "bad-password"})
        assert r.status_code == 401
    blocked = await client.post("/auth/login", json={"email": "target@example.com", "password": PASSWORD})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    # Another account from the same client is not affected.
    await register(client, "bystander@example.com")
    ok = await client.post("/auth/login", json={"email": "bystander@example.com", "password": PASSWORD})
    assert ok.status_code == 200


async def test_a_password_change_signs_out_every_other_login_but_this_one(client):
    body = await register(client, "moved@example.com")
    here = bearer(body["token"])
    other = (await client.post("/auth/login", json={"email": "moved@example.com", "password": PASSWORD})).json()
    changed = await client.put("/auth/me", headers=here, json={"currentPassword": PASSWORD,
                                                                 "newPassword": "a-new-password"})
    assert changed.status_code == 200
    # The other device: neither its access token nor its refresh token works any more.
    assert (await client.get("/auth/me", headers=bearer(other["token"]))).status_code == 401
    assert (await client.post("/auth/refresh", json={"refresh_token": other["refresh_token"]})).status_code == 401
    # This device stays signed in and can still refresh.
    assert (await client.get("/auth/me", headers=here)).status_code == 200
    assert (await client.post("/auth/refresh", json={"refresh_token": body["refresh_token"]})).status_code == 200
