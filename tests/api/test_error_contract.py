"""The documented error bodies are the ones returned: every 422, FastAPI's or our own, has FastAPI's list shape
and validates against the schema the OpenAPI document gives for it."""

from __future__ import annotations

import jsonschema

from tests.conftest import error_text


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
