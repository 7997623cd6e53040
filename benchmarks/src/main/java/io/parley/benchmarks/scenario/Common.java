package io.parley.benchmarks.scenario;

import io.parley.benchmarks.Options;
import io.parley.benchmarks.client.Encoding;
import io.parley.benchmarks.client.LoadClient;
import io.parley.benchmarks.target.ParleyTarget;
import io.parley.benchmarks.target.ProcessGroup;
import io.parley.benchmarks.target.Target;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The options every scenario shares: how to reach the server, how to load it, where results go. */
record Common(Encoding encoding, boolean binaryIds, int threads, int sourceAddresses, boolean deflate,
              int rampConcurrency, @Nullable Long serverPid, @Nullable ProcessGroup database, Path out) {

    static Common from(Options options) {
        return new Common(Encoding.parse(options.string("encoding", "proto")),
                !options.flag("string-ids"),
                options.integer("threads", Math.max(1, Runtime.getRuntime().availableProcessors())),
                options.integer("source-addresses", 4),
                options.flag("deflate"),
                options.integer("ramp-concurrency", 200),
                options.optionalLong("server-pid"),
                database(options.string("database-process", "postgres")),
                Path.of(options.string("out", "benchmark-results")));
    }

    private static @Nullable ProcessGroup database(String name) {
        return name.isBlank() || name.equals("none") ? null : new ProcessGroup(name);
    }

    /** The database's processes, for a target that has one. */
    @Nullable ProcessGroup databaseOf(Target target) {
        return target.kind().equals("parley") ? database : null;
    }

    /** Where Parley is and how to sign in, from --url, --email, --password (or PARLEY_FIRST_START_ADMIN_PASSWORD). */
    record ParleyAddress(URI base, String email, String password, String origin, @Nullable String widgetKey) {

        /** Signs in and looks up the widget key: the first network calls of a scenario. */
        ParleyTarget connect(@Nullable Long pid) {
            return connect(pid, null);
        }

        /** @param agentBase the node the agents connect to (S5, cross-node hop), or null for {@code base} */
        ParleyTarget connect(@Nullable Long pid, @Nullable URI agentBase) {
            return new ParleyTarget(base, agentBase, email, password, origin, widgetKey, pid);
        }
    }

    static ParleyAddress parley(Options options) {
        URI base = URI.create(options.string("url", "http://127.0.0.1:8080"));
        String email = options.string("email", "admin@parley.local");
        String password = options.string("password");
        if (password == null) {
            password = System.getenv("PARLEY_FIRST_START_ADMIN_PASSWORD");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("--password is required (or set PARLEY_FIRST_START_ADMIN_PASSWORD):"
                    + " the admin's password, to sign in and find the widget key");
        }
        String origin = options.string("origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort());
        return new ParleyAddress(base, email, password, origin, options.string("widget-key"));
    }

    LoadClient client(Target target) {
        return new LoadClient(target.webSocket(), threads, sources(target.webSocket()), deflate, binaryIds);
    }

    /** 127.0.0.1, 127.0.0.2, ... for a loopback server: each source address has its own ephemeral ports. */
    private List<InetAddress> sources(URI endpoint) {
        try {
            InetAddress server = InetAddress.getByName(endpoint.getHost());
            if (!server.isLoopbackAddress() || !(server.getAddress().length == 4) || sourceAddresses <= 1) {
                return List.of(server.isLoopbackAddress() ? InetAddress.getByName("127.0.0.1")
                        : InetAddress.getByName("0.0.0.0"));
            }
            List<InetAddress> sources = new ArrayList<>();
            for (int i = 1; i <= Math.min(sourceAddresses, 254); i++) {
                sources.add(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) i}));
            }
            return sources;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + endpoint, e);
        }
    }
}
