package io.parley.workspace.model;

import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.LinkHost;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jmolecules.ddd.types.AggregateRoot;

/** A tenant. Every tenant-owned row in Parley carries its {@link WorkspaceId}. */
public class Workspace implements AggregateRoot<Workspace, WorkspaceId> {

    public static final int MAX_ORIGINS = 50;
    public static final int MAX_LINK_HOSTS = 50;

    private final WorkspaceId id;
    private WorkspaceName name;
    private Set<AllowedOrigin> allowedOrigins;
    private Set<LinkHost> allowedLinkHosts;
    private final Instant createdAt;

    public Workspace(WorkspaceId id, WorkspaceName name, Set<AllowedOrigin> allowedOrigins, Instant createdAt) {
        this(id, name, allowedOrigins, Set.of(), createdAt);
    }

    public Workspace(WorkspaceId id, WorkspaceName name, Set<AllowedOrigin> allowedOrigins,
                     Set<LinkHost> allowedLinkHosts, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.allowedOrigins = checked(allowedOrigins);
        this.allowedLinkHosts = checkedHosts(allowedLinkHosts);
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

    /**
     * The hosts the bot's answers may link to; links to any other host are taken out of its answers. None (the
     * default) means an answer carries no links.
     */
    public void allowLinksTo(Set<LinkHost> hosts) {
        this.allowedLinkHosts = checkedHosts(hosts);
    }

    /** Whether a browser page of this origin may talk to this workspace. A missing Origin (non-browser client) passes. */
    public boolean admitsOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        return allowedOrigins.stream().anyMatch(allowed -> allowed.matches(origin));
    }

    /**
     * Whether an agent's browser page of this origin may use this workspace: only an origin listed by name. The
     * wildcard {@code *} lets any page embed the widget, never act with an agent's credentials. A missing Origin
     * (non-browser client) passes.
     */
    public boolean admitsAgentOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        return allowedOrigins.stream().anyMatch(allowed -> !allowed.isWildcard() && allowed.matches(origin));
    }

    private static Set<AllowedOrigin> checked(Set<AllowedOrigin> origins) {
        if (origins.size() > MAX_ORIGINS) {
            throw DomainException.invalid("workspace.too-many-origins", "at most " + MAX_ORIGINS + " allowed origins");
        }
        return Set.copyOf(new LinkedHashSet<>(origins));
    }

    private static Set<LinkHost> checkedHosts(Set<LinkHost> hosts) {
        if (hosts.size() > MAX_LINK_HOSTS) {
            throw DomainException.invalid("workspace.too-many-link-hosts",
                    "at most " + MAX_LINK_HOSTS + " allowed link hosts");
        }
        return Set.copyOf(hosts);
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

    public Set<LinkHost> allowedLinkHosts() {
        return allowedLinkHosts;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
