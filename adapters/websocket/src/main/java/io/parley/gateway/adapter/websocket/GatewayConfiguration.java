package io.parley.gateway.adapter.websocket;

import org.eclipse.jetty.server.ServerConnector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The endpoint {@value #PATH}: subprotocols, the handshake inspector, Jetty's WebSocket settings
 * ({@link JettyWebSocketSettings}: permessage-deflate off, idle timeout, buffer and message sizes) and the clean-up
 * of what an upgraded request leaves behind ({@link UpgradedRequestCleanup}).
 * Any page origin passes the handshake: the workspace that decides is known only after authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws";
    /** Connections waiting to be accepted; the kernel's default of 50 drops handshakes when thousands reconnect. */
    static final int ACCEPT_QUEUE = 1000;

    private final GatewayHandler handler;

    GatewayConfiguration(GatewayHandler handler) {
        this.handler = handler;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        var handshake = new DefaultHandshakeHandler();
        handshake.setSupportedProtocols(FrameCodecs.subprotocols().toArray(String[]::new));
        registry.addHandler(handler, PATH)
                .setHandshakeHandler(handshake)
                .addInterceptors(new HandshakeInspector())
                .setAllowedOriginPatterns("*");
    }

    @Bean
    JettyWebSocketSettings parleyJettyWebSocketSettings(GatewayProperties properties) {
        return new JettyWebSocketSettings(properties);
    }

    @Bean
    FilterRegistrationBean<UpgradedRequestCleanup> parleyUpgradedRequestCleanup() {
        var registration = new FilterRegistrationBean<>(new UpgradedRequestCleanup());
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The accept queue, and a bounded kernel send buffer per connection: with the system's automatic sizing a client
     * that stopped reading can have megabytes waiting in the kernel, late and uncounted, before the server's own
     * limit (parley.gateway.send-buffer-limit) ever sees a byte queue up.
     */
    @Bean
    JettyServerCustomizer parleyAcceptQueue(GatewayProperties properties) {
        int sendBuffer = (int) properties.socketSendBuffer().toBytes();
        return server -> {
            for (var connector : server.getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setAcceptQueueSize(ACCEPT_QUEUE);
                    if (sendBuffer > 0) {
                        network.setAcceptedSendBufferSize(sendBuffer);
                    }
                }
            }
        };
    }
}
