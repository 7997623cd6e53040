package io.parley.shared.adapter.rest;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details that carry Parley's stable error {@code code} as an extension member, so clients
 * branch on the code and show the detail.
 */
final class Problems {

    static final String CODE = "code";
    /** What a 503 asks the client to wait before it tries again: an outage of the database is mostly seconds. */
    static final String RETRY_AFTER_SECONDS = "2";
    static final String INTERNAL_ERROR_DETAIL =
            "something went wrong on the server; try again, and tell your administrator if it keeps happening";

    private Problems() {}

    static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(CODE, code);
        return problem;
    }

    /** The code for a failure known only by its status, such as one the servlet container rejected by itself. */
    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "request.invalid";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "request.not-found";
            case 405 -> "request.method-not-allowed";
            case 406 -> "request.not-acceptable";
            case 413 -> "request.too-large";
            case 415 -> "request.unsupported-media-type";
            case 429 -> "request.rate-limited";
            case 503 -> "service.unavailable";
            default -> status.is5xxServerError() ? "internal.error" : "request.failed";
        };
    }

    static String tooLargeDetail(RestProperties limits) {
        return "the request body is larger than this server accepts: " + limits.maxRequestSize().toKilobytes()
                + " KB, or " + limits.maxUploadSize().toMegabytes() + " MB for a file upload";
    }

    static boolean hasCode(ProblemDetail problem) {
        return problem.getProperties() != null && problem.getProperties().containsKey(CODE);
    }
}
