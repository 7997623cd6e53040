package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.WorkspaceId;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The gateway with limits that let a test strain them within seconds: three frames in flight per connection, a
 * ping after one silent second and a pong expected within another, 64 KB waiting for a client; and the time limits
 * (idle, one send) far beyond any test, so that whatever closes a connection here is one of the former.
 */
@SpringBootTest(classes = GatewayTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.gateway.auth-timeout=5s", "parley.gateway.idle-timeout=60s",
                "parley.gateway.heartbeat-interval=1s", "parley.gateway.max-frame-bytes=4096",
                "parley.gateway.send-time-limit=60s", "parley.gateway.send-buffer-limit=64KB",
                "parley.gateway.ping-interval=1s", "parley.gateway.pong-timeout=1s",
                "parley.gateway.max-frames-in-flight=3"})
abstract class StrainedEndpointTestSupport extends EndpointTestSupport {

    /** Waits until the workspace has this many agent connections, and fails if it takes longer than {@code within}. */
    void awaitAgentsOf(WorkspaceId workspace, int expected, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (registry.agentsOf(workspace).size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(registry.agentsOf(workspace)).as("agent connections of the workspace").hasSize(expected);
    }

    double closes(String reason) {
        var counter = meters.find("parley.gateway.closes").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
