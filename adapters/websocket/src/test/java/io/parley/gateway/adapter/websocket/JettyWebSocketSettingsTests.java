package io.parley.gateway.adapter.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.server.JettyWebSocketServerContainer;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Jetty's WebSocket container as the gateway sets it up (the test context: idle-timeout 20 s, frames of 4 KB). */
class JettyWebSocketSettingsTests extends EndpointTestSupport {

    @Autowired
    WebApplicationContext context;

    @Test
    void jettyClosesSilentConnectionsOnlyAfterTheGatewayWould() {
        assertThat(container().getIdleTimeout()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void buffersComeFromTheSettingAndMessagesMayExceedTheFrameLimit() {
        assertThat(container().getInputBufferSize()).isEqualTo(2048);
        assertThat(container().getOutputBufferSize()).isEqualTo(2048);
        assertThat(container().getMaxTextMessageSize()).isEqualTo(4 * 4096);
        assertThat(container().getMaxBinaryMessageSize()).isEqualTo(4 * 4096);
    }

    @Test
    void permessageDeflateIsNotAvailable() {
        var components = WebSocketServerComponents.getWebSocketComponents(
                ServletContextHandler.getServletContextHandler(context.getServletContext()));
        assertThat(components.getExtensionRegistry().isAvailable(JettyWebSocketSettings.DEFLATE)).isFalse();
    }

    private JettyWebSocketServerContainer container() {
        return JettyWebSocketServerContainer.getContainer(context.getServletContext());
    }
}
