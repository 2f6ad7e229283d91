// A small client for the REST API (the contract in API.md): bearer tokens kept for this browser tab, one refresh
// on a 401, and errors carrying the server's `detail`.

const STORE = window.sessionStorage;
const KEYS = { access: "mockiv.access", refresh: "mockiv.refresh", user: "mockiv.user" };

export class ApiError extends Error {
  constructor(status, detail) {
    super(describe(detail) || `Request failed (${status})`);
    this.status = status;
    this.detail = detail;
  }
}

// FastAPI's 422 detail is a list of {loc, msg}; everything else here is a string.
function describe(detail) {
  if (!detail) return "";
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    return detail.map((d) => `${(d.loc || []).filter((p) => p !== "body").join(".")}: ${d.msg}`).join("; ");
  }
  return JSON.stringify(detail);
}

export const session = {
  get token() { return STORE.getItem(KEYS.access); },
  get user() { const u = STORE.getItem(KEYS.user); return u ? JSON.parse(u) : null; },
  save(body) {
    const access = body.access_token || body.token;
    if (access) STORE.setItem(KEYS.access, access);
    if (body.refresh_token) STORE.setItem(KEYS.refresh, body.refresh_token);
    if (body.user) STORE.setItem(KEYS.user, JSON.stringify(body.user));
  },
  clear() { Object.values(KEYS).forEach((k) => STORE.removeItem(k)); },
};

export function authHeaders(extra = {}) {
  const token = session.token;
  return token ? { ...extra, Authorization: `Bearer ${token}` } : { ...extra };
}

let refreshing = null;
async function refreshTokens() {
  const refreshToken = STORE.getItem(KEYS.refresh);
  if (!refreshToken) return false;
  // One refresh at a time: the server rotates refresh tokens, so a second concurrent use would end the login.
  refreshing ??= fetch("/auth/refresh", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ refresh_token: refreshToken }),
  }).then(async (r) => {
    if (!r.ok) return false;
    session.save(await r.json());
    return true;
  }).catch(() => false).finally(() => { refreshing = null; });
  return refreshing;
}

let onSignedOut = () => {};
export function setSignedOutHandler(fn) { onSignedOut = fn; }

// fetch with the bearer token; retried once after a refresh when the access token has expired.
export async function authorizedFetch(path, init = {}, retry = true) {
  const response = await fetch(path, { ...init, headers: authHeaders(init.headers) });
  if (response.status === 401 && retry && session.token) {
    if (await refreshTokens()) return authorizedFetch(path, init, false);
    session.clear();
    onSignedOut();
  }
  return response;
}

async function parse(response) {
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new ApiError(response.status, body && body.detail !== undefined ? body.detail : body);
  return body;
}

export async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  return parse(await authorizedFetch(path, init));
}

export async function signIn(mode, { name, email, password }) {
  const path = mode === "register" ? "/auth/register" : "/auth/login";
  const payload = mode === "register" ? { name, email, password } : { email, password };
  const response = await fetch(path, {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
  });
  const body = await parse(response);
  session.save(body);
  return body.user;
}

export async function signOut() {
  try { await api("POST", "/auth/logout"); } catch { /* the tokens are dropped either way */ }
  session.clear();
}
