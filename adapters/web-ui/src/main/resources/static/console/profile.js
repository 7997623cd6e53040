import {LitElement, html, css} from "lit";
import {api, remember, session, upload} from "./api.js";
import {t} from "./i18n.js";
import {avatar} from "./avatar.js";

const MAX_BYTES = 256 * 1024;

/**
 * An agent's public face: the name and picture visitors see beside their replies. Agents edit their own; admins
 * open it for a colleague from the agents list. Fires "profile-changed" with the agent as the server answered.
 */
class ParleyProfile extends LitElement {
  static properties = {agent: {attribute: false}, notice: {state: true}, busy: {state: true}};

  constructor() {
    super();
    this.agent = null;
    this.notice = "";
    this.busy = false;
  }

  mine() {
    return this.agent?.id === session()?.agent?.id;
  }

  async run(action) {
    this.busy = true;
    try {
      const agent = await action();
      this.agent = {...this.agent, ...agent, avatarUrl: agent.avatarUrl ?? null};
      if (this.mine()) remember(this.agent);
      this.notice = t("admin.saved");
      this.dispatchEvent(new CustomEvent("profile-changed", {detail: this.agent, bubbles: true, composed: true}));
    } catch (error) {
      this.notice = t(error.code === "agent.avatar-too-large" ? "profile.tooLarge"
        : error.code === "agent.avatar-unsupported-format" ? "profile.wrongType" : "error.generic")
        + (error.code?.startsWith("agent.avatar") ? "" : error.message);
    } finally {
      this.busy = false;
    }
  }

  rename(event) {
    event.preventDefault();
    const displayName = new FormData(event.target).get("displayName");
    const path = this.mine() ? "/api/v1/agents/me" : `/api/v1/agents/${encodeURIComponent(this.agent.id)}`;
    this.run(() => api("PATCH", path, {displayName}));
  }

  choose(event) {
    const file = event.target.files[0];
    event.target.value = "";
    if (!file) return;
    if (file.size > MAX_BYTES) {
      this.notice = t("profile.tooLarge");
      return;
    }
    this.run(() => upload("PUT", this.avatarPath(), file));
  }

  avatarPath() {
    return `/api/v1/agents/${this.mine() ? "me" : encodeURIComponent(this.agent.id)}/avatar`;
  }

  render() {
    const a = this.agent;
    if (!a) return html``;
    return html`<section>
      <h2>${this.mine() ? t("profile.title") : t("profile.titleOf") + " " + a.displayName}</h2>
      <p class="hint">${t("profile.hint")}</p>
      <div class="picture">
        ${avatar(a.displayName, a.avatarUrl, 64)}
        <label class="file">${t("profile.choose")}
          <input type="file" name="avatar" accept="image/png,image/jpeg,image/webp" ?disabled=${this.busy}
            @change=${this.choose}></label>
        ${a.avatarUrl ? html`<button class="remove" ?disabled=${this.busy}
          @click=${() => this.run(() => api("DELETE", this.avatarPath()))}>${t("profile.remove")}</button>` : ""}
      </div>
      <form @submit=${this.rename}>
        <label>${t("profile.name")} <input name="displayName" required maxlength="80" .value=${a.displayName}></label>
        <button type="submit" ?disabled=${this.busy}>${t("admin.save")}</button>
      </form>
      <p class="notice" role="status">${this.notice}</p>
    </section>`;
  }

  static styles = css`
    :host { display: block; padding: 16px 24px; background: #fff; }
    h2 { font-size: 16px; margin: 0 0 4px; }
    .hint { color: #6b7280; margin: 0 0 12px; }
    .picture { display: flex; align-items: center; gap: 12px; margin-bottom: 12px; }
    .avatar { width: 64px; height: 64px; border-radius: 50%; object-fit: cover; flex: none; }
    .initials { display: grid; place-items: center; background: #1e40af; color: #fff; font-size: 24px; font-weight: 600; }
    .file { border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
    .file input { display: block; margin-top: 4px; }
    form { display: flex; gap: 8px; align-items: center; }
    input:not([type=file]), button { font: inherit; padding: 4px 8px; }
    .notice { min-height: 1em; color: #1e40af; }
  `;
}

customElements.define("parley-profile", ParleyProfile);
