package io.parley.gateway.adapter.websocket;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tomcat sizes three buffers of every WebSocket session (frame input, message output, text encoder) from one system
 * property, read once when its WebSocket classes load, 8 KB each by default; with the read buffers they are most of
 * what an idle connection costs. Set before the web server starts, from {@code parley.gateway.container-buffer-bytes};
 * the gateway takes partial frames, so small buffers do not limit frame size. An explicit system property wins.
 */
class TomcatBufferSizing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (System.getProperty(TOMCAT_PROPERTY) == null) {
            String bytes = context.getEnvironment().getProperty("parley.gateway.container-buffer-bytes", "2048");
            System.setProperty(TOMCAT_PROPERTY, bytes);
        }
    }
}
