import {api} from "./api.js";

// The workspace's enabled agents (GET /api/v1/agents/presence, readable by every agent), shared by the team list,
// "Assign to…" and the conversation list's assignee names. Read again whenever something says the team changed:
// a presence notice for an agent it does not hold, an admin's change in this console, or "Assign to…" being opened.
export const roster = new EventTarget();
let agents = [];
let reading = null;

export function colleagues() {
  return agents;
}

export function nameOf(agentId) {
  return agents.find((a) => a.agentId === agentId)?.displayName ?? "";
}

export function knows(agentId) {
  return agents.some((a) => a.agentId === agentId);
}

export function readRoster() {
  reading ??= read();
  return reading;
}

// A read that was under way when the roster changed here (a rename, a new connection) may hold the team as it was
// before: such a read is thrown away and made again (a few times at most), so that the last word is not older than
// the change.
let generation = 0;

async function read() {
  try {
    for (let attempt = 1; ; attempt++) {
      const started = generation;
      const page = await api("GET", "/api/v1/agents/presence");
      if (started === generation || attempt === 3) {
        agents = (page.items || []).map((a) => noticed.has(a.agentId) ? {...a, status: noticed.get(a.agentId)} : a);
        roster.dispatchEvent(new Event("change"));
        return agents;
      }
    }
  } finally {
    reading = null;
  }
}

/** An agent renamed or re-pictured in this console: shown at once, and no read begun before wins over it. */
export function profileChanged(agent) {
  generation++;
  agents = agents.map((a) => a.agentId === agent.id
    ? {...a, displayName: agent.displayName, avatarUrl: agent.avatarUrl} : a);
  roster.dispatchEvent(new Event("change"));
}

// Statuses from the presence notices of the current connection. A notice is newer than any read: the server may
// answer a read from presence it has not recorded yet, so a read never replaces a status a notice gave.
let noticed = new Map();

/** A presence notice for an agent the roster holds: shown at once, and kept over what later reads say. */
export function statusChanged(agentId, status) {
  noticed.set(agentId, status);
  agents = agents.map((a) => a.agentId === agentId ? {...a, status} : a);
  roster.dispatchEvent(new Event("change"));
}

/**
 * The connection is new: notices may have been missed meanwhile, so the next read is believed again; and a read under
 * way began before the server knew this console was connected (it would show its own agent offline), so it is made
 * again.
 */
export function connectionRenewed() {
  noticed = new Map();
  generation++;
}
