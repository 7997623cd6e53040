package io.parley.conversation.adapter.rest;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyView;
import io.parley.shared.Admission;
import io.parley.shared.ClientAddresses;
import io.parley.shared.RateLimit;
import io.parley.shared.Throttle;
import io.parley.shared.adapter.rest.ClientAddress;
import io.parley.shared.adapter.rest.RateLimitProperties;
import io.parley.shared.adapter.rest.TooManyRequests;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.VisitorSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits the REST API before anything else reads a request ({@link RateLimitProperties}). Requests are classed
 * by their normalised path ({@link ApiPath}), so {@code /API/v1//widget/sessions/} counts as widget sessions: a
 * variant cannot slip past its limit. Who is counted: the client address always; the visitor and their workspace
 * for a visitor token; the agent and their workspace for a message an agent sends; the API key for a request to the
 * API channel (authenticated here, and left in the request for {@link ApiKeyArgumentResolver}). Other agent
 * requests are not limited here, but a client whose requests keep being answered 401 is refused altogether for a while. It lives in
 * the conversation module because it sees agents and visitors alike, as {@link BearerArgumentResolver} does.
 */
@PrimaryAdapter
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter extends OncePerRequestFilter {

    private final Throttle limiter;
    private final RateLimitProperties limits;
    private final ClientAddresses addresses;
    private final VisitorSessions visitors;
    private final AgentAuthentication agents;
    private final ApiKeyAdministration apiKeys;

    RateLimitFilter(Throttle limiter, RateLimitProperties limits, ClientAddresses addresses,
                    VisitorSessions visitors, AgentAuthentication agents, ApiKeyAdministration apiKeys) {
        this.limiter = limiter;
        this.limits = limits;
        this.addresses = addresses;
        this.visitors = visitors;
        this.agents = agents;
        this.apiKeys = apiKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || "OPTIONS".equalsIgnoreCase(request.getMethod())
                || !ApiPath.of(request).isLimited();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiPath path = ApiPath.of(request);
        String address = ClientAddresses.rateLimitKey(ClientAddress.of(request, addresses));
        Refusal refusal = check(path, request, address);
        if (refusal != null) {
            if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
                // the body stays unread, so the server may drop the connection after answering: say so, or a
                // client would send its next request on a connection that is gone
                response.setHeader("Connection", "close");
            }
            TooManyRequests.write(response, refusal.limit(), refusal.admission(), path.isWidget());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            limiter.take("http.unauthenticated:" + address, limits.unauthenticated().toRateLimit());
        }
    }

    private record Refusal(String limit, Admission admission) {}

    private @Nullable Refusal check(ApiPath path, HttpServletRequest request, String address) {
        Refusal refusal = probe("unauthenticated", "http.unauthenticated:" + address, limits.unauthenticated());
        if (refusal != null) {
            return refusal;
        }
        if (path.isApiChannel()) {
            return apiChannel(request, address);
        }
        boolean post = "POST".equalsIgnoreCase(request.getMethod());
        String token = bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (path.isVisitor()) {
            Optional<VisitorClaims> visitor = token == null ? Optional.empty() : visitors.authenticate(token);
            if (visitor.isEmpty()) {
                return take("anonymous", "http.anonymous:" + address, limits.anonymous());
            }
            return visitor(visitor.get(), path, post, address);
        }
        if (token == null) {
            refusal = take("anonymous", "http.anonymous:" + address, limits.anonymous());
            if (refusal == null && post && path.isSignIn()) {
                refusal = take("sign-in", "http.sign-in:" + address, limits.signIn());
            }
            if (refusal == null && post && path.isWidgetSessions()) {
                refusal = take("widget-sessions", "http.widget-sessions:" + address, limits.widgetSessions());
            }
            return refusal;
        }
        if (post && path.isAgentMessages()) {
            Optional<AuthenticatedAgent> agent = agents.authenticate(token);
            if (agent.isPresent()) {
                return sends("agent:" + agent.get().agentId(), agent.get().workspaceId().toString(), address);
            }
        }
        return null;
    }

    /**
     * A request to the API channel: per API key. Without a key it is anonymous; with one that authenticates nothing it
     * goes on to its 401, which is counted against the address.
     */
    private @Nullable Refusal apiChannel(HttpServletRequest request, String address) {
        String secret = ApiKeyArgumentResolver.presented(request);
        if (secret == null) {
            return take("anonymous", "http.anonymous:" + address, limits.anonymous());
        }
        Optional<ApiKeyView> key = apiKeys.authenticate(secret);
        if (key.isEmpty()) {
            return null;
        }
        request.setAttribute(ApiKeyArgumentResolver.ATTRIBUTE, key.get());
        return take("api-key", "http.api-key:" + key.get().id(), limits.apiKey());
    }

    private @Nullable Refusal visitor(VisitorClaims visitor, ApiPath path, boolean post, String address) {
        Refusal refusal = take("visitor-address", "http.visitor-address:" + address, limits.visitorAddress());
        if (refusal == null) {
            refusal = take("visitor", "http.visitor:" + visitor.visitorId(), limits.visitor());
        }
        if (refusal == null && post && path.isVisitorConversations()) {
            refusal = take("conversations", "http.conversations:" + visitor.visitorId(), limits.conversations());
            if (refusal == null) {
                refusal = take("workspace-conversations", "http.workspace-conversations:" + visitor.workspaceId(),
                        limits.workspaceConversations());
            }
        }
        if (refusal == null && post && path.isVisitorMessages()) {
            refusal = sends("visitor:" + visitor.visitorId(), visitor.workspaceId().toString(), address);
        }
        return refusal;
    }

    /** A message sent over REST: per sender, per client address and per workspace. */
    private @Nullable Refusal sends(String sender, String workspace, String address) {
        Refusal refusal = take("messages", "http.messages:" + sender, limits.messages());
        if (refusal == null) {
            refusal = take("address-messages", "http.address-messages:" + address, limits.addressMessages());
        }
        if (refusal == null) {
            refusal = take("workspace-messages", "http.workspace-messages:" + workspace, limits.workspaceMessages());
        }
        return refusal;
    }

    private @Nullable Refusal take(String name, String key, RateLimitProperties.Limit limit) {
        RateLimit rate = limit.toRateLimit();
        Admission admission = limiter.take(key, rate);
        return admission.granted() ? null : new Refusal(name, admission);
    }

    private @Nullable Refusal probe(String name, String key, RateLimitProperties.Limit limit) {
        Admission admission = limiter.probe(key, limit.toRateLimit());
        return admission.granted() ? null : new Refusal(name, admission);
    }

    private static @Nullable String bearer(@Nullable String authorization) {
        if (authorization == null || authorization.length() < 8
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() || token.length() > 2048 ? null : token;
    }
}
