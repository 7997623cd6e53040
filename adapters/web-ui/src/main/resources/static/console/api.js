// REST calls with the agent's bearer token. The token lives in sessionStorage (this tab only) and is sent
// explicitly; no cookie authenticates anything, so there is nothing for a cross-site request to ride on.
const KEY = "parley.session";

export function session() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

export async function login(email, password) {
  const response = await fetch("/api/v1/auth/login", {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({email, password}),
    credentials: "omit"
  });
  if (!response.ok) throw await problem(response);
  const signedIn = await response.json();
  sessionStorage.setItem(KEY, JSON.stringify(signedIn));
  return signedIn;
}

export async function logout() {
  try {
    await api("POST", "/api/v1/auth/logout");
  } finally {
    sessionStorage.removeItem(KEY);
  }
}

export async function api(method, path, body) {
  const headers = {Authorization: "Bearer " + (session()?.token ?? "")};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit"});
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    window.dispatchEvent(new Event("parley-signed-out"));
  }
  if (!response.ok) throw await problem(response);
  return response.status === 204 ? null : response.json();
}

/** Sends a file as the request body, typed as the browser types it; the server decides what it really is. */
export async function upload(method, path, file) {
  const response = await fetch(path, {method, body: file, credentials: "omit", headers: {
    Authorization: "Bearer " + (session()?.token ?? ""), "Content-Type": file.type || "application/octet-stream"}});
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    window.dispatchEvent(new Event("parley-signed-out"));
  }
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** Sends a form with a file (multipart/form-data; the browser sets the boundary). */
export async function uploadForm(path, formData) {
  const response = await fetch(path, {method: "POST", headers: {Authorization: "Bearer " + (session()?.token ?? "")},
    body: formData, credentials: "omit"});
  if (!response.ok) throw await problem(response);
  return response.json();
}

/** Keeps the signed-in agent's own profile (name, picture) as the server last answered it. */
export function remember(agent) {
  const current = session();
  if (!current) return;
  current.agent = {...current.agent, displayName: agent.displayName, avatarUrl: agent.avatarUrl ?? null};
  sessionStorage.setItem(KEY, JSON.stringify(current));
}

/** Fetches a file with the bearer token and hands it to the browser as a download. */
export async function download(path, fileName) {
  const response = await fetch(path, {headers: {Authorization: "Bearer " + (session()?.token ?? "")},
    credentials: "omit"});
  if (!response.ok) throw await problem(response);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function problem(response) {
  let detail = response.statusText;
  let code;
  let errors = [];
  try {
    const body = await response.json();
    detail = body.detail || body.title || detail;
    code = body.code;
    errors = Array.isArray(body.errors) ? body.errors : [];
  } catch { /* not JSON */ }
  const error = new Error(detail);
  error.status = response.status;
  error.code = code;
  error.errors = errors;
  return error;
}
