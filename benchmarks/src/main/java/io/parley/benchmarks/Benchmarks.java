package io.parley.benchmarks;

import io.parley.benchmarks.relay.RelayServer;
import io.parley.benchmarks.scenario.ApiIngestScenario;
import io.parley.benchmarks.scenario.ChatScenario;
import io.parley.benchmarks.scenario.CodecScenario;
import io.parley.benchmarks.scenario.IdleScenario;
import io.parley.benchmarks.scenario.RelayScenario;
import io.parley.benchmarks.scenario.WebhookDeliveriesScenario;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The command line: one subcommand per scenario. See docs/performance.md. */
public final class Benchmarks {

    private static final String USAGE = """
            usage: java -jar parley-benchmarks.jar <scenario> [options]

            scenarios
              idle          S1: ramp to --connections (one level or a list: 1000,5000), hold, server memory per connection
              chat          S2: --conversations visitors send --rate msgs/s in total to --agents agents;
                            --find-saturation steps the rate up until p99 > --p99-limit-ms or a loss;
                            S5 (cross-node hop): --agent-url <another node of the cluster> holds the agents
              codec         S3: the chat load with proto frames, then with JSON frames: bytes and server CPU per message
              relay         S4: the chat load against a bare relay (in this process, or --url of a relay-server)
              relay-server  run the bare relay alone: --host 127.0.0.1 --port 9090 --relay-threads N
              api-ingest    S6: contacts' messages posted through the REST API channel: msgs/s acknowledged, latency,
                            errors by status, and every acknowledged message stored exactly once
              webhook-deliveries  S7: messages posted through the API channel at --rate, delivered as message.created
                            webhooks to a receiver of this process: deliveries/s, delay createdAt -> arrival, missing

            the server     --url http://127.0.0.1:8080  --email admin@parley.local  --password ... (or
                           PARLEY_FIRST_START_ADMIN_PASSWORD)  --origin <allowed widget origin; default the url's>
                           --widget-key <default: the first web-widget inbox>  --server-pid <PID for RSS and CPU>
                           --agent-url <chat: the node the agents connect to; default --url>
                           --database-process postgres (CPU of the local processes of that name; none to skip)
            the load       --encoding proto|json  --conversations 1000  --agents 1  --rate 1000  --duration 30s
                           --warmup 5s  --grace 5s  --body-bytes 100  --p99-limit-ms 50
                           --min-sent-percent 95 (a phase fails when the generator sent less of the rate)
                           --string-ids (proto: ids as strings, as JSON has them, instead of 16-byte binary ids)
            saturation     --find-saturation  --start-rate <rate>  --step-rate <rate>  --max-rate 200000
                           --step-duration 10s  --fractions 25,50,75
            idle           --connections 1000[,5000,...]  --hold 30s  --no-gc (skip the server GC before reading heap)
            api-ingest     --route messages|conversation|both  --keys 1  --contacts 100  --clients 64 (requests in
                           flight at most; closed loop: the clients)  --rate 500 | --closed-loop  --timeout 30s
                           --p99-limit-ms 100; --find-saturation, --duration, --warmup, --body-bytes as for chat
            webhook-deliveries  the api-ingest options (--rate 200, no search)  --drain 60s (wait for the last
                           deliveries)  --receiver-host 127.0.0.1  --receiver-port 0 (any free port)
            the generator  --threads <cores>  --source-addresses 4  --ramp-concurrency 200  --deflate
                           --out benchmark-results
            """;

    private Benchmarks() {}

    public static void main(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            System.out.print(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        Options options = Options.parse(Arrays.asList(args).subList(1, args.length));
        PrintStream out = System.out;
        try {
            switch (args[0]) {
                case "idle" -> new IdleScenario(options).run(out);
                case "chat" -> new ChatScenario(options).run(out);
                case "codec" -> new CodecScenario(options).run(out);
                case "relay" -> new RelayScenario(options).run(out);
                case "relay-server" -> serveRelay(options, out);
                case "api-ingest" -> exit(new ApiIngestScenario(options).run(out).passed());
                case "webhook-deliveries" -> exit(new WebhookDeliveriesScenario(options).run(out).passed());
                default -> throw new IllegalArgumentException("unknown scenario '" + args[0] + "'\n" + USAGE);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("failed: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.exit(0);
    }

    /** A run whose check failed (a loss, a duplicate, a missing delivery) ends with status 1. */
    private static void exit(boolean passed) {
        if (!passed) {
            System.exit(1);
        }
    }

    private static void serveRelay(Options options, PrintStream out) {
        String host = options.string("host", "127.0.0.1");
        int port = options.integer("port", 9090);
        int threads = options.integer("relay-threads", Runtime.getRuntime().availableProcessors());
        options.requireAllRead();
        var relay = RelayServer.start(host, port, threads);
        Runtime.getRuntime().addShutdownHook(new Thread(relay::close));
        out.printf("relay listening at %s, pid %d; stop with Ctrl-C%n", relay.webSocket(), ProcessHandle.current().pid());
        try {
            relay.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
