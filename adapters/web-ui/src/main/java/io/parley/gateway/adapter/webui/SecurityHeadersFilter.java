package io.parley.gateway.adapter.webui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers for everything the web UI serves. Pages set their own Content-Security-Policy (the console's carries its
 * import map's hash); scripts and other static files get a locked-down one here.
 */
@PrimaryAdapter
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.equals("/console") || path.equals("/demo") || path.equals("/widget.js")
                || path.startsWith("/console/") || path.startsWith("/webjars/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console/") || path.startsWith("/webjars/") || path.equals("/widget.js")) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.asset());
        }
        if (path.equals("/widget.js")) {
            // the widget script runs on customers' pages of any origin
            response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
        }
        chain.doFilter(request, response);
    }
}
