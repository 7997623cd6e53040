package io.parley.benchmarks.target;

import io.parley.gateway.protocol.Authenticate;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A running Parley: signs in as an admin over REST and creates visitors through the widget's session endpoint. */
public final class ParleyTarget implements Target {

    private static final int SESSION_CONCURRENCY = 16;

    private final URI base;
    private final URI agentBase;
    private final ParleyRest rest;
    private final String agentToken;
    private final String widgetKey;
    private final String origin;
    private final ServerProbe probe;

    /**
     * @param base the server's HTTP address, for example http://127.0.0.1:8080
     * @param origin the Origin visitors send; the workspace must list it among its allowed origins
     * @param widgetKey the inbox to create visitors in, or null for the workspace's first web-widget inbox
     */
    public ParleyTarget(URI base, String email, String password, String origin, @Nullable String widgetKey,
                        @Nullable Long pid) {
        this(base, null, email, password, origin, widgetKey, pid);
    }

    /** @param agentBase another node of the same cluster for the agents' connections, or null for {@code base} */
    public ParleyTarget(URI base, @Nullable URI agentBase, String email, String password, String origin,
                        @Nullable String widgetKey, @Nullable Long pid) {
        this.base = base;
        this.agentBase = agentBase == null ? base : agentBase;
        this.rest = new ParleyRest(base);
        this.agentToken = rest.login(email, password);
        this.widgetKey = widgetKey != null ? widgetKey : rest.widgetKey(agentToken);
        this.origin = origin;
        this.probe = new ServerProbe(pid, rest, agentToken);
    }

    @Override
    public String kind() {
        return "parley";
    }

    @Override
    public URI webSocket() {
        return webSocketOf(base);
    }

    @Override
    public URI agentWebSocket() {
        return webSocketOf(agentBase);
    }

    private static URI webSocketOf(URI node) {
        return URI.create((node.getScheme().equals("https") ? "wss" : "ws") + "://" + node.getHost() + ":"
                + node.getPort() + "/ws");
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public Authenticate agentCredential() {
        return Authenticate.newBuilder().setAgentToken(agentToken).build();
    }

    @Override
    public List<Authenticate> newVisitors(int count) {
        return rest.visitorSessions(widgetKey, origin, count, SESSION_CONCURRENCY).stream()
                .map(token -> Authenticate.newBuilder().setVisitorToken(token).build()).toList();
    }

    @Override
    public ServerProbe probe() {
        return probe;
    }
}
