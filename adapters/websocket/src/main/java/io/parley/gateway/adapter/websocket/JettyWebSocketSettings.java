package io.parley.gateway.adapter.websocket;

import jakarta.servlet.ServletContext;
import java.time.Duration;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.server.JettyWebSocketServerContainer;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.ServletContextAware;

/**
 * Jetty's WebSocket container, set up for tens of thousands of mostly idle connections:
 * <ul>
 * <li><b>permessage-deflate is never negotiated</b>: every browser offers it, and it costs memory per connection and
 *     half the message throughput for frames too small to compress. Jetty drops offered extensions it does not
 *     know, so the extension is unregistered.</li>
 * <li><b>Idle timeout</b>: Jetty closes a WebSocket after 30 s of silence by default. The gateway's watchdog closes
 *     silent clients itself, with an error frame that says why ({@code parley.gateway.idle-timeout}); Jetty's limit
 *     is set to twice that, a backstop only.</li>
 * <li><b>Buffers</b> from {@code parley.gateway.container-buffer-bytes}: Jetty takes them from a pool while it
 *     reads or writes and returns them when the connection is idle. Messages are aggregated up to four times
 *     {@code max-frame-bytes}, so that a frame just over the limit reaches the gateway and is answered with
 *     {@code frame.too-large}; a larger one is closed by Jetty with 1009 at once.</li>
 * </ul>
 * Applied when the servlet context is there, before the first upgrade; absent a Jetty WebSocket container (tests on
 * a mock servlet environment) it logs that the endpoint is not served.
 */
final class JettyWebSocketSettings implements ServletContextAware {

    private static final Logger log = LoggerFactory.getLogger(JettyWebSocketSettings.class);
    static final String DEFLATE = "permessage-deflate";

    private final GatewayProperties properties;

    JettyWebSocketSettings(GatewayProperties properties) {
        this.properties = properties;
    }

    @Override
    public void setServletContext(ServletContext context) {
        JettyWebSocketServerContainer container = JettyWebSocketServerContainer.getContainer(context);
        if (container == null) {
            log.info("No Jetty WebSocket container in this servlet context; {} is not served", GatewayConfiguration.PATH);
            return;
        }
        WebSocketServerComponents.getWebSocketComponents(ServletContextHandler.getServletContextHandler(context))
                .getExtensionRegistry().unregister(DEFLATE);
        container.setIdleTimeout(jettyIdleTimeout(properties));
        container.setInputBufferSize(properties.containerBufferBytes());
        container.setOutputBufferSize(properties.containerBufferBytes());
        container.setMaxTextMessageSize(largestMessage(properties));
        container.setMaxBinaryMessageSize(largestMessage(properties));
    }

    static Duration jettyIdleTimeout(GatewayProperties properties) {
        return properties.idleTimeout().multipliedBy(2);
    }

    static long largestMessage(GatewayProperties properties) {
        return 4L * properties.maxFrameBytes();
    }
}
