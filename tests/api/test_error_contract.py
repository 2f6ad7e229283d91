"""The documented error bodies are the ones returned: every 422, FastAPI's or our own, has FastAPI's list shape
and validates against the schema the OpenAPI document gives for it."""

from __future__ import annotations

import jsonschema

from tests.conftest import bearer, error_text, register


def _documented(spec: dict, method: str, path: str, status: str) -> dict:
    schema = spec["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}  # so "#/components/..." references resolve


async def test_every_documented_422_is_fastapis_validation_shape(app):
    spec = app.openapi()
    documented = {(method, path): op["responses"]["422"]["content"]["application/json"]["schema"]
                  for path, ops in spec["paths"].items() for method, op in ops.items() if "422" in op["responses"]}
    assert len(documented) > 20
    assert {s.get("$ref") for s in documented.values()} == {"#/components/schemas/HTTPValidationError"}
    assert spec["components"]["schemas"]["HTTPValidationError"]["properties"]["detail"]["type"] == "array"


async def test_422_bodies_match_their_documented_schema(client, user_headers, app):
    spec = app.openapi()
    await client.post("/ai-interview/profile", json={"current_role": "Engineer"}, headers=user_headers)
    cases = [
        # FastAPI's own validation of a declared body
        ("post", "/auth/register", {"json": {"email": "not-an-email", "password": "x", "name": ""}}, "email"),
        # a body we parse by hand
        ("post", "/auth/login", {"content": b"{oops", "headers": {"content-type": "application/json"}}, "JSON"),
        # a service refusing input that passed the schema (InvalidInputError)
        ("post", "/documents/resume", {"files": {"file": ("empty.txt", b"  \n ", "text/plain")},
                                       "headers": user_headers}, "empty"),
        # two files where one is read: refused rather than keeping one and dropping the other unseen
        ("post", "/documents/resume", {"files": [("file", ("a.txt", b"Jane Doe\nEngineer at Acme 2019-2024", "text/plain")),
                                                 ("file", ("b.txt", b"John Roe\nAnalyst at Beta 2018-2023", "text/plain"))],
                                       "headers": user_headers}, "one file"),
        # ... and two of any other form field ("title" twice once kept the last)
        ("post", "/documents/job-description", {"files": {"file": ("jd.txt", b"Backend Engineer. Must have: Go.",
                                                                   "text/plain")},
                                                "data": {"title": ["One", "Two"]}, "headers": user_headers}, "one title"),
        # a bounded free-form field
        ("put", "/ai-interview/profile", {"json": {"interview_preferences": {"a": [[[[["deep"]]]]]}},
                                          "headers": user_headers}, "nested"),
    ]
    for method, path, request, words in cases:
        r = await client.request(method.upper(), path, **request)
        assert r.status_code == 422, (path, r.status_code, r.text)
        jsonschema.validate(r.json(), _documented(spec, method, path, "422"))
        assert words is None or words.lower() in error_text(r).lower(), (path, r.text)


async def test_a_body_parsed_by_hand_locates_its_errors_as_fastapi_does(client, user_headers):
    """`loc` starts with "body" and names the field as the client sent it, whichever way the route reads its body."""
    declared = await client.post("/auth/register", json={"email": "bad", "password": "long enough password"})
    assert declared.json()["detail"][0]["loc"] == ["body", "email"]
    cases = [
        (("/auth/login",), {"json": {"email": "bad", "password": "x"}}, ["body", "email"]),
        (("/auth/login",), {"json": {"email": "a@example.com"}}, ["body", "password"]),
        (("/auth/login",), {"data": {"username": "bad", "password": "x"}}, ["body", "username"]),
        (("/auth/login",), {"content": b"{oops", "headers": {"content-type": "application/json"}}, ["body"]),
        (("/documents/job-description",), {"json": {"txt": "Backend role"}, "headers": user_headers},
         ["body", "text"]),
    ]
    for (path,), request, loc in cases:
        r = await client.post(path, **request)
        assert r.status_code == 422, (path, r.text)
        assert r.json()["detail"][0]["loc"][:len(loc)] == loc, (path, request, r.text)


async def test_a_nul_character_in_anything_a_client_writes_is_dropped_not_a_server_error(client, user_headers):
    """PostgreSQL stores no NUL in text or JSONB: the insert fails. It means nothing in text, so it is dropped on
    the way in, on every database (the suite also runs on PostgreSQL)."""
    started = await client.post("/ai-interview/sessions", json={"title": "Mock\u0000 one", "interview_type": "behavioral"},
                                headers=user_headers)
    assert started.status_code == 201, started.text
    session_id = started.json()["session_id"]
    reply = await client.post(f"/ai-interview/sessions/{session_id}/message",
                              json={"message": "I led\u0000 the migration of our billing service"}, headers=user_headers)
    assert reply.status_code == 200, reply.text
    shown = await client.get(f"/ai-interview/sessions/{session_id}", headers=user_headers)
    assert "I led the migration of our billing service" in [i["content"] for i in shown.json()["interactions"]]
    assert shown.json()["title"] == "Mock one"
    posting = await client.post("/documents/job-description", json={"text": "Backend\u0000 Engineer at Foo. Python."},
                                headers=user_headers)
    assert posting.status_code == 201, posting.text
    upload = await client.post("/documents/resume", headers=user_headers, files={
        "file": ("cv\u0000.txt", b"Jane Doe\nExperience\nEngineer, Foo Inc 2020 - 2022\nSkills\nPython", "text/plain")})
    assert upload.status_code == 201, upload.text
    profile = await client.post("/ai-interview/profile", headers=user_headers,
                                json={"current_role": "Eng\u0000ineer", "interview_preferences": {"focus\u0000": "apis\u0000"}})
    assert profile.status_code in (200, 201), profile.text
    stored = await client.get("/ai-interview/profile", headers=user_headers)
    assert stored.json()["current_role"] == "Engineer"
    assert stored.json()["interview_preferences"] == {"focus": "apis"}


async def test_a_reply_shows_what_is_stored_not_the_nul_it_was_sent(client, user_headers):
    """The reply to a write is what a later GET shows: the NUL the database never kept is not echoed."""
    started = await client.post("/ai-interview/sessions", headers=user_headers, json={
        "title": "Mock", "interview_type": "technical", "role_context": "Back\u0000end", "company_context": "Fo\u0000o"})
    assert started.status_code == 201, started.text
    later = (await client.get(f"/ai-interview/sessions/{started.json()['session_id']}", headers=user_headers)).json()
    assert "\\u0000" not in started.text  # the JSON escape a NUL would be sent back as
    assert later["role_context"] == "Backend" and later["company_context"] == "Foo"
    written = await client.post("/ai-interview/profile", headers=user_headers,
                                json={"current_role": "\u0000", "target_companies": ["Fo\u0000o"],
                                      "interview_preferences": {"focus\u0000": ["ap\u0000is"]}})
    assert written.status_code in (200, 201) and "\\u0000" not in written.text, written.text
    stored = (await client.get("/ai-interview/profile", headers=user_headers)).json()
    assert written.json()["current_role"] == stored["current_role"] == ""
    assert written.json()["target_companies"] == stored["target_companies"] == ["Foo"]
    assert written.json()["interview_preferences"] == stored["interview_preferences"] == {"focus": ["apis"]}


async def test_a_body_the_framework_cannot_read_is_a_422_like_any_invalid_body(client, user_headers):
    """JSON nested past the parser, an integer of thousands of digits, bytes that are not UTF-8, multipart without
    a boundary: FastAPI and Starlette call these 400; the contract says malformed input is 422, in FastAPI's shape."""
    cases = [
        ("/auth/register", b"[" * 1200 + b"]" * 1200, "application/json"),
        ("/auth/register", b'{"email": "a@example.com", "password": "long enough pw", "name": 1' + b"1" * 5000 + b"}",
         "application/json"),
        ("/auth/register", b'{"email": "a@example.com", "name": "\xff\xfe"}', "application/json"),
        ("/documents/job-description", b"[" * 1200 + b"]" * 1200, "application/json"),
        ("/documents/resume", b"--x\r\n", "multipart/form-data"),
    ]
    for path, content, media_type in cases:
        r = await client.post(path, content=content, headers={**user_headers, "content-type": media_type})
        assert r.status_code == 422, (path, content[:40], r.status_code, r.text[:200])
        assert r.json()["detail"][0]["loc"][0] == "body"


async def test_an_unknown_or_foreign_id_is_404_whatever_the_body_holds(client, user_headers):
    """The contract: such an id is never a 422. FastAPI checks a body before the route's service checks ownership,
    so the refusal of a bad body looks the id up first."""
    mine = (await client.post("/ai-interview/sessions", headers=user_headers,
                              json={"title": "t", "interview_type": "behavioral"})).json()["session_id"]
    other = bearer((await register(client, "eve@example.com"))["token"])
    for headers, session_id, expected in ((other, mine, 404), (user_headers, 999999, 404), (user_headers, "x1", 404),
                                          (user_headers, mine, 422)):
        for path, request in ((f"/ai-interview/sessions/{session_id}/message", {"json": {"message": ""}}),
                              (f"/ai-interview/sessions/{session_id}/message/stream", {"json": {}}),
                              (f"/ai-interview/sessions/{session_id}/audio", {"data": {"transcript": "hi"}}),
                              (f"/ai-interview/schedules/{session_id}", {"json": {"timezone": 5}, "method": "PATCH"})):
            method = request.pop("method", "POST")
            r = await client.request(method, path, headers=headers, **request)
            want = 404 if "schedules" in path and headers is user_headers else expected  # no schedule exists
            assert r.status_code == want, (path, session_id, r.status_code, r.text[:200])


async def test_numbers_json_does_not_have_are_refused_and_the_interview_goes_on(client, user_headers):
    """NaN and Infinity are not JSON, and a word time of 1e308 makes every measure built on it infinite: PostgreSQL's
    JSONB refuses both, and the turn that stored them would have failed every later answer of the interview. Each is
    a 422 now, and the next ordinary answer is taken."""
    started = await client.post("/ai-interview/sessions", json={"title": "t", "interview_type": "behavioral"},
                                headers=user_headers)
    url = f"/ai-interview/sessions/{started.json()['session_id']}/message"
    refused = [
        b'{"message": "one two", "duration_seconds": NaN}',
        b'{"message": "one two", "word_timings": [[0, Infinity], [1, 2]]}',
        b'{"message": "one two", "word_timings": [[0, 1e308], [-1e308, 5]]}',
        b'{"message": "one two", "word_timings": [[0, 1], [3, 2]]}',  # a word that ends before it starts
    ]
    for content in refused:
        r = await client.post(url, content=content, headers={**user_headers, "content-type": "application/json"})
        assert r.status_code == 422, (content, r.status_code, r.text[:200])
        assert r.json()["detail"][0]["loc"][0] == "body"
    profile = await client.post("/ai-interview/profile", content=b'{"education": [NaN], "interview_preferences": '
                                b'{"a": -Infinity}}', headers={**user_headers, "content-type": "application/json"})
    assert profile.status_code == 422
    timed = await client.post(url, headers=user_headers, json={
        "message": "I led the billing migration and cut failed charges by half.",
        "word_timings": [[0.0, 0.3], [0.35, 0.6], [0.7, 1.1]]})
    assert timed.status_code == 200, timed.text
    shown = await client.get(url.rsplit("/", 1)[0], headers=user_headers)
    assert "I led the billing migration and cut failed charges by half." in [
        i["content"] for i in shown.json()["interactions"]]


async def test_text_of_nothing_visible_is_empty(client, user_headers):
    started = await client.post("/ai-interview/sessions", json={"title": "t", "interview_type": "behavioral"},
                                headers=user_headers)
    url = f"/ai-interview/sessions/{started.json()['session_id']}/message"
    for text in ("\u200b\u200b\u200b", "\ufeff \u2060", " \u00ad "):
        assert (await client.post(url, json={"message": text}, headers=user_headers)).status_code == 422
        assert (await client.post("/ai/chat", json={"message": text}, headers=user_headers)).status_code == 422


async def test_head_answers_as_get_without_the_body(client, user_headers):
    for path in ("/health", "/health/ready"):
        r = await client.head(path)
        assert r.status_code in (200, 503) and r.content == b""
    started = await client.post("/ai-interview/sessions", json={"title": "t", "interview_type": "behavioral"},
                                headers=user_headers)
    path = f"/ai-interview/sessions/{started.json()['session_id']}"
    got, head = await client.get(path, headers=user_headers), await client.head(path, headers=user_headers)
    assert head.status_code == got.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == got.headers["content-length"]
    assert (await client.head(path)).status_code == 401  # the same rules as GET
    assert (await client.head("/ai-interview/sessions/999999", headers=user_headers)).status_code == 404
    assert (await client.head("/auth/login")).status_code == 405  # POST only


async def test_a_key_given_twice_or_a_number_in_disguise_is_refused_not_guessed(client, user_headers):
    """JSON with one key twice took the last value (a sign-up registered the second address); a question count of
    `true`, "3" or 3.0 became 1 or 3. Each is a 422 now, and nothing was created."""
    twice = await client.post("/auth/register", content=b'{"email": "a@example.com", "email": "b@example.com", '
                              b'"password": "a long enough password", "name": "Twice"}',
                              headers={"content-type": "application/json"})
    assert twice.status_code == 422 and "twice" in twice.text
    for email in ("a@example.com", "b@example.com"):
        login = await client.post("/auth/login", json={"email": email, "password": "a long enough password"})
        assert login.status_code == 401
    nested = await client.post("/ai-interview/profile", content=b'{"interview_preferences": {"a": 1, "a": 2}}',
                               headers={**user_headers, "content-type": "application/json"})
    assert nested.status_code == 422
    for count in (True, "3", 3.0):
        started = await client.post("/ai-interview/sessions", headers=user_headers,
                                    json={"title": "t", "interview_type": "behavioral", "max_questions": count})
        booked = await client.post("/ai-interview/schedules", headers=user_headers, json={
            "interview_type": "behavioral", "start_at": "2031-03-04T09:00:00+01:00", "max_questions": count})
        assert (started.status_code, booked.status_code) == (422, 422), (count, started.text, booked.text)
    assert (await client.get("/ai-interview/sessions", headers=user_headers)).json() == []
    assert (await client.get("/ai-interview/schedules", headers=user_headers)).json() == []
