package io.parley.workspace;

import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;

/** @param allowedLinkHosts the hosts the bot's answers may link to ({@link LinkHost}), sorted */
public record WorkspaceView(WorkspaceId id, String name, List<String> allowedOrigins, List<String> allowedLinkHosts,
                            Instant createdAt) {

    public WorkspaceView {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedLinkHosts = List.copyOf(allowedLinkHosts);
    }

    public WorkspaceView(WorkspaceId id, String name, List<String> allowedOrigins, Instant createdAt) {
        this(id, name, allowedOrigins, List.of(), createdAt);
    }

    /** Whether the bot's answers may link to {@code host}. */
    public boolean allowsLinkTo(String host) {
        return allowedLinkHosts.stream().anyMatch(allowed -> new LinkHost(allowed).matches(host));
    }
}
