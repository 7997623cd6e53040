package io.parley.gateway.adapter.websocket;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The endpoint {@value #PATH}: subprotocols, the handshake inspector, permessage-deflate off, container buffers.
 * Any page origin passes the handshake: the workspace that decides is known only after authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableConfigurationProperties(GatewayProperties.class)
class GatewayConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws";

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
    FilterRegistrationBean<DeflateOffFilter> parleyDeflateOffFilter() {
        var registration = new FilterRegistrationBean<>(new DeflateOffFilter());
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Tomcat's per-connection socket buffers (8 KB each way by default) are only staging areas: larger reads and
     * writes take several rounds. Sized like the WebSocket buffers, they cut what an idle connection holds.
     */
    @Bean
    TomcatConnectorCustomizer parleySocketBuffers(GatewayProperties properties) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(properties.containerBufferBytes()));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(properties.containerBufferBytes()));
        };
    }

    @Bean
    ContainerBuffers parleyWebSocketContainerBuffers(GatewayProperties properties) {
        return new ContainerBuffers(properties.containerBufferBytes());
    }

    /**
     * Sizes the container's per-session message buffers, as {@code ServletServerContainerFactoryBean} would (the
     * handler takes partial messages, so frames larger than the buffer still arrive whole at the gateway), but without failing where no WebSocket container runs
     * (tests on a mock servlet environment).
     */
    static final class ContainerBuffers implements ServletContextAware {

        private static final Logger log = LoggerFactory.getLogger(ContainerBuffers.class);

        private final int bytes;

        ContainerBuffers(int bytes) {
            this.bytes = bytes;
        }

        @Override
        public void setServletContext(ServletContext context) {
            if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(bytes);
                container.setDefaultMaxBinaryMessageBufferSize(bytes);
            } else {
                log.info("No WebSocket container in this servlet context; {} is not served", PATH);
            }
        }
    }
}
