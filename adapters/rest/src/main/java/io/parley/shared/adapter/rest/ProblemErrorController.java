package io.parley.shared.adapter.rest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders errors that never reached a controller (a filter's refusal, the servlet container's own rejections) as
 * problem details too, in place of Spring Boot's default error page. It uses fixed texts: the container's messages
 * may describe internals.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final RestProperties limits;

    ProblemErrorController(RestProperties properties) {
        this.limits = properties;
    }

    @RequestMapping("${spring.web.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatusCode status = statusOf(request);
        ProblemDetail problem = Problems.of(status, Problems.codeFor(status), detailFor(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(pathUri(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatusCode statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static @Nullable URI pathUri(String path) {
        try {
            return new URI(null, null, path, null); // quotes what a raw path may carry
        } catch (URISyntaxException unusable) {
            return null;
        }
    }

    private String detailFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "the server could not understand the request";
            case 404 -> "there is nothing at this address; the API is described at /v3/api-docs";
            case 405 -> "this address does not accept this HTTP method";
            case 413 -> Problems.tooLargeDetail(limits);
            default -> status.is5xxServerError() ? Problems.INTERNAL_ERROR_DETAIL
                    : "the request was refused with status " + status.value();
        };
    }
}
