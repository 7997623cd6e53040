package io.parley.gateway.adapter.websocket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns permessage-deflate off by hiding the client's Sec-WebSocket-Extensions header from the upgrade. Every
 * browser offers it and Tomcat accepts it, at about 127 KB more memory per connection (zlib state allocated up
 * front) and half the message throughput, for frames that are mostly too small to compress. Filtering the
 * extensions in the handshake handler is not enough: Tomcat reads the raw header again when it upgrades.
 */
final class DeflateOffFilter extends OncePerRequestFilter {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getHeader(EXTENSIONS) == null ? request : new WithoutExtensions(request), response);
    }

    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.removeIf(EXTENSIONS::equalsIgnoreCase);
            return Collections.enumeration(names);
        }
    }
}
