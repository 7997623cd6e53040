package io.parley.agent.model;

import io.parley.agent.CannedReplyId;
import io.parley.agent.CannedReplyScope;
import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * A text an agent inserts into the composer by its shortcut. A shared reply belongs to the workspace and has no
 * owner; a personal one belongs to one agent, who alone sees and changes it. The text becomes a message once sent,
 * so it follows a message's rules: 1 to {@value #MAX_TEXT} characters, no control characters but line breaks and
 * tabs. It is kept exactly as written and always shown as text.
 */
public class CannedReply implements AggregateRoot<CannedReply, CannedReplyId> {

    public static final int MAX_TEXT = 4000;

    private final CannedReplyId id;
    private final WorkspaceId workspaceId;
    private final CannedReplyScope scope;
    private final @Nullable AgentId owner;
    private Shortcut shortcut;
    private String text;
    private final Instant createdAt;
    private Instant updatedAt;

    public CannedReply(CannedReplyId id, WorkspaceId workspaceId, CannedReplyScope scope, @Nullable AgentId owner,
                       Shortcut shortcut, String text, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.scope = Objects.requireNonNull(scope);
        if ((scope == CannedReplyScope.PERSONAL) != (owner != null)) {
            throw new IllegalArgumentException("a personal reply has an owner, a shared one none");
        }
        this.owner = owner;
        this.shortcut = Objects.requireNonNull(shortcut);
        this.text = checkedText(text);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new reply written by {@code author}; {@code canned.forbidden} for a shared one by a plain agent. */
    public static CannedReply write(WorkspaceId workspace, AgentId author, Role role, CannedReplyScope scope,
                                    Shortcut shortcut, String text, Instant now) {
        if (scope == CannedReplyScope.SHARED && !role.canManageSharedReplies()) {
            throw forbidden();
        }
        return new CannedReply(CannedReplyId.random(), workspace, scope,
                scope == CannedReplyScope.PERSONAL ? author : null, shortcut, text, now, now);
    }

    /** Everyone sees the shared replies; a personal one only its owner. */
    public boolean isVisibleTo(AgentId agent) {
        return scope == CannedReplyScope.SHARED || agent.equals(owner);
    }

    public boolean isEditableBy(AgentId agent, Role role) {
        return scope == CannedReplyScope.SHARED ? role.canManageSharedReplies() : agent.equals(owner);
    }

    /** Changes what is given (a {@code null} keeps the value); checks everything before changing anything. */
    public void revise(AgentId agent, Role role, @Nullable Shortcut newShortcut, @Nullable String newText,
                       Instant now) {
        checkEditableBy(agent, role);
        String checkedText = newText == null ? text : checkedText(newText);
        shortcut = newShortcut == null ? shortcut : newShortcut;
        text = checkedText;
        updatedAt = now;
    }

    public void checkEditableBy(AgentId agent, Role role) {
        if (!isEditableBy(agent, role)) {
            throw forbidden();
        }
    }

    private static DomainException forbidden() {
        return DomainException.forbidden("canned.forbidden", "only administrators and supervisors write, change or "
                + "delete shared canned replies; write a personal one instead, or ask one of them");
    }

    private static String checkedText(String raw) {
        if (raw == null || raw.isBlank() || raw.codePointCount(0, raw.length()) > MAX_TEXT) {
            throw DomainException.invalid("canned.invalid-text", "a canned reply has 1 to " + MAX_TEXT
                    + " characters of text");
        }
        if (raw.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw DomainException.invalid("canned.invalid-text", "a canned reply cannot contain control characters");
        }
        return raw.strip();
    }

    @Override
    public CannedReplyId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public CannedReplyScope scope() {
        return scope;
    }

    public @Nullable AgentId owner() {
        return owner;
    }

    public Shortcut shortcut() {
        return shortcut;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
