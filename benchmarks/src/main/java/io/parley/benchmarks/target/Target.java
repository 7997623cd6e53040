package io.parley.benchmarks.target;

import io.parley.gateway.protocol.Authenticate;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A server the load runs against: where its WebSocket endpoint is and how to get credentials for it. */
public interface Target {

    /** "parley" or "relay", as written into the results. */
    String kind();

    URI webSocket();

    /** Where agents connect: another node of the same cluster for a cross-node load, else {@link #webSocket()}. */
    default URI agentWebSocket() {
        return webSocket();
    }

    /** The Origin header visitor connections send (the workspace must allow it), or null for none. */
    @Nullable String origin();

    Authenticate agentCredential();

    /** New visitors, one credential each: the expensive part of setting up a large load. */
    List<Authenticate> newVisitors(int count);

    ServerProbe probe();
}
