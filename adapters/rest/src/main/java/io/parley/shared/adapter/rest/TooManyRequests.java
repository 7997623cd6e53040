package io.parley.shared.adapter.rest;

import io.parley.shared.Admission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a request over a rate limit, written before Spring MVC sees the request: 429 with
 * {@code Retry-After}, and the problem detail every refusal has, code {@code request.rate-limited}, naming the limit.
 * The widget reads it from other origins, so it carries the CORS headers the widget's endpoints have.
 */
public final class TooManyRequests {

    public static final String CODE = "request.rate-limited";

    private TooManyRequests() {}

    /** {@code limit}: the name of the limit, as in {@code parley.rate-limits} (a fixed word, never request data). */
    public static void write(HttpServletResponse response, String limit, Admission refusal, boolean crossOrigin)
            throws IOException {
        long seconds = refusal.retryAfterSeconds();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        if (crossOrigin) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "Retry-After");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = "too many requests (" + limit + "); try again in " + seconds
                + (seconds == 1 ? " second" : " seconds");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"" + detail + "\",\"" + Problems.CODE + "\":\"" + CODE + "\",\"limit\":\"" + limit
                + "\",\"retryAfterSeconds\":" + seconds + "}");
    }
}
