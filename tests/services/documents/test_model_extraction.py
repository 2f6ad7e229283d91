"""Model-backed structured extraction: the merge rules, and the background step end to end with the real ChatOpenAI
client pointed at the local chat-completions stub."""

from __future__ import annotations

import json
from datetime import datetime

import httpx
import pytest

from app.main import create_app
from app.services.documents.job_description import parse_job_description
from app.services.documents.model_extraction import (
    JobDescriptionExtraction,
    ResumeExtraction,
    merge_job_description,
    merge_resume,
)
from app.services.documents.resume import parse_resume
from tests.conftest import bearer, make_settings, register
from tests.stubs.openai_stub import StubServer

# A layout the heuristic cannot read: no date on the role lines, dates in a sentence further down.
RESUME = """Wren Okafor-Lund
wren.ol@example.com | Leeds, UK

Experience
Harbourline Freight
Leeds, UK
Data Engineer
Built the shipment event pipelines.
Worked here from March 2019 until now.

Skills
Python, SQL, Airflow, Kafka

Education
BSc Mathematics, University of Harrowgate, 2018
"""
NOW = datetime(2026, 11, 1)

MODEL_RESUME = {
    "name": "Wren Okafor-Lund",
    "roles": [
        {"title": "Data Engineer", "company": "Harbourline Freight", "location": "Leeds, UK", "start": "2019-03",
         "end": "present"},
        {"title": "Chief Executive", "company": "Globex Megacorp", "location": None, "start": "2010", "end": "2012"},
        {"title": "Leeds", "company": "UK", "location": None, "start": "2015", "end": "2016"},
    ],
    "skills": ["Python", "Kafka", "Snowflake"],
    "projects": [],
    "education": ["BSc Mathematics, University of Harrowgate, 2018"],
}


def test_model_roles_replace_the_heuristic_where_the_document_backs_them() -> None:
    heuristic = parse_resume(RESUME, today=NOW.date())
    merged = merge_resume(heuristic, ResumeExtraction.model_validate(MODEL_RESUME), RESUME, today=NOW)
    # The invented employer and the place-as-employer are refused; the grounded role is taken.
    assert merged["employers"] == ["Harbourline Freight"] and merged["titles"] == ["Data Engineer"]
    assert merged["roles"][0]["start"] == "2019-03" and merged["years_of_experience"] == pytest.approx(7.7, abs=0.1)
    assert "snowflake" not in merged["skills"]  # not in the document
    assert merged["source"] == "model"
    assert merged["sources"]["employers"] == "model" and merged["sources"]["education"] == "heuristic"


def test_an_answer_with_nothing_grounded_leaves_the_heuristic_parse() -> None:
    heuristic = parse_resume(RESUME, today=NOW.date())
    invented = ResumeExtraction.model_validate({"name": "Someone Else", "roles": [
        {"title": "Pilot", "company": "Aerolinea", "start": "2001", "end": "2004"}], "skills": ["COBOL"]})
    merged = merge_resume(heuristic, invented, RESUME, today=NOW)
    assert merged["source"] == "heuristic" and merged["roles"] == heuristic["roles"]
    assert merged["name"] == heuristic["name"] and set(merged["sources"].values()) == {"heuristic"}


def test_job_description_company_corrected_but_never_a_place() -> None:
    text = "Backend Engineer\nRemote\n\nYou will build APIs for Quillfeather Books.\n\nRequirements\n- Go\n"
    heuristic = parse_job_description(text)
    assert heuristic["company"] is None
    merged = merge_job_description(heuristic, JobDescriptionExtraction(
        company="Quillfeather Books", role="Backend Engineer", seniority="mid", must_have=["Go", "Rust"]), text)
    assert merged["company"] == "Quillfeather Books" and merged["sources"]["company"] == "model"
    assert merged["must_have"] == ["go"]  # Rust is not in the posting
    as_place = merge_job_description(heuristic, JobDescriptionExtraction(company="Remote"), text)
    assert as_place["company"] is None and as_place["source"] == "heuristic"


# ------------------------------------------------------------------------------------- through the API, in background


@pytest.fixture(scope="module")
def stub():
    with StubServer() as server:
        yield server


@pytest.fixture
async def model_app(tmp_path, clean_db, stub):
    stub.state.mode, stub.state.requests, stub.state.tool_arguments = "ok", 0, {}
    settings = make_settings(tmp_path, clean_db, openai_api_key="sk-test", openai_base_url=f"{stub.url}/v1",
                             llm_timeout_seconds=5, llm_max_retries=0, rag_enabled=False)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            yield app, client, bearer((await register(client))["token"])


@pytest.mark.slow
async def test_upload_answers_with_the_heuristic_parse_and_the_model_corrects_it_in_the_background(model_app, stub):
    app, client, headers = model_app
    stub.state.tool_arguments["ResumeExtraction"] = MODEL_RESUME
    response = await client.post("/documents/resume", headers=headers,
                                 files={"file": ("resume.txt", RESUME.encode(), "text/plain")})
    assert response.status_code == 201
    assert response.json()["parsed"]["source"] == "heuristic"
    assert "Harbourline Freight" not in response.json()["parsed"]["employers"]

    await app.state.document_extraction.wait_idle()
    parsed = (await client.get(f"/documents/{response.json()['id']}", headers=headers)).json()["parsed"]
    assert parsed["source"] == "model" and parsed["model_extraction"] == {"status": "applied", "provider": "openai"}
    assert parsed["employers"] == ["Harbourline Freight"] and parsed["sources"]["titles"] == "model"
    assert stub.state.requests == 1  # one structured call per document
    sent = stub.state.last_body
    assert sent["tools"][0]["function"]["name"] == "ResumeExtraction"
    assert "<document>" in json.dumps(sent["messages"]) and "Harbourline Freight" in json.dumps(sent["messages"])

    # Reindexing never asks the model again.
    await app.state.document_extraction.extract(response.json()["id"])
    assert stub.state.requests == 1


@pytest.mark.slow
async def test_when_every_provider_fails_the_heuristic_parse_stands(model_app, stub):
    app, client, headers = model_app
    stub.state.mode = "error"
    response = await client.post("/documents/job-description", headers=headers,
                                 json={"text": "Stipple - Senior Backend Engineer, Payments\n\nRequirements\n"
                                               "- 6+ years with Java or Go\n- PostgreSQL\n"})
    assert response.status_code == 201
    await app.state.document_extraction.wait_idle()
    parsed = (await client.get(f"/documents/{response.json()['id']}", headers=headers)).json()["parsed"]
    assert parsed["source"] == "heuristic" and parsed["model_extraction"]["status"] == "failed"
    assert (parsed["role"], parsed["company"], parsed["seniority"]) == ("Backend Engineer", "Stipple", "senior")


@pytest.mark.slow
async def test_job_description_filled_by_the_model(model_app, stub):
    app, client, headers = model_app
    stub.state.tool_arguments["JobDescriptionExtraction"] = {
        "title": "Backend Engineer", "company": "Quillfeather Books", "role": "Backend Engineer",
        "seniority": "mid", "must_have": ["Go", "PostgreSQL"], "nice_to_have": []}
    text = ("Backend Engineer\nRemote\n\nYou will build the catalogue APIs for Quillfeather Books.\n\n"
            "Requirements\n- Go\n- PostgreSQL\n")
    response = await client.post("/documents/job-description", headers=headers, json={"text": text})
    assert response.json()["parsed"]["company"] is None
    await app.state.document_extraction.wait_idle()
    parsed = (await client.get(f"/documents/{response.json()['id']}", headers=headers)).json()["parsed"]
    assert parsed["company"] == "Quillfeather Books" and parsed["sources"]["company"] == "model"
    assert parsed["source"] == "model"


async def test_no_model_means_no_extraction_step(app) -> None:
    assert app.state.document_extraction is None
