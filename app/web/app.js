// The practice page: account, target job, resume, an interview turn by turn, the assessment and progress.
// It only calls the public REST API (see /docs), so it doubles as a reference client.

import { api, ApiError, authorizedFetch, session, setSignedOutHandler, signIn, signOut } from "./api.js";
import { GROUPS, formatScore, humanize, renderProgressChart, renderScoreChart } from "./chart.js";
import { autoTransport, newIdempotencyKey } from "./transport.js";

const $ = (id) => document.getElementById(id);
const ACTIVE_KEY = "mockiv.activeSession";
const TYPE_LABELS = {
  behavioral: "Behavioral", technical: "Technical", system_design: "System design", case: "Case",
  general: "General", mixed: "Mixed",
};

const state = {
  profile: null,      // the saved profile, or null
  resumeId: null,     // the latest uploaded resume
  sessionId: null,    // the interview in progress or on screen
  busy: false,
  reportUrl: null,
};
const transport = autoTransport();

// --- small helpers -------------------------------------------------------------------------------------------

function show(node, visible = true) { node.hidden = !visible; }
function setText(id, text) { $(id).textContent = text || ""; }
function errorText(error) {
  return error instanceof ApiError ? error.message : "Could not reach the server. Check your connection and retry.";
}
function list(value) { return value.split(",").map((s) => s.trim()).filter(Boolean); }
function fillList(id, items) {
  $(id).replaceChildren(...(items || []).map((text) => Object.assign(document.createElement("li"), { textContent: text })));
}
function notice(text) { setText("notice", text); }

// --- account ----------------------------------------------------------------------------------------------------

function authMode() { return document.querySelector('input[name="mode"]:checked').value; }

function syncAuthMode() {
  const register = authMode() === "register";
  show($("name-field"), register);
  $("auth-password").autocomplete = register ? "new-password" : "current-password";
}

async function onAuthSubmit(event) {
  event.preventDefault();
  setText("auth-error", "");
  const form = event.currentTarget;
  if (!form.reportValidity()) return;
  try {
    const user = await signIn(authMode(), {
      name: $("auth-name").value.trim() || $("auth-email").value.split("@")[0],
      email: $("auth-email").value.trim(),
      password: $("auth-password").value,
    });
    $("auth-password").value = "";
    await enterWorkspace(user);
  } catch (error) {
    const hint = error.status === 400 && authMode() === "register" ? " Choose \u201csign in\u201d instead." : "";
    setText("auth-error", errorText(error) + hint);
  }
}

function showSignedOut(message) {
  // Nothing of the previous user stays on screen.
  window.sessionStorage.removeItem(ACTIVE_KEY);
  Object.assign(state, { profile: null, resumeId: null, sessionId: null });
  $("transcript").replaceChildren();
  show($("results"), false);
  show($("conversation"), false);
  show($("start-form"));
  for (const id of ["profile-status", "resume-status", "progress-line"]) setText(id, "");
  show($("auth"));
  show($("workspace"), false);
  show($("whoami"), false);
  show($("logout"), false);
  notice(message || "");
  $("auth-email").focus();
}

async function enterWorkspace(user) {
  show($("auth"), false);
  show($("workspace"));
  setText("whoami", `Signed in as ${user.name} (${user.email})`);
  show($("whoami"));
  show($("logout"));
  notice("");
  await Promise.all([loadProfile(), loadResume(), loadProgress()]);
  const active = window.sessionStorage.getItem(ACTIVE_KEY);
  if (active) await openSession(Number(active));
  else $("p-target-role").focus();
}

// --- profile and resume --------------------------------------------------------------------------------------------

const PROFILE_FIELDS = {
  target_role: "p-target-role", current_role: "p-current-role", current_company: "p-current-company",
};

async function loadProfile() {
  try {
    state.profile = await api("GET", "/ai-interview/profile");
  } catch (error) {
    if (error.status !== 404) setText("profile-error", errorText(error));
    state.profile = null;
  }
  const p = state.profile || {};
  for (const [field, id] of Object.entries(PROFILE_FIELDS)) $(id).value = p[field] || "";
  $("p-target-companies").value = (p.target_companies || []).join(", ");
  $("p-skills").value = (p.technical_skills || []).join(", ");
  $("p-years").value = p.years_of_experience ?? "";
}

async function onProfileSubmit(event) {
  event.preventDefault();
  setText("profile-error", "");
  setText("profile-status", "");
  const body = {};
  for (const [field, id] of Object.entries(PROFILE_FIELDS)) {
    const value = $(id).value.trim();
    if (value || state.profile) body[field] = value || null;
  }
  body.target_companies = list($("p-target-companies").value);
  body.technical_skills = list($("p-skills").value);
  const years = $("p-years").value;
  if (years !== "" || state.profile) body.years_of_experience = years === "" ? null : Number(years);
  try {
    state.profile = state.profile
      ? await api("PUT", "/ai-interview/profile", body)
      : await api("POST", "/ai-interview/profile", body);
    setText("profile-status", "Profile saved.");
  } catch (error) {
    setText("profile-error", errorText(error));
  }
}

function describeResume(doc) {
  const parsed = doc.parsed || {};
  const skills = (parsed.skills || []).length;
  const employers = (parsed.employers || []).length;
  return `Resume \u201c${doc.filename}\u201d: ${skills} skill${skills === 1 ? "" : "s"} and ${employers} `
    + `employer${employers === 1 ? "" : "s"} found. The interviewer will ask about it.`;
}

async function loadResume() {
  try {
    const docs = await api("GET", "/documents");
    const resume = docs.find((d) => d.kind === "resume");
    state.resumeId = resume ? resume.id : null;
    setText("resume-status", resume ? describeResume(resume) : "");
  } catch (error) {
    setText("resume-error", errorText(error));
  }
}

async function onResumeSubmit(event) {
  event.preventDefault();
  setText("resume-error", "");
  const file = $("resume-file").files[0];
  if (!file) { setText("resume-error", "Choose a file first."); $("resume-file").focus(); return; }
  const form = new FormData();
  form.append("file", file);
  setText("resume-status", "Uploading\u2026");
  try {
    const doc = await api("POST", "/documents/resume", form);
    state.resumeId = doc.id;
    setText("resume-status", describeResume(doc));
  } catch (error) {
    setText("resume-status", "");
    setText("resume-error", errorText(error));
  }
}

// --- the interview ---------------------------------------------------------------------------------------------

function turnMeta(turn) {
  if (turn.is_complete || turn.phase === "closing") return "Closing";
  const parts = [`Question ${turn.question_number} of ${turn.total_questions}`];
  if (turn.is_follow_up) parts.push("follow-up");
  return parts.join(" \u00b7 ");
}

function addTurn(role, text, meta) {
  const item = document.createElement("li");
  item.className = `turn ${role}`;
  const who = document.createElement("p");
  who.className = "who";
  who.textContent = role === "interviewer" ? "Interviewer" : "You";
  if (meta) {
    const badge = document.createElement("span");
    badge.className = "meta";
    badge.textContent = meta;
    who.append(" ", badge);
  }
  const body = document.createElement("p");
  body.className = "text";
  body.textContent = text;
  item.append(who, body);
  $("transcript").append(item);
  item.scrollIntoView({ block: "nearest" });
  return item;
}

function showTurn(turn, item) {
  const meta = turnMeta(turn);
  if (item) {
    item.querySelector(".text").textContent = turn.response;
    const badge = document.createElement("span");
    badge.className = "meta";
    badge.textContent = meta;
    item.querySelector(".who").append(" ", badge);
    item.classList.remove("pending");
  } else {
    addTurn("interviewer", turn.response, meta);
  }
  const mode = turn.mode === "offline" ? "offline interviewer" : `model: ${turn.provider || turn.mode}`;
  setText("progress-line", turn.is_complete ? "Interview finished."
    : `Question ${turn.question_number} of ${turn.total_questions} (${mode})`);
}

function setBusy(busy, message = "") {
  state.busy = busy;
  for (const id of ["answer", "send-button", "end-button", "mic-button"]) $(id).disabled = busy;
  $("transcript").setAttribute("aria-busy", String(busy));
  setText("mic-status", message);
}

function showConversation(active) {
  show($("start-form"), !active && !state.sessionId);
  show($("conversation"), Boolean(state.sessionId));
  show($("answer-form"), active);
  show($("mic-button"), active && voiceSupported && !voiceUnavailable);
}

async function onStartSubmit(event) {
  event.preventDefault();
  setText("start-error", "");
  if (!event.currentTarget.reportValidity()) return;
  const type = $("s-type").value;
  const body = {
    title: `${TYPE_LABELS[type]} practice`,
    interview_type: type,
    difficulty_level: $("s-difficulty").value,
    max_questions: Number($("s-questions").value),
  };
  const p = state.profile || {};
  if (p.target_role) body.role_context = p.target_role;
  if ((p.target_companies || []).length) body.company_context = p.target_companies[0];
  if (state.resumeId) body.resume_id = state.resumeId;
  $("start-button").disabled = true;
  setText("start-status", "Preparing your interview\u2026");
  try {
    const turn = await api("POST", "/ai-interview/sessions", body);
    state.sessionId = turn.id;
    window.sessionStorage.setItem(ACTIVE_KEY, String(turn.id));
    $("transcript").replaceChildren();
    show($("results"), false);
    showConversation(true);
    showTurn(turn);
    $("answer").focus();
  } catch (error) {
    setText("start-error", errorText(error));
  } finally {
    $("start-button").disabled = false;
    setText("start-status", "");
  }
}

// An answer whose reply never arrived (the connection dropped, the server may have recorded it): sending the same
// answer again reuses its Idempotency-Key, so the server returns the turn it recorded instead of taking it twice.
let unanswered = null;  // {session, message, control, key}

async function sendAnswer(body, shownText) {
  if (state.busy) return;
  setText("answer-error", "");
  const resend = unanswered && unanswered.session === state.sessionId && unanswered.message === body.message
    && unanswered.control === body.control;
  const key = resend ? unanswered.key : newIdempotencyKey();
  const mine = addTurn("candidate", shownText);
  setBusy(true, "The interviewer is thinking\u2026");
  const pending = addTurn("interviewer", "");
  pending.classList.add("pending");
  try {
    const turn = await transport.send(state.sessionId, body, {
      onToken: (text) => { pending.querySelector(".text").textContent += text; },
      idempotencyKey: key,
    });
    unanswered = null;
    showTurn(turn, pending);
    if (turn.is_complete) await finishInterview();
    else $("answer").focus();
    return true;
  } catch (error) {
    pending.remove();
    mine.remove();  // shown again when it is sent again, or by the transcript when it was recorded
    unanswered = { session: state.sessionId, message: body.message, control: body.control, key };
    setText("answer-error", errorText(error));
    if (error.status === 409) await openSession(state.sessionId);  // finished elsewhere: show where it stands
    return false;
  } finally {
    setBusy(false);
  }
}

async function onAnswerSubmit(event) {
  event.preventDefault();
  const text = $("answer").value.trim();
  if (!text) { setText("answer-error", "Type an answer first."); $("answer").focus(); return; }
  $("answer").value = "";
  const sent = await sendAnswer({ message: text }, text);
  if (!sent && !$("answer").value) $("answer").value = text;  // keep what was typed when it did not go through
}

async function onEnd() {
  await sendAnswer({ message: "I'd like to end the interview here.", control: "end" }, "(ended the interview)");
}

// --- voice answers (shown when the browser can record; hidden once the server says 503) ---------------------------

const voiceSupported = Boolean(window.MediaRecorder && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
let voiceUnavailable = false;
let recorder = null;

async function onMic() {
  if (recorder && recorder.state === "recording") { recorder.stop(); return; }
  setText("answer-error", "");
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  } catch {
    setText("mic-status", "Microphone access was refused; type your answer instead.");
    return;
  }
  const chunks = [];
  const started = performance.now();
  recorder = new MediaRecorder(stream);
  recorder.addEventListener("dataavailable", (e) => { if (e.data.size) chunks.push(e.data); });
  recorder.addEventListener("stop", async () => {
    stream.getTracks().forEach((t) => t.stop());
    $("mic-button").setAttribute("aria-pressed", "false");
    $("mic-button").textContent = "Answer by voice";
    const blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
    recorder = null;
    await sendVoice(blob, (performance.now() - started) / 1000);
  });
  recorder.start();
  $("mic-button").setAttribute("aria-pressed", "true");
  $("mic-button").textContent = "Stop and send";
  setText("mic-status", "Recording\u2026 press \u201cStop and send\u201d when you are done.");
}

async function sendVoice(blob, seconds) {
  const form = new FormData();
  const extension = blob.type.includes("ogg") ? "ogg" : blob.type.includes("mp4") ? "m4a" : "webm";
  form.append("file", blob, `answer.${extension}`);
  setBusy(true, "Transcribing your answer\u2026");
  try {
    const turn = await api("POST", `/ai-interview/sessions/${state.sessionId}/audio`, form);
    addTurn("candidate", turn.transcript || `(spoken answer, ${Math.round(seconds)} s)`);
    showTurn(turn);
    if (turn.is_complete) await finishInterview();
    setBusy(false);
  } catch (error) {
    setBusy(false);
    // Only "not configured" hides the microphone for good; a speech service that is down for now is worth a retry.
    if (error.status === 503 && /not configured/i.test(String(error.detail || error.message))) {
      voiceUnavailable = true;
      show($("mic-button"), false);
      setText("mic-status", "Voice answers are not available on this server; please type your answer.");
      $("answer").focus();
    } else {
      setText("answer-error", errorText(error));
    }
  }
}

// --- results -------------------------------------------------------------------------------------------------------

async function finishInterview() {
  window.sessionStorage.removeItem(ACTIVE_KEY);
  showConversation(false);
  setText("progress-line", "Interview finished. Assessing your answers\u2026");
  try {
    const assessment = await api("POST", `/ai-interview/sessions/${state.sessionId}/assess`);
    await showResults(assessment);
    setText("progress-line", "Interview finished.");
  } catch (error) {
    // 422: ended before any answer, so there is nothing to assess.
    setText("progress-line", error.status === 422 ? `Interview finished. ${errorText(error)}.`
      : `The assessment failed: ${errorText(error)}`);
    show($("results"), false);
    show($("start-form"));
    state.sessionId = null;
  }
  await loadProgress();
}

async function showResults(assessment) {
  setText("overall-score", formatScore(assessment.overall_score));
  const answered = assessment.answered_questions;
  setText("results-note", answered === undefined ? "" : `${answered} question${answered === 1 ? "" : "s"} answered`
    + (assessment.ended_early ? "; you ended the interview early." : "."));
  renderScoreChart($("score-chart"), assessment);
  setText("score-chart-caption", assessment.non_verbal_source
    ? `Non-verbal scores: ${assessment.non_verbal_source.replace(/_/g, " ")}.` : "");
  const rows = [];
  for (const [key, label] of GROUPS) {
    for (const [name, score] of Object.entries(assessment[`${key}_scores`] || {})) {
      const tr = document.createElement("tr");
      for (const text of [label, humanize(name), formatScore(score)]) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      rows.push(tr);
    }
  }
  $("score-table").tBodies[0].replaceChildren(...rows);
  const fb = assessment.feedback || {};
  fillList("strengths", fb.strengths);
  fillList("improvements", fb.improvements);
  setText("narrative", fb.narrative);
  fillList("next-steps", fb.next_steps);
  show($("results"));
  $("results-title").focus();
  await prepareReport(assessment.session_id || state.sessionId);
}

// The report needs the bearer token, so it is fetched here and offered as a file from memory.
async function prepareReport(sessionId) {
  const link = $("report-link");
  if (state.reportUrl) URL.revokeObjectURL(state.reportUrl);
  state.reportUrl = null;
  link.removeAttribute("href");
  setText("report-status", "Preparing\u2026");
  try {
    const response = await authorizedFetch(`/ai-interview/sessions/${sessionId}/report.pdf`);
    if (!response.ok) {  // a proxy's HTML error page has no JSON detail: the status says what happened
      const body = await response.json().catch(() => ({}));
      throw new ApiError(response.status, body.detail);
    }
    const blob = await response.blob();
    state.reportUrl = URL.createObjectURL(blob);
    link.href = state.reportUrl;
    link.download = `interview-${sessionId}-report.pdf`;
    link.dataset.type = blob.type;
    setText("report-status", `(PDF, ${Math.max(1, Math.round(blob.size / 1024))} KB)`);
  } catch (error) {
    setText("report-status", `The report is not available: ${errorText(error)}`);
  }
}

function onAgain() {
  state.sessionId = null;
  show($("results"), false);
  show($("conversation"), false);
  show($("start-form"));
  $("s-type").focus();
}

// --- progress and past interviews ------------------------------------------------------------------------------------

async function loadProgress() {
  try {
    const [progress, sessions] = await Promise.all([api("GET", "/ai-interview/progress"),
      api("GET", "/ai-interview/sessions")]);
    renderProgress(progress);
    renderPastSessions(sessions);
  } catch (error) {
    setText("progress-summary", `Progress is not available: ${errorText(error)}`);
  }
}

function renderProgress(progress) {
  const n = progress.assessed_sessions || 0;
  const weakest = (progress.weakest_areas || []).map((w) => humanize(w.dimension)).join(", ");
  setText("progress-summary", n === 0 ? "No assessed interviews yet."
    : `${n} assessed interview${n === 1 ? "" : "s"}.` + (weakest ? ` Weakest areas: ${weakest}.` : ""));
  renderProgressChart($("progress-chart"), progress);
  const rows = Object.entries(progress.dimensions || {}).map(([name, trend]) => {
    const tr = document.createElement("tr");
    const change = trend.change === null || trend.change === undefined ? "\u2013"
      : `${trend.change > 0 ? "+" : ""}${trend.change}`;
    for (const text of [humanize(name), formatScore(trend.latest), formatScore(trend.average), change]) {
      const td = document.createElement("td");
      td.textContent = text;
      tr.append(td);
    }
    return tr;
  });
  $("progress-table").tBodies[0].replaceChildren(...rows);
  show($("progress-table"), rows.length > 0);
}

function renderPastSessions(sessions) {
  const items = sessions.map((s) => {
    const li = document.createElement("li");
    const when = new Date(s.created_at).toLocaleString();
    li.append(`${s.title} \u2013 ${s.status}, ${when} `);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "link";
    button.textContent = s.status === "active" ? "Continue" : "Show results";
    button.setAttribute("aria-label", `${button.textContent}: ${s.title}, ${when}`);
    button.addEventListener("click", () => openSession(s.id));
    li.append(button);
    return li;
  });
  $("past-sessions").replaceChildren(...items);
}

// Show an interview as it stands: its transcript, then the answer box (active) or the results (completed).
async function openSession(id) {
  let detail;
  try {
    detail = await api("GET", `/ai-interview/sessions/${id}`);
  } catch (error) {
    window.sessionStorage.removeItem(ACTIVE_KEY);
    if (error.status !== 404) notice(errorText(error));
    return;
  }
  state.sessionId = detail.id;
  $("transcript").replaceChildren();
  show($("results"), false);
  for (const t of detail.interactions) {
    const turn = { ...t, response: t.content, total_questions: detail.total_questions || detail.max_questions };
    if (t.role === "interviewer") addTurn("interviewer", t.content, turnMeta(turn));
    else addTurn("candidate", t.content);
  }
  const active = detail.status === "active";
  showConversation(active);
  if (active) {
    window.sessionStorage.setItem(ACTIVE_KEY, String(detail.id));
    setText("progress-line", `Question ${detail.question_number} of ${detail.max_questions}`);
    $("answer").focus();
  } else {
    window.sessionStorage.removeItem(ACTIVE_KEY);
    setText("progress-line", "Interview finished.");
    try {
      await showResults(await api("POST", `/ai-interview/sessions/${detail.id}/assess`));
    } catch (error) {
      notice(errorText(error));
    }
  }
}

// --- wiring --------------------------------------------------------------------------------------------------------

function wire() {
  document.querySelectorAll('input[name="mode"]').forEach((r) => r.addEventListener("change", syncAuthMode));
  $("auth-form").addEventListener("submit", onAuthSubmit);
  $("logout").addEventListener("click", async () => { await signOut(); showSignedOut("Signed out."); });
  $("profile-form").addEventListener("submit", onProfileSubmit);
  $("resume-form").addEventListener("submit", onResumeSubmit);
  $("start-form").addEventListener("submit", onStartSubmit);
  $("answer-form").addEventListener("submit", onAnswerSubmit);
  $("answer").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $("answer-form").requestSubmit(); }
  });
  $("end-button").addEventListener("click", onEnd);
  $("mic-button").addEventListener("click", onMic);
  $("again-button").addEventListener("click", onAgain);
  setSignedOutHandler(() => showSignedOut("Your session has expired; please sign in again."));
  syncAuthMode();
}

async function start() {
  wire();
  document.body.dataset.transport = transport.name;
  if (!session.token) { showSignedOut(); return; }
  try {
    await enterWorkspace(await api("GET", "/auth/me"));
  } catch {
    session.clear();
    showSignedOut();
  }
}

start();
