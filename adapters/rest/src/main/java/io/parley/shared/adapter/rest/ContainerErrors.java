package io.parley.shared.adapter.rest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.springframework.boot.jetty.JettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;

/**
 * Refusals the container gives before any of Parley's code runs (an ambiguous path such as {@code //} or an encoded
 * {@code /}, a request line or headers too long, a malformed request) in Parley's form: a problem with a {@code code},
 * and the security headers every other answer has. Jetty's own page would be HTML without either.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    JettyServerCustomizer parleyContainerErrors() {
        return server -> server.setErrorHandler(new ProblemErrorHandler());
    }

    static final class ProblemErrorHandler extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR_500 : response.getStatus();
            String code = status == 400 ? "request.malformed" : Problems.codeFor(HttpStatusCode.valueOf(status));
            String detail = switch (status) {
                case 400 -> "the request could not be read: check its path (no empty segment, no encoded '/' or '\\\\'), "
                        + "its request line and its headers";
                case 414 -> "the request's URI is too long";
                case 431 -> "the request's headers are too large";
                default -> status >= 500 ? Problems.INTERNAL_ERROR_DETAIL : "the request was refused";
            };
            String title = HttpStatus.getMessage(status);
            String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\"" + code
                    + "\"}";
            var headers = response.getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("X-Frame-Options", "DENY");
            headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
