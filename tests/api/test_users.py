from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from app.models import User
from app.services.accounts import auth
from tests.conftest import bearer, register


async def _admin_headers(client, app) -> dict[str, str]:
    async with app.state.db_sessions() as db:
        await auth.ensure_admin(db, "root@example.com", "admin-password")
        await db.commit()
    r = await client.post("/auth/login", json={"email": "root@example.com", "password": "admin-password"})
    assert r.json()["user"]["role"] == "admin"
    return bearer(r.json()["token"])


async def test_admin_lists_gets_and_deletes_users(client, app):
    alice = await register(client, "alice@example.com")
    admin = await _admin_headers(client, app)
    listed = await client.get("/users", headers=admin)
    assert listed.status_code == 200
    assert {"alice@example.com", "root@example.com"} <= {u["email"] for u in listed.json()}
    uid = alice["user"]["id"]
    assert (await client.get(f"/users/{uid}", headers=admin)).json()["email"] == "alice@example.com"
    assert (await client.delete(f"/users/{uid}", headers=admin)).status_code == 204
    assert (await client.get(f"/users/{uid}", headers=admin)).status_code == 404
    # The deleted user's token no longer works.
    assert (await client.get("/auth/me", headers=bearer(alice["token"]))).status_code == 401


async def test_non_admin_rules(client):
    alice = await register(client, "alice@example.com")
    bob = await register(client, "bob@example.com")
    h = bearer(alice["token"])
    assert (await client.get("/users", headers=h)).status_code == 403
    assert (await client.get(f"/users/{alice['user']['id']}", headers=h)).status_code == 200
    # Someone else's id is indistinguishable from an unknown one.
    assert (await client.get(f"/users/{bob['user']['id']}", headers=h)).status_code == 404
    assert (await client.get("/users/999999", headers=h)).status_code == 404
    assert (await client.get("/users/not-a-number", headers=h)).status_code == 404
    assert (await client.delete(f"/users/{bob['user']['id']}", headers=h)).status_code == 403


async def test_first_admin_from_settings(tmp_path, clean_db):
    import httpx

    from app.main import create_app
    from tests.conftest import make_settings

    settings = make_settings(tmp_path, clean_db, first_admin_email="boss@example.com",
                             first_admin_password="boss-password-1")
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            r = await c.post("/auth/login", json={"email": "boss@example.com", "password": "boss-password-1"})
            assert r.status_code == 200 and r.json()["user"]["role"] == "admin"


async def test_deleting_a_user_removes_files_and_vectors(client, app, settings):
    victim = await register(client, "gone@example.com")
    h = bearer(victim["token"])
    r = await client.post("/documents/resume", headers=h,
                          files={"file": ("cv.txt", b"Jane Roe\nSkills\nPython, Go, Kafka\nExperience\n"
                                                    b"Engineer - Acme (2019 - 2024)\nBuilt things.", "text/plain")})
    assert r.status_code == 201
    await client.post("/ai-interview/profile", headers=h, json={"target_role": "Backend Engineer"})
    await app.state.indexing.wait_idle()
    uid = victim["user"]["id"]
    assert await app.state.indexing.rag.count_user(uid) > 0
    assert list((settings.upload_path / "documents").rglob("*.txt"))
    admin = await _admin_headers(client, app)
    assert (await client.delete(f"/users/{uid}", headers=admin)).status_code == 204
    assert await app.state.indexing.rag.count_user(uid) == 0
    assert not list((settings.upload_path / "documents").rglob("*.txt"))


async def test_paging_past_any_row_is_a_422_not_an_overflow(client, app):
    admin = await _admin_headers(client, app)
    for offset in ("9223372036854775808", "99999999999999999999", "-1"):
        assert (await client.get(f"/users?offset={offset}", headers=admin)).status_code == 422
    assert (await client.get("/users?offset=2147483647", headers=admin)).json() == []


async def test_an_admin_cannot_delete_their_own_account(client, app):
    admin = await _admin_headers(client, app)
    me = (await client.get("/auth/me", headers=admin)).json()
    r = await client.delete(f"/users/{me['id']}", headers=admin)
    assert r.status_code == 400 and "own account" in r.json()["detail"]
    assert (await client.get("/auth/me", headers=admin)).status_code == 200
    # Other deletions still work.
    alice = await register(client, "alice@example.com")
    assert (await client.delete(f"/users/{alice['user']['id']}", headers=admin)).status_code == 204


async def test_two_admins_deleting_each_other_at_once_leave_one(client, app):
    first = await _admin_headers(client, app)
    async with app.state.db_sessions() as db:
        await auth.ensure_admin(db, "second@example.com", "admin-password")
        await db.commit()
    r = await client.post("/auth/login", json={"email": "second@example.com", "password": "admin-password"})
    second, second_id = bearer(r.json()["token"]), r.json()["user"]["id"]
    first_id = (await client.get("/auth/me", headers=first)).json()["id"]
    results = await asyncio.gather(client.delete(f"/users/{second_id}", headers=first),
                                   client.delete(f"/users/{first_id}", headers=second))
    codes = sorted(r.status_code for r in results)
    # One wins; the other is refused as the last admin (409), or finds its own login gone (401) if it came late.
    assert codes in ([204, 401], [204, 409]), [r.text for r in results]
    refused = next(r for r in results if r.status_code == 409) if 409 in codes else None
    if refused is not None:
        assert "last active administrator" in refused.json()["detail"]
    async with app.state.db_sessions() as db:
        admins = await db.scalar(select(func.count()).select_from(User).where(User.role == "admin"))
    assert admins == 1
