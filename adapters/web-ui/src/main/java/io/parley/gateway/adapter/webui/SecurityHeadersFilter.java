package io.parley.gateway.adapter.webui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The same security headers on every response Parley's HTTP port gives: pages, scripts, the REST API, Swagger UI,
 * health and errors (the error dispatch too). No response may be sniffed into another type or framed by another site;
 * anything without a policy of its own gets one that lets it run nothing. The console and demo pages set their own
 * Content-Security-Policy (the console's carries its import map's hash), and a handler that sets a header itself (an
 * avatar's policy) replaces the default here instead of adding a second one.
 */
@PrimaryAdapter
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CSP = "Content-Security-Policy";
    static final String FRAME_OPTIONS = "X-Frame-Options";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // a container's error page (413, 404, ...) carries them too
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
                                               FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            chain.doFilter(request, response); // a WebSocket handshake: the container needs its own response object
            return;
        }
        var defaults = new Defaults(response);
        defaults.byDefault(FRAME_OPTIONS, path.equals("/demo") ? "SAMEORIGIN" : "DENY");
        String policy = policy(path);
        if (policy != null) {
            defaults.byDefault(CSP, policy);
        }
        if (path.equals("/widget.js")) {
            // the widget script runs on customers' pages of any origin
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
        }
        chain.doFilter(request, defaults);
    }

    /** The policy for a path, or none where the page sets its own. */
    private static @Nullable String policy(String path) {
        if (path.equals("/") || path.equals("/console") || path.equals("/demo")) {
            return null;
        }
        if (path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/")) {
            return ContentSecurityPolicy.swaggerUi();
        }
        return ContentSecurityPolicy.asset();
    }

    /** Headers set here give way to the same header set later, instead of being sent twice. */
    private static final class Defaults extends HttpServletResponseWrapper {

        private final Set<String> defaulted = new HashSet<>();

        Defaults(HttpServletResponse response) {
            super(response);
        }

        void byDefault(String name, String value) {
            super.setHeader(name, value);
            defaulted.add(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public void addHeader(String name, String value) {
            if (defaulted.remove(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            defaulted.remove(name.toLowerCase(Locale.ROOT));
            super.setHeader(name, value);
        }
    }
}
