package io.parley.agent.model;

import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

/** A person who answers conversations in one workspace. */
public class Agent implements AggregateRoot<Agent, AgentId> {

    public static final int MAX_NAME = 80;

    private final AgentId id;
    private final WorkspaceId workspaceId;
    private final EmailAddress email;
    private String displayName;
    private Role role;
    private PasswordHash passwordHash;
    private boolean enabled;
    private @Nullable AvatarDigest avatar;
    private final Instant createdAt;

    public Agent(AgentId id, WorkspaceId workspaceId, EmailAddress email, String displayName, Role role,
                 PasswordHash passwordHash, boolean enabled, @Nullable AvatarDigest avatar, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.email = Objects.requireNonNull(email);
        this.displayName = checkedName(displayName);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = enabled;
        this.avatar = avatar;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Agent register(WorkspaceId workspace, EmailAddress email, String displayName, Role role,
                                 PasswordHash hash, Instant now) {
        return new Agent(AgentId.random(), workspace, email, displayName, role, hash, true, null, now);
    }

    /**
     * Decides a sign-in attempt whose password check gave {@code passwordMatched}: a disabled agent stays out whatever
     * the password, and only the right password learns that the account is disabled (a wrong one gets the answer any
     * address gets). Repeated failures are throttled before this, per account and client address, outside the
     * aggregate: a lock on the account itself would let anyone lock its owner out.
     */
    public SignInOutcome attemptSignIn(boolean passwordMatched) {
        if (!enabled) {
            return passwordMatched ? SignInOutcome.DISABLED : SignInOutcome.WRONG_PASSWORD;
        }
        return passwordMatched ? SignInOutcome.SIGNED_IN : SignInOutcome.WRONG_PASSWORD;
    }

    public void changePassword(PasswordHash newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void rename(String newName) {
        this.displayName = checkedName(newName);
    }

    /** Shows the picture stored under this digest beside the agent's name; the picture replaced, if any, is returned. */
    public @Nullable AvatarDigest changeAvatar(AvatarDigest picture) {
        AvatarDigest replaced = avatar;
        this.avatar = Objects.requireNonNull(picture);
        return replaced;
    }

    /** Back to initials; the picture removed, if any, is returned. */
    public @Nullable AvatarDigest removeAvatar() {
        AvatarDigest removed = avatar;
        this.avatar = null;
        return removed;
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }

    /** Whether this agent can manage the workspace now: an enabled admin. */
    public boolean administers() {
        return enabled && role.canAdminister();
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    private static String checkedName(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            throw DomainException.invalid("agent.invalid-name", "an agent's name needs 1 to " + MAX_NAME + " characters");
        }
        return text;
    }

    @Override
    public AgentId getId() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public EmailAddress email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable AvatarDigest avatar() {
        return avatar;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
