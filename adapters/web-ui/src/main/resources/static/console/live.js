// The console's WebSocket: authenticates with the agent token, heartbeats, reconnects with back-off and lets the
// conversation pane resume by sequence. Frames are dispatched as DOM events named after the frame.
export class Live extends EventTarget {
  constructor(token) {
    super();
    this.token = token;
    this.backoff = 1000;
    this.stopped = false;
    this.connected = false;
    this.requests = 0;
  }

  start() {
    if (this.stopped || (this.socket && this.socket.readyState <= 1)) return;
    const url = location.origin.replace(/^http/, "ws") + "/ws";
    const socket = new WebSocket(url, ["parley.v1.json"]);
    this.socket = socket;
    socket.onopen = () => this.send({authenticate: {agentToken: this.token}});
    socket.onmessage = (event) => this.handle(JSON.parse(event.data));
    socket.onclose = (event) => {
      clearInterval(this.heartbeats);
      this.setConnected(false);
      if (this.stopped || event.code === 1008) return;
      const delay = Math.min(this.backoff, 30000) * (0.5 + Math.random() / 2);
      this.backoff = Math.min(this.backoff * 2, 30000);
      setTimeout(() => this.start(), delay);
    };
  }

  stop() {
    this.stopped = true;
    this.socket?.close(1000);
  }

  send(frame) {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify({requestId: String(++this.requests), ...frame}));
    return true;
  }

  setConnected(connected) {
    this.connected = connected;
    this.dispatchEvent(new CustomEvent("connection", {detail: connected}));
  }

  handle(frame) {
    if (frame.authenticated) {
      this.backoff = 1000;
      const every = Math.min(frame.authenticated.heartbeatIntervalMs || 30000, 25000);
      this.heartbeats = setInterval(() => this.send({heartbeat: {}}), every);
      this.setConnected(true);
      return;
    }
    for (const name of ["message", "ack", "conversationUpdated", "typing", "read", "presence"]) {
      if (frame[name]) this.dispatchEvent(new CustomEvent(name, {detail: frame[name]}));
    }
    // an error answers the frame with this request id: say which
    if (frame.error) this.dispatchEvent(new CustomEvent("error", {detail: {...frame.error, requestId: frame.requestId || ""}}));
  }
}
