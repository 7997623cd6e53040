package io.parley.gateway.adapter.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Empties the attributes of an upgrade request once the handshake is over. Jetty keeps the upgrade request for the
 * connection's whole life (a WebSocket session can be asked for it), and with it whatever the filters and the
 * dispatcher left in its attributes: the request's metrics observation, a flash map, an async manager and more,
 * about 2 KB per connection that nothing reads after the handshake. Jetty's own attributes are kept.
 */
final class UpgradedRequestCleanup extends OncePerRequestFilter {

    private static final int SWITCHING_PROTOCOLS = 101;
    private static final String JETTY = "org.eclipse.jetty.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == SWITCHING_PROTOCOLS) {
            for (String name : Collections.list(request.getAttributeNames())) {
                if (!name.startsWith(JETTY)) {
                    request.removeAttribute(name);
                }
            }
        }
    }
}
