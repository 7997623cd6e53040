package io.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.parley.testing.ParleyIntegrationTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Metrics and health details stay on the loopback management port; the public port answers health by status only. */
class ManagementEndpointsIntegrationTests extends ParleyIntegrationTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortShowsNeitherMetricsNorHealthDetails() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/http.server.requests",
                "/actuator/env", "/actuator", "/actuator/info"}) {
            assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
        }
        var health = get(port, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        for (String group : new String[] {"liveness", "readiness"}) {
            var probe = get(port, "/actuator/health/" + group);
            assertThat(probe.statusCode()).as(group).isEqualTo(200);
            assertThat(probe.body()).as(group).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(get(port, "/actuator/health/db").body()).doesNotContain("PostgreSQL").doesNotContain("details");
    }

    @Test
    void theManagementPortServesMetricsAndDetailsOnLoopbackOnly() throws Exception {
        var prometheus = get(managementPort, "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        assertThat(get(managementPort, "/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").body()).contains("components");

        Optional<InetAddress> outside = outsideAddress();
        assumeThat(outside).as("a non-loopback address on this machine").isPresent();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), managementPort), 2000);
            throw new AssertionError("the management port answered on " + outside.get());
        } catch (IOException refused) {
            // what it should do: nothing listens there
        }
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), port), 2000);
            assertThat(socket.isConnected()).as("the public port does listen there").isTrue();
        }
    }

    private static Optional<InetAddress> outsideAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
