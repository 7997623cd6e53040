package io.parley.shared.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.parley.shared.DomainException;
import io.parley.shared.OutboundPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guarded client against a real local HTTP server, with the guard closed and opened for 127.0.0.1. */
class GuardedHttpClientTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final OutboundPolicy LOOPBACK_ALLOWED = OutboundPolicy.allowing(List.of("127.0.0.1/32"));

    private HttpServer server;
    private final AtomicInteger hooks = new AtomicInteger();
    private final AtomicInteger targets = new AtomicInteger();
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private int port;
    private final List<GuardedHttpClient> clients = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 50);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            hooks.incrementAndGet();
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Connection", "close");
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/redirect", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port + "/target");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/target", exchange -> {
            targets.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop(0);
        for (var client : clients) {
            client.destroy();
        }
    }

    private GuardedHttpClient client(OutboundPolicy policy, HostLookup lookup) {
        var client = new GuardedHttpClient(policy, lookup);
        clients.add(client);
        return client;
    }

    private OutboundResponse post(GuardedHttpClient client, String url) throws OutboundCallFailed {
        return client.post(url, Map.of("webhook-id", "msg_1"), "application/json",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8), TIMEOUT);
    }

    @Test
    void aLoopbackAddressIsRefusedWhenTheGuardIsClosedAndCalledWhenTheAllowListOpensIt() throws Exception {
        var strict = client(OutboundPolicy.STRICT, HostLookup.SYSTEM);
        assertThatThrownBy(() -> post(strict, "http://127.0.0.1:" + port + "/hook"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(OutboundPolicy.ADDRESS_REFUSED));
        assertThat(hooks).hasValue(0);

        var open = client(LOOPBACK_ALLOWED, HostLookup.SYSTEM);
        var response = post(open, "http://127.0.0.1:" + port + "/hook");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok");
        assertThat(hooks).hasValue(1);
        assertThat(lastBody).hasValue("{\"a\":1}");
    }

    @Test
    void aHostNameResolvingToLoopbackIsRefusedAtConnectTime() {
        var strict = client(OutboundPolicy.STRICT, HostLookup.SYSTEM);
        assertThatThrownBy(() -> post(strict, "http://localhost:" + port + "/hook"))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> assertThat(e.refused()).isTrue());
        assertThat(hooks).hasValue(0);
    }

    @Test
    void aNameThatLaterResolvesToAnInternalAddressIsRefusedThen() throws Exception {
        var answer = new AtomicReference<>(InetAddress.getByName("127.0.0.1"));
        var client = client(LOOPBACK_ALLOWED, host -> {
            if (!host.equals("hooks.example.test")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {answer.get()};
        });
        assertThat(post(client, "http://hooks.example.test:" + port + "/hook").status()).isEqualTo(200);
        assertThat(hooks).hasValue(1);

        answer.set(InetAddress.getByName("127.0.0.2")); // same name, now an address the allow-list does not open
        assertThatThrownBy(() -> post(client, "http://hooks.example.test:" + port + "/hook"))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> {
                    assertThat(e.refused()).isTrue();
                    assertThat(e.getMessage()).contains("127.0.0.2");
                });
        assertThat(hooks).hasValue(1);
    }

    @Test
    void aHostWithAnyRefusedAddressIsRefused() throws Exception {
        var client = client(LOOPBACK_ALLOWED, host -> new InetAddress[] {
                InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")});
        assertThatThrownBy(() -> post(client, "http://dual.example.test:" + port + "/hook"))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> assertThat(e.refused()).isTrue());
        var mapped = client(OutboundPolicy.STRICT, host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
                        127, 0, 0, 1})});
        assertThatThrownBy(() -> post(mapped, "http://mapped.example.test:" + port + "/hook"))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> assertThat(e.refused()).isTrue());
        assertThat(hooks).hasValue(0);
    }

    @Test
    void aRedirectIsAnsweredNotFollowed() throws Exception {
        var client = client(LOOPBACK_ALLOWED, HostLookup.SYSTEM);
        var response = post(client, "http://127.0.0.1:" + port + "/redirect");
        assertThat(response.status()).isEqualTo(302);
        assertThat(targets).hasValue(0);
    }

    @Test
    void aRedirectToLoopbackFromAnAllowedNameIsNotFollowed() throws Exception {
        var client = client(OutboundPolicy.allowing(List.of("receiver.example.test")),
                host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        var response = post(client, "http://receiver.example.test:" + port + "/redirect");
        assertThat(response.status()).isEqualTo(302);
        assertThat(targets).hasValue(0);
    }

    @Test
    void aSlowReceiverTimesOut() {
        var client = client(LOOPBACK_ALLOWED, HostLookup.SYSTEM);
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.post("http://127.0.0.1:" + port + "/slow", Map.of(), "application/json",
                new byte[0], Duration.ofMillis(500)))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> assertThat(e.timedOut()).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void otherSchemesAndUnknownHostsGetNoCall() {
        var client = client(LOOPBACK_ALLOWED, host -> {
            throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> post(client, "ftp://127.0.0.1:" + port + "/hook"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(OutboundPolicy.URL_INVALID));
        assertThatThrownBy(() -> post(client, "http://nowhere.example.test:" + port + "/hook"))
                .isInstanceOfSatisfying(OutboundCallFailed.class, e -> assertThat(e.refused()).isFalse());
        assertThat(hooks).hasValue(0);
    }

    @Test
    void unusualSpellingsOfLoopbackAreJudgedByTheAddressTheyResolveTo() {
        var strict = client(OutboundPolicy.STRICT, HostLookup.SYSTEM);
        for (String host : List.of("127.1", "2130706433", "0x7f.0.0.1", "0177.0.0.1", "localhost.", "LOCALHOST")) {
            String url = "http://" + host + ":" + port + "/hook";
            assertThatThrownBy(() -> post(strict, url)).as(url).satisfiesAnyOf(
                    e -> assertThat(e).isInstanceOfSatisfying(OutboundCallFailed.class,
                            failed -> assertThat(failed.getMessage()).doesNotContain("answer")),
                    e -> assertThat(e).isInstanceOfSatisfying(DomainException.class, refused -> assertThat(
                            refused.code()).isIn(OutboundPolicy.ADDRESS_REFUSED, OutboundPolicy.URL_INVALID)));
        }
        assertThat(hooks).hasValue(0);
    }

    @Test
    void aUrlIsCheckedAgainstWhatItsHostResolvesToWhenSaved() throws Exception {
        var strict = client(OutboundPolicy.STRICT, host -> switch (host) {
            case "internal.example.test" -> new InetAddress[] {InetAddress.getByName("10.1.2.3")};
            case "public.example.test" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            default -> throw new UnknownHostException(host);
        });
        assertThatThrownBy(() -> strict.checkTarget("https://internal.example.test/hook"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(OutboundPolicy.ADDRESS_REFUSED));
        assertThatThrownBy(() -> client(OutboundPolicy.STRICT, HostLookup.SYSTEM).checkTarget("http://localhost/hook"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(OutboundPolicy.ADDRESS_REFUSED));
        assertThat(strict.checkTarget("https://public.example.test/hook").getHost()).isEqualTo("public.example.test");
        assertThat(strict.checkTarget("https://not-yet.example.test/hook").getHost())
                .as("a name that does not resolve yet is checked when called").isEqualTo("not-yet.example.test");
    }
}
