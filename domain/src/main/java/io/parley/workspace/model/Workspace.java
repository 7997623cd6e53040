package io.parley.workspace.model;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.types.AggregateRoot;

/** A tenant. Every tenant-owned row in Parley carries its {@link WorkspaceId}. */
public class Workspace implements AggregateRoot<Workspace, WorkspaceId> {

    public static final int MAX_ORIGINS = 50;

    private final WorkspaceId id;
    private WorkspaceName name;
    private Set<AllowedOrigin> allowedOrigins;
    private final Instant createdAt;

    public Workspace(WorkspaceId id, WorkspaceName name, Set<AllowedOrigin> allowedOrigins, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.allowedOrigins = checked(allowedOrigins);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Workspace create(WorkspaceName name, Set<AllowedOrigin> origins, Instant now) {
        return new Workspace(WorkspaceId.random(), name, origins, now);
    }

    public void rename(WorkspaceName newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public void allowOrigins(Set<AllowedOrigin> origins) {
        this.allowedOrigins = checked(origins);
    }

    /** Whether a browser page of this origin may talk to this workspace. A missing Origin (non-browser client) passes. */
    public boolean admitsOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        return allowedOrigins.stream().anyMatch(allowed -> allowed.matches(origin));
    }

    private static Set<AllowedOrigin> checked(Set<AllowedOrigin> origins) {
        if (origins.size() > MAX_ORIGINS) {
            throw DomainException.invalid("workspace.too-many-origins", "at most " + MAX_ORIGINS + " allowed origins");
        }
        return Set.copyOf(new LinkedHashSet<>(origins));
    }

    @Override
    public WorkspaceId getId() {
        return id;
    }

    public WorkspaceName name() {
        return name;
    }

    public Set<AllowedOrigin> allowedOrigins() {
        return allowedOrigins;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
