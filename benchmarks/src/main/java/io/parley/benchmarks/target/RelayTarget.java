package io.parley.benchmarks.target;

import io.parley.gateway.protocol.Authenticate;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The bare relay: it checks no credentials, so visitors cost nothing to create. */
public final class RelayTarget implements Target {

    private final URI webSocket;
    private final ServerProbe probe;

    public RelayTarget(URI webSocket, @Nullable Long pid) {
        this.webSocket = webSocket;
        this.probe = new ServerProbe(pid, null, null);
    }

    @Override
    public String kind() {
        return "relay";
    }

    @Override
    public URI webSocket() {
        return webSocket;
    }

    @Override
    public @Nullable String origin() {
        return null;
    }

    @Override
    public Authenticate agentCredential() {
        return Authenticate.newBuilder().setAgentToken("relay-agent").build();
    }

    @Override
    public List<Authenticate> newVisitors(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Authenticate.newBuilder().setVisitorToken("relay-visitor-" + i).build()).toList();
    }

    @Override
    public ServerProbe probe() {
        return probe;
    }
}
