package io.parley.gateway.adapter.websocket;

import io.parley.conversation.Actor;
import io.parley.workspace.WorkspaceAdministration;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which browser pages may hold a connection, checked once the workspace is known (after authentication), which is
 * why the handshake itself admits any origin. A visitor's page must be one the workspace allows; an agent's page is
 * also admitted when it comes from this server (the agent console). Clients that are not browsers send no Origin.
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
        if (actor instanceof Actor.Agent && normalize(origin).equals(normalize(handshake.serverOrigin()))) {
            return true;
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
