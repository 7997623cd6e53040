package io.parley.shared.adapter.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads and throws away what is left of a refused request's body (up to {@link #LIMIT} bytes) before the refusal is
 * sent. A request refused before its body was read (401, 413, 429, a malformed body read half-way) would otherwise
 * leave that body in the socket; closing a socket with unread bytes in it makes the kernel answer with a reset, which
 * on the client's side can destroy the refusal before it is read, so the client sees "connection reset" and never
 * learns why. Drained, the connection stays usable and the answer arrives. A body larger than the limit is not
 * drained, nor one the client holds back until told to send it ({@code Expect: 100-continue}): the answer then says
 * {@code Connection: close}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadBodyDrain extends OncePerRequestFilter {

    /** The most a refused body is read for; more is left unread and the connection closed. */
    static final long LIMIT = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(UnreadBodyDrain.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (response.getStatus() >= 400 && !request.isAsyncStarted()) {
                drain(request, response);
            }
        }
    }

    private static void drain(HttpServletRequest request, HttpServletResponse response) {
        long declared = request.getContentLengthLong();
        if (declared > LIMIT || request.getHeader("Expect") != null) {
            // too much to read, or a client that waits for "100 Continue" before it sends the body: it is told no
            closeAfterwards(response);
            return;
        }
        try {
            long read = 0;
            try {
                InputStream body = request.getInputStream();
                byte[] buffer = new byte[8192];
                for (int n; read <= LIMIT && (n = body.read(buffer)) >= 0; ) {
                    read += n;
                }
            } catch (IllegalStateException readerInUse) {
                Reader body = request.getReader();
                char[] buffer = new char[8192];
                for (int n; read <= LIMIT && (n = body.read(buffer)) >= 0; ) {
                    read += n;
                }
            }
            if (read > LIMIT) {
                closeAfterwards(response);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the body was cut off or is unreadable (a size limit's own stream says so again): the container closes
            log.debug("Refused request body not drained: {}", unreadable.toString());
            closeAfterwards(response);
        }
    }

    private static void closeAfterwards(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setHeader("Connection", "close");
        }
    }
}
