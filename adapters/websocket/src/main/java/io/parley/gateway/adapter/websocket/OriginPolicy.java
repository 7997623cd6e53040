package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.workspace.WorkspaceAdministration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which browser pages may hold a connection, checked once the workspace is known (after authentication), which is
 * why the handshake itself admits any origin. A visitor's page must be one the workspace allows (its wildcard
 * {@code *} included); an agent's page must come from this server (the agent console) or be an origin the workspace
 * lists by name: the wildcard never admits agents. Clients that are not browsers send no Origin.
 */
@Component
class OriginPolicy {

    private final WorkspaceAdministration workspaces;

    OriginPolicy(WorkspaceAdministration workspaces) {
        this.workspaces = workspaces;
    }

    boolean admits(Actor actor, Handshake handshake) {
        String origin = handshake.origin();
        if (origin == null) {
            return true;
        }
        if (actor instanceof Actor.Agent) {
            return normalize(origin).equals(normalize(handshake.serverOrigin()))
                    || workspaces.admitsAgentOrigin(actor.workspaceId(), origin);
        }
        return workspaces.admitsOrigin(actor.workspaceId(), origin);
    }

    /** scheme://host[:port], lower case, default ports dropped; anything unparsable stays as it is. */
    static String normalize(String origin) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return origin;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return origin;
        }
    }
}
