package io.parley.shared.adapter.rest;

import io.parley.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure inside Spring MVC into {@code application/problem+json} with a stable {@code code}: the
 * domain's refusals by their kind, the framework's own (unreadable body, unknown path, wrong method, ...) by type,
 * and anything else into a 500 whose body says nothing about the cause; the cause goes to the log.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** How the servlet container says a multipart body went over its limits. */
    private static final Pattern SIZE_EXCEEDED = Pattern.compile("(?i)(size|length).*exceed|exceed.*(size|length)|too large");

    private final String tooLargeDetail;

    ProblemDetailsAdvice(RestProperties properties) {
        this.tooLargeDetail = Problems.tooLargeDetail(properties);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        log.debug("Refused with {}: {}", refusal.code(), refusal.getMessage());
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (refusal.details().get(DomainException.RETRY_AFTER_SECONDS) instanceof Long seconds) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            // a service the request needs is down for now (store.unavailable, ...): the same request may succeed
            response.header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        }
        ProblemDetail problem = Problems.of(status, refusal.code(), refusal.getMessage());
        refusal.details().forEach(problem::setProperty);
        return response.body(problem);
    }

    /** A multipart body that could not be read: too large while it streamed in, or not multipart at all. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException failure) {
        boolean tooLarge = causes(failure).anyMatch(cause -> cause instanceof RequestSizeLimit.RequestBodyTooLarge
                || cause.getMessage() != null && SIZE_EXCEEDED.matcher(cause.getMessage()).find());
        log.debug("Unreadable multipart body: {}", failure.getMostSpecificCause().toString());
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = tooLarge ? Problems.of(status, "request.too-large", tooLargeDetail)
                : Problems.of(status, "request.malformed", "the request body is not a readable multipart/form-data "
                        + "body; send the file as a form field named 'file'");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure in {} {}", request.getMethod(), request.getRequestURI(), failure);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, "internal.error", Problems.INTERNAL_ERROR_DETAIL));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestSizeLimit.RequestBodyTooLarge.class) != null) {
            HttpStatus tooLarge = HttpStatus.CONTENT_TOO_LARGE;
            return handleExceptionInternal(ex, Problems.of(tooLarge, "request.too-large", tooLargeDetail), headers,
                    tooLarge, request);
        }
        JacksonException json = causedBy(ex, JacksonException.class);
        String where = json == null ? "" : fieldPath(json);
        String detail = where.isEmpty()
                ? "the request body is missing or is not valid JSON; send a JSON object with "
                        + "Content-Type: application/json"
                : "the request body could not be read at '" + where + "': check that field's type and format";
        return handleExceptionInternal(ex, Problems.of(status, "request.malformed", detail), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", "", "message", String.valueOf(error.getDefaultMessage()))));
        return invalid(ex, errors, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage())))));
        return invalid(ex, errors, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof ErrorResponse framework ? framework.getBody()
                : ProblemDetail.forStatus(status);
        if (!Problems.hasCode(problem)) {
            problem.setProperty(Problems.CODE, Problems.codeFor(status));
        }
        if (status.is5xxServerError()) {
            log.error("Request failed with status {}", status.value(), ex);
            problem.setDetail(Problems.INTERNAL_ERROR_DETAIL);
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request); // null once committed
    }

    private @Nullable ResponseEntity<Object> invalid(Exception ex, List<Map<String, String>> errors,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String fields = String.join(", ", errors.stream()
                .map(e -> e.get("field").isEmpty() ? e.get("message") : e.get("field") + " " + e.get("message"))
                .toList());
        ProblemDetail problem = Problems.of(status, "request.invalid", "the request has invalid fields: " + fields);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String fieldPath(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable failure) {
        return java.util.stream.Stream.iterate(failure, java.util.Objects::nonNull, Throwable::getCause).limit(20);
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
