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
  reading ??= api("GET", "/api/v1/agents/presence").then((page) => {
    agents = page.items || [];
    roster.dispatchEvent(new Event("change"));
    return agents;
  }).finally(() => (reading = null));
  return reading;
}
