package io.parley.conversation.adapter.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * A request's path as the rate limits see it: percent-decoded, in lower case, without path parameters
 * ({@code ;x=y}), repeated slashes or a trailing slash. Every spelling that could reach a handler, or be probed in
 * its place, is counted as the one path.
 */
record ApiPath(String value) {

    private static final Pattern MESSAGES = Pattern.compile("/api/v1/(visitor/)?conversations/[^/]+/messages");

    static ApiPath of(HttpServletRequest request) {
        String raw = request.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && raw.startsWith(context)) {
            raw = raw.substring(context.length());
        }
        return new ApiPath(normalise(raw));
    }

    static String normalise(String raw) {
        String path;
        try {
            path = UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            path = raw;
        }
        StringBuilder normal = new StringBuilder();
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = (parameters < 0 ? segment : segment.substring(0, parameters)).strip();
            if (!name.isEmpty()) {
                normal.append('/').append(name.toLowerCase(Locale.ROOT));
            }
        }
        return normal.isEmpty() ? "/" : normal.toString();
    }

    /** The REST API and its documentation: what is rate-limited (the web pages and their files are not). */
    boolean isLimited() {
        return value.equals("/api") || value.startsWith("/api/") || value.startsWith("/v3/api-docs")
                || value.startsWith("/swagger-ui");
    }

    /** The endpoints the widget calls from other origins. */
    boolean isWidget() {
        return value.startsWith("/api/v1/widget") || value.startsWith("/api/v1/visitor");
    }

    boolean isVisitor() {
        return value.equals("/api/v1/visitor") || value.startsWith("/api/v1/visitor/");
    }

    /** The API channel, reached with an inbox's API key. */
    boolean isApiChannel() {
        return value.equals("/api/v1/channel") || value.startsWith("/api/v1/channel/");
    }

    boolean isSignIn() {
        return value.equals("/api/v1/auth/login");
    }

    boolean isWidgetSessions() {
        return value.equals("/api/v1/widget/sessions");
    }

    boolean isVisitorConversations() {
        return value.equals("/api/v1/visitor/conversations");
    }

    boolean isVisitorMessages() {
        return value.startsWith("/api/v1/visitor/") && MESSAGES.matcher(value).matches();
    }

    boolean isAgentMessages() {
        return value.startsWith("/api/v1/conversations/") && MESSAGES.matcher(value).matches();
    }
}
