"""The practice page at /app in a real browser, against the real server started as the README says: a whole
interview taken through the page by a person with a keyboard (offline interviewer), then what they see."""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from app.main import WEB_DIR
from tests.e2e.browser import CHROMIUM_ARGS, chromium_executable
from tests.e2e.server import ServerProcess, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
# Two shared cores: starting an interview while the question bank and the resume are being embedded can take a
# while, so waits are generous (they end as soon as the page shows what is expected).
expect.set_options(timeout=30_000)

ANSWER = ("At Globex I owned the checkout API. Latency was hurting conversion, so I profiled it, found an N+1 query "
          "and added a Redis cache for merchant settings. As a result p99 latency dropped from 1.2 seconds to 300 ms "
          "and checkout errors fell by 80%.")
RESUME = """Ada Lovelace
ada@example.com

EXPERIENCE
Senior Backend Engineer, Globex Corporation (2019 - present)
- Built the checkout API in Python and PostgreSQL serving 2 million requests a day
- Cut p99 latency from 1.2 s to 300 ms by adding Redis caching

Software Engineer, Initech (2016 - 2019)
- Led the migration of billing to Kubernetes

SKILLS
Python, PostgreSQL, Redis, Kubernetes, AWS

EDUCATION
BSc Computer Science, University of Manchester, 2016
"""


@pytest.fixture
def server(tmp_path, clean_db):
    srv = ServerProcess(server_env(tmp_path, clean_db), tmp_path / "server.log").start()
    yield srv
    srv.stop()


@pytest.fixture
def page():
    executable = chromium_executable()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 1400}, accept_downloads=True)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.requests = []  # type: ignore[attr-defined]
        page.on("request", lambda r: page.requests.append(r))  # type: ignore[attr-defined]
        page.errors = []  # type: ignore[attr-defined]
        page.on("pageerror", lambda e: page.errors.append(str(e)))  # type: ignore[attr-defined]
        yield page
        browser.close()


def _interviewer_turns(page: Page):
    return page.locator("#transcript li.interviewer:not(.pending)")


def _send(page: Page, text: str) -> str:
    """Type an answer, send it with Ctrl+Enter, and return the interviewer's next turn as shown."""
    before = _interviewer_turns(page).count()
    page.get_by_label("Your answer").fill(text)
    page.get_by_label("Your answer").press("Control+Enter")
    expect(_interviewer_turns(page)).to_have_count(before + 1)
    return _interviewer_turns(page).last.inner_text()


def _register(page: Page, server_url: str, name: str, email: str) -> None:
    page.goto(f"{server_url}/app")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill("secret-password")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_text(f"Signed in as {name}")).to_be_visible()


def test_whole_interview_through_the_practice_page(server, page, tmp_path):
    resume = tmp_path / "ada-resume.txt"
    resume.write_text(RESUME)

    page.goto(f"{server.url}/app")
    expect(page.get_by_role("heading", name="Practice interview")).to_be_visible()
    _register(page, server.url, "Ada Lovelace", "ada.browser@example.com")

    # The job: target role and company, then a resume.
    page.get_by_label("Target role").fill("Backend Engineer")
    page.get_by_label("Target companies").fill("Globex")
    page.get_by_label("Current company").fill("Globex")
    page.get_by_label("Years of experience").fill("6")
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_text("Profile saved.")).to_be_visible()
    page.get_by_label("Resume").set_input_files(str(resume))
    page.get_by_role("button", name="Upload resume").click()
    expect(page.locator("#resume-status")).to_contain_text("ada-resume.txt")
    expect(page.locator("#resume-status")).to_contain_text("2 employers")

    # Start a three-question behavioral interview.
    page.get_by_label("Type").select_option("behavioral")
    page.get_by_label("Difficulty").select_option("easy")
    page.get_by_label("Number of questions").fill("3")
    page.get_by_role("button", name="Start interview").click()
    greeting = _interviewer_turns(page).first
    expect(greeting).to_contain_text("Hi Ada")
    expect(greeting).to_contain_text("Question 1 of 3")
    expect(greeting).to_contain_text("Globex")  # the opening is about the candidate's own resume
    expect(page.get_by_label("Your answer")).to_be_focused()  # ready to type at once
    expect(page.locator("#transcript")).to_have_attribute("aria-live", "polite")

    # A thin answer gets a follow-up on the same question.
    follow_up = _send(page, "Yes.")
    assert "follow-up" in follow_up and "Question 1 of 3" in follow_up

    # Voice: the browser records from its (fake) microphone and posts to .../audio; speech-to-text is not
    # configured on this server, so it answers 503 and the page hides the microphone button.
    page.get_by_role("button", name="Answer by voice").click()
    expect(page.get_by_role("button", name="Stop and send")).to_have_attribute("aria-pressed", "true")
    page.wait_for_timeout(600)
    page.get_by_role("button", name="Stop and send").click()
    expect(page.get_by_text("Voice answers are not available on this server")).to_be_visible()
    expect(page.locator("#mic-button")).to_be_hidden()

    # Full answers until the interviewer closes.
    turns = [follow_up]
    for _ in range(10):
        turns.append(_send(page, ANSWER))
        if "Closing" in turns[-1]:
            break
    assert "Closing" in turns[-1] and "end of the interview" in turns[-1]
    assert any("Question 2 of 3" in t for t in turns) and any("Question 3 of 3" in t for t in turns)
    expect(page.get_by_label("Your answer")).to_be_hidden()

    # The assessment: an overall score and the four dimension groups drawn as a chart, with scores.
    results = page.locator("#results")
    expect(results).to_be_visible()
    expect(page.locator("#results-title")).to_be_focused()
    overall = int(page.locator("#overall-score").inner_text())
    assert 0 < overall <= 100
    chart = page.locator("#score-chart svg[role=img]")
    expect(chart).to_be_visible()
    for group in ("Communication", "Content", "Behavioral", "Non-verbal"):
        expect(chart.locator("text.group-heading", has_text=group)).to_have_count(1)
    bars = chart.locator("g.bar rect")
    assert bars.count() >= 8
    widths = [float(w) for w in bars.evaluate_all("rs => rs.map(r => r.getAttribute('width'))")]
    assert len(set(widths)) > 1  # the bars show different scores, not one placeholder length
    expect(chart.locator("title")).to_contain_text(f"overall {overall} out of 100")
    assert page.locator("#score-table tbody tr").count() == chart.locator("g.bar").count()
    expect(page.locator("#strengths li").first).to_be_visible()

    # The PDF report: a download that is a PDF.
    link = page.get_by_role("link", name="Download the PDF report")
    expect(link).to_have_attribute("href", re.compile(r"^blob:"))
    expect(link).to_have_attribute("data-type", "application/pdf")
    with page.expect_download() as download_info:
        link.click()
    pdf = tmp_path / "report.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF-")
    session_id = re.search(r"interview-(\d+)-report\.pdf", download_info.value.suggested_filename).group(1)
    report = [r for r in page.requests if r.url.endswith(f"/ai-interview/sessions/{session_id}/report.pdf")]
    assert report and report[-1].response().headers["content-type"] == "application/pdf"

    # Progress across sessions.
    expect(page.locator("#progress-summary")).to_contain_text("1 assessed interview")
    expect(page.locator("#progress-chart svg[role=img]")).to_be_visible()
    expect(page.locator("#progress-table")).to_contain_text("Overall")
    expect(page.locator("#past-sessions")).to_contain_text("Behavioral practice")
    expect(page.locator("#past-sessions")).to_contain_text("completed")

    screenshot = tmp_path / "practice-page.png"
    page.screenshot(path=str(screenshot), full_page=True)
    print(f"\nScreenshot of the practice page: {screenshot}")

    # Answers went over the streaming route when the server has it, else over REST after one probe.
    posts = [r for r in page.requests if r.method == "POST" and f"/sessions/{session_id}/message" in r.url]
    streamed = [r for r in posts if r.url.endswith("/message/stream")]
    if any(r.response().status == 200 for r in streamed):
        assert all(r.url.endswith("/message/stream") for r in posts)
    else:
        assert len(streamed) == 1 and streamed[0].response().status == 404
        assert len(posts) - 1 == len(turns)
    # Nothing was loaded from anywhere but this server, and the page raised no script error.
    origins = {f"{urlparse(r.url).scheme}://{urlparse(r.url).netloc}" for r in page.requests
               if not r.url.startswith(("blob:", "data:"))}
    assert origins == {server.url}
    assert page.errors == []

    # A second interview, ended early with the End button: it is assessed too, and progress now spans both.
    page.get_by_role("button", name="Practise again").click()
    expect(page.get_by_label("Type")).to_be_focused()
    page.get_by_label("Type").select_option("technical")
    page.get_by_label("Number of questions").fill("4")
    page.get_by_role("button", name="Start interview").click()
    expect(_interviewer_turns(page)).to_have_count(1)
    expect(_interviewer_turns(page).first).to_contain_text("Question 1 of 4")
    _send(page, ANSWER)
    page.get_by_role("button", name="End interview").click()
    expect(_interviewer_turns(page).last).to_contain_text("Closing")
    expect(page.locator("#results-note")).to_contain_text("ended the interview early")
    expect(page.locator("#progress-summary")).to_contain_text("2 assessed interviews")
    expect(page.locator("#progress-chart svg circle.point")).to_have_count(2)

    # Reloading keeps the user signed in and shows the finished interview's results again.
    page.reload()
    expect(page.get_by_text("Signed in as Ada Lovelace")).to_be_visible()
    page.get_by_role("button", name=re.compile("Show results: Behavioral practice")).click()
    expect(page.locator("#overall-score")).to_have_text(str(overall))


def test_an_answer_whose_reply_was_lost_is_sent_again_once(server, page):
    """The server takes an answer but the connection drops before the reply reaches the browser. Sending it again
    (the page keeps the text and asks to retry) shows the recorded reply: one answer in the transcript and on the
    server, not the same answer recorded twice as the answer to a follow-up nobody saw."""
    _register(page, server.url, "Lin Retry", "lin.retry@example.com")
    page.get_by_label("Number of questions").fill("3")
    page.get_by_role("button", name="Start interview").click()
    expect(_interviewer_turns(page)).to_have_count(1)

    def lost_reply(route):  # noqa: ANN001
        route.fetch().body()  # the server records the answer and its reply ...
        route.abort("connectionreset")  # ... which never reaches the browser

    answers = re.compile(r"/message(/stream)?$")  # whichever way the page sends it
    page.route(answers, lost_reply)
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_label("Your answer").press("Control+Enter")
    expect(page.locator("#answer-error")).not_to_be_empty()
    expect(page.get_by_label("Your answer")).to_have_value(ANSWER)
    expect(page.locator("#transcript li.candidate")).to_have_count(0)
    page.unroute(answers)
    page.get_by_label("Your answer").press("Control+Enter")
    expect(_interviewer_turns(page)).to_have_count(2)
    expect(page.locator("#transcript li.candidate")).to_have_count(1)
    expect(_interviewer_turns(page).last).to_contain_text("Question 2 of 3")
    token = page.evaluate("sessionStorage.getItem('mockiv.access')")
    session_id = page.evaluate("sessionStorage.getItem('mockiv.activeSession')")
    detail = page.request.get(f"{server.url}/ai-interview/sessions/{session_id}",
                              headers={"Authorization": f"Bearer {token}"}).json()
    assert [t["content"] for t in detail["interactions"] if t["role"] == "candidate"] == [ANSWER]
    assert page.errors == []


def test_a_speech_service_down_for_now_keeps_the_microphone(server, page):
    """A 503 from a speech-to-text service that did not answer is shown as it is and the microphone stays for a
    retry; only "not configured" (the whole-interview test) hides it."""
    _register(page, server.url, "Mo Voice", "mo.voice@example.com")
    page.get_by_role("button", name="Start interview").click()
    expect(_interviewer_turns(page)).to_have_count(1)
    page.route(re.compile(r"/audio$"), lambda route: route.fulfill(
        status=503, content_type="application/json",
        body=json.dumps({"detail": "The speech-to-text provider did not answer; try again shortly"})))
    page.get_by_role("button", name="Answer by voice").click()
    page.wait_for_timeout(600)
    page.get_by_role("button", name="Stop and send").click()
    expect(page.locator("#answer-error")).to_contain_text("did not answer")
    expect(page.locator("#mic-button")).to_be_visible()
    assert page.errors == []


def test_streaming_transport_reads_server_sent_events(page):
    """The page's streaming transport hands each `token` event's text to the page as it arrives and returns the
    `turn` event's body; an `error` event becomes an error with the server's status and detail. The page's files
    are served from app/web and the streaming route is stood in for by the browser's router."""
    page.route("http://practice.test/app/**", lambda route: route.fulfill(
        path=str(WEB_DIR / (urlparse(route.request.url).path.removeprefix("/app/") or "index.html"))))
    page.goto("http://practice.test/app/index.html")
    expect(page.get_by_role("heading", name="Sign in or create an account")).to_be_visible()
    turn = {"response": "Tell me about a hard bug.", "status": "active", "question_number": 2, "total_questions": 3,
            "is_follow_up": False, "is_complete": False, "mode": "offline"}
    good = "".join(f"event: token\ndata: {json.dumps({'text': piece})}\n\n"
                   for piece in ["Tell me ", "about a ", "hard bug."]) + f": keep-alive\n\nevent: turn\ndata: {json.dumps(turn)}\n\n"
    bad = 'event: token\ndata: {"text": "Tell"}\r\n\r\nevent: error\ndata: {"status": 503, "detail": "Model unavailable"}\r\n\r\n'
    page.route("**/ai-interview/sessions/901/message/stream",
               lambda route: route.fulfill(status=200, content_type="text/event-stream", body=good))
    page.route("**/ai-interview/sessions/902/message/stream",
               lambda route: route.fulfill(status=200, content_type="text/event-stream", body=bad))
    result = page.evaluate("""async () => {
        const { sseTransport } = await import('/app/transport.js');
        const tokens = [];
        const turn = await sseTransport.send(901, { message: 'hi' }, { onToken: (t) => tokens.push(t) });
        let error = null;
        try { await sseTransport.send(902, { message: 'hi' }); } catch (e) { error = [e.status, e.message]; }
        return { tokens, turn, error };
    }""")
    assert result["tokens"] == ["Tell me ", "about a ", "hard bug."]
    assert result["turn"] == turn
    assert result["error"] == [503, "Model unavailable"]
