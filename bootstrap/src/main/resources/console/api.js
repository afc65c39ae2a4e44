// The API as the console uses it: one session's tokens in memory and in sessionStorage (never localStorage),
// every call with the bearer token, the tenant and the language; the access token refreshed a minute before it
// expires, the refresh token rotated each time as the contract says. A refusal that ends the session hands its
// message to whoever listens (the console goes back to sign-in).
import { language } from "./i18n.js";

const KEPT = "gerbang.session";
const ENDING = new Set(["REFRESH_TOKEN_REUSED", "REFRESH_TOKEN_INVALID", "SESSION_REVOKED", "TOKEN_INVALID",
  "ACCOUNT_INACTIVE", "TENANT_FORBIDDEN"]);

let session = JSON.parse(sessionStorage.getItem(KEPT) || "null");
let refreshTimer = null;
let onEnded = () => {};
const onRefreshed = new Set();

export class Refused extends Error {
  constructor(status, body) {
    super(body?.error || body?.message || String(status));
    this.status = status;
    this.code = body?.code;
  }
}

export function whenEnded(listener) {
  onEnded = listener;
}

export function signedIn() {
  return session !== null;
}

async function send(method, path, body, { bearer = true, tenantId = session?.tenant, whole = false } = {}) {
  const headers = { "Accept-Language": language() };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (tenantId) {
    headers["X-Tenant-ID"] = String(tenantId);
  }
  if (bearer && session) {
    headers.Authorization = `Bearer ${session.access}`;
  }
  const answer = await fetch(`/api/v1${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store",
  });
  const json = await answer.json().catch(() => null);
  if (!answer.ok || !json?.success) {
    throw new Refused(answer.status, json);
  }
  return whole ? json : json.data;
}

/** One page of a list: its items, and the cursor to the next page (older, for messages) when there is one. */
export async function page(path) {
  const json = await call("GET", path, undefined, { whole: true });
  const pagination = json.meta?.pagination;
  return { items: json.data, next: pagination?.has_next ? pagination.next_cursor : null };
}

export function accessToken() {
  return session?.access;
}

export function userId() {
  return session?.user;
}

/** Called with each new access token (a socket hands it on with an auth frame); gives what unsubscribes. */
export function whenRefreshed(listener) {
  onRefreshed.add(listener);
  return () => onRefreshed.delete(listener);
}

/** An authenticated call; a refusal that ends the session signs the person out with its message. */
export async function call(method, path, body, options = {}) {
  try {
    return await send(method, path, body, options);
  } catch (refused) {
    if (refused instanceof Refused && refused.code === "TOKEN_EXPIRED" && await refresh()) {
      return send(method, path, body, options);
    }
    if (refused instanceof Refused && ENDING.has(refused.code)) {
      end(refused.message);
    }
    throw refused;
  }
}

/** The first step of a sign-in: tokens, or {mfa_required, mfa_token} for a second step. */
export async function logIn(login, password, tenantId) {
  const body = login.includes("@") ? { email: login, password } : { user_identity: login, password };
  body.user_agent = navigator.userAgent;
  const data = await send("POST", "/auth/login", body, { bearer: false, tenantId });
  if (!data.mfa_required) {
    keep(data, tenantId);
  }
  return data;
}

export async function logInWithCode(mfaToken, code, tenantId) {
  keep(await send("POST", "/auth/login-2fa", { mfa_token: mfaToken, code }, { bearer: false, tenantId }), tenantId);
}

export async function logOut() {
  try {
    await send("POST", "/auth/logout", { refresh_token: session.refresh }, { bearer: false });
  } finally {
    forget();
  }
}

/** Ends every session of the person, this one too. */
export async function logOutEverywhere() {
  try {
    await call("POST", "/auth/logout", { user_id: session.user });
  } finally {
    forget();
  }
}

function keep(pair, tenantId) {
  session = { access: pair.access_token, refresh: pair.refresh_token, expiresAt: pair.expires_at,
    user: pair.user_id, tenant: tenantId ?? session?.tenant };
  sessionStorage.setItem(KEPT, JSON.stringify(session));
  scheduleRefresh();
}

function forget() {
  session = null;
  sessionStorage.removeItem(KEPT);
  clearTimeout(refreshTimer);
}

function end(message) {
  forget();
  onEnded(message);
}

/** Rotates the pair; false (and signed out, with the API's words) when the session is over. */
export async function refresh() {
  if (!session) {
    return false;
  }
  try {
    keep(await send("POST", "/auth/refresh", { refresh_token: session.refresh }, { bearer: false }));
    onRefreshed.forEach((listener) => listener(session.access));
    return true;
  } catch (refused) {
    if (refused instanceof Refused && refused.status === 401) {
      end(refused.message);
      return false;
    }
    throw refused;
  }
}

export function scheduleRefresh() {
  clearTimeout(refreshTimer);
  if (!session) {
    return;
  }
  const wait = Math.max(0, session.expiresAt * 1000 - Date.now() - 60_000);
  refreshTimer = setTimeout(() => refresh().catch(() => scheduleRefresh()), wait);
}
