package io.parley.gateway.adapter.websocket;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.jspecify.annotations.Nullable;

/**
 * Refuses an upgrade that offers none of the gateway's subprotocols (HTTP 400: without one, frames could not be
 * read), and keeps the Origin header and the server's own origin for the check after authentication.
 */
final class HandshakeInspector implements HandshakeInterceptor {

    static final String HANDSHAKE = HandshakeInspector.class.getName() + ".handshake";

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws IOException {
        var headers = request.getHeaders();
        List<String> offered = new WebSocketHttpHeaders(headers).getSecWebSocketProtocol();
        if (offered.stream().noneMatch(FrameCodecs.subprotocols()::contains)) {
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.TEXT_PLAIN);
            String advice = "Offer the WebSocket subprotocol " + String.join(" or ", FrameCodecs.subprotocols())
                    + " (Sec-WebSocket-Protocol); see docs/protocol.md\n";
            response.getBody().write(advice.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        attributes.put(HANDSHAKE, new Handshake(headers.getOrigin(), serverOrigin(request)));
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               @Nullable Exception exception) {
    }

    /** The origin a page served by this server would have: the scheme and the Host the client addressed. */
    private static String serverOrigin(ServerHttpRequest request) {
        String scheme = switch (String.valueOf(request.getURI().getScheme())) {
            case "wss", "https" -> "https";
            default -> "http";
        };
        String host = request.getHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            host = request.getURI().getAuthority();
        }
        return scheme + "://" + host;
    }
}
