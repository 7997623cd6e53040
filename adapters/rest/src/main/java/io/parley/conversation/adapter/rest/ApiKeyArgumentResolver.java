package io.parley.conversation.adapter.rest;

import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyView;
import io.parley.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the API key of a request to the API channel ({@code Authorization: Bearer pk_...} or {@code X-Api-Key:
 * pk_...}) into the {@link ApiKeyView} a handler asks for: 401 {@code channel.api-key-required} without one,
 * {@code channel.api-key-invalid} for a key that is unknown, revoked, rotated away or of a disabled inbox. The
 * {@link RateLimitFilter} has usually authenticated the key already and left it in the request.
 */
class ApiKeyArgumentResolver implements HandlerMethodArgumentResolver {

    /** The request attribute that holds the {@link ApiKeyView} authenticated before the handler. */
    static final String ATTRIBUTE = ApiKeyArgumentResolver.class.getName() + ".key";
    static final String HEADER = "X-Api-Key";

    private final ApiKeyAdministration keys;

    ApiKeyArgumentResolver(ApiKeyAdministration keys) {
        this.keys = keys;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiKeyView.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ApiKeyView key) {
            return key;
        }
        String secret = presented(request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader(HEADER));
        if (secret == null) {
            throw DomainException.unauthenticated("channel.api-key-required",
                    "send the inbox's API key as 'Authorization: Bearer pk_...' or 'X-Api-Key: pk_...'");
        }
        return keys.authenticate(secret).orElseThrow(ApiKeyArgumentResolver::invalid);
    }

    static DomainException invalid() {
        return DomainException.unauthenticated("channel.api-key-invalid",
                "the API key is unknown, revoked or replaced by a rotation");
    }

    /** The key a request presents: {@code X-Api-Key}, else the bearer token; {@code null} when it sends neither. */
    static @Nullable String presented(HttpServletRequest request) {
        return presented(request.getHeader(HttpHeaders.AUTHORIZATION), request.getHeader(HEADER));
    }

    private static @Nullable String presented(@Nullable String authorization, @Nullable String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        if (authorization == null || authorization.isBlank()) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() > 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return value.substring(7).strip();
        }
        return value;
    }
}
