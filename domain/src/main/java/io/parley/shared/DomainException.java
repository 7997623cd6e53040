package io.parley.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal by the domain, with a stable machine-readable {@code code} (for example {@code conversation.closed}) and
 * a message a person can act on. Adapters translate the {@link Kind} to their protocol (HTTP status, error frame).
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; decides the HTTP status and whether a client may retry. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, UNAVAILABLE }

    /** The detail that says how many seconds a rate-limited request should wait before it is sent again. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final Kind kind;
    private final String code;
    private final Map<String, Object> details = new LinkedHashMap<>();

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    /**
     * The refusal with one problem per item of a batch (an import's lines), each a map of simple values such as
     * {@code line}, {@code code} and {@code message}; adapters show them as the problem's {@code errors}.
     */
    public DomainException withErrors(List<Map<String, Object>> errors) {
        details.put("errors", List.copyOf(errors));
        return this;
    }

    /** The refusal with one more member for the client beside the code and message, such as the limit exceeded. */
    public DomainException withDetail(String name, Object value) {
        details.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    /** Extra members for the client beside the code and message, e.g. {@code errors}; empty for most refusals. */
    public Map<String, Object> details() {
        return Map.copyOf(details);
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(Kind.INVALID, code, message);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(Kind.FORBIDDEN, code, message);
    }

    public static DomainException unauthenticated(String code, String message) {
        return new DomainException(Kind.UNAUTHENTICATED, code, message);
    }

    /** Too much at once: the same request may succeed a moment later. */
    public static DomainException rateLimited(String code, String message) {
        return new DomainException(Kind.RATE_LIMITED, code, message);
    }

    /**
     * Too many attempts: the same request is refused for {@code retryAfter}, which clients read as the problem's
     * {@code retryAfterSeconds} (HTTP: the {@code Retry-After} header).
     */
    public static DomainException rateLimited(String code, String message, java.time.Duration retryAfter) {
        var refusal = new DomainException(Kind.RATE_LIMITED, code, message);
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        refusal.details.put(RETRY_AFTER_SECONDS, Math.max(1, seconds));
        return refusal;
    }

    /** A service the request needs is down for now; the same request may succeed later. */
    public static DomainException unavailable(String code, String message) {
        return new DomainException(Kind.UNAVAILABLE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
