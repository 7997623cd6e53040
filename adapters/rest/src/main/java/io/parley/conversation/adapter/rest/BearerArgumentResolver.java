package io.parley.conversation.adapter.rest;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.conversation.Actor;
import io.parley.shared.DomainException;
import io.parley.shared.WorkspaceId;
import io.parley.shared.adapter.rest.AdminWorkspace;
import io.parley.shared.adapter.rest.BearerToken;
import io.parley.visitor.VisitorClaims;
import io.parley.visitor.VisitorSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the bearer token of a request into the caller a handler asks for: {@link AuthenticatedAgent},
 * {@link Actor.Agent}, {@link Actor.Visitor}, or an {@link AdminWorkspace} {@link WorkspaceId}. Controllers then
 * never see tokens. It lives in the conversation module because that module may see agents, visitors and actors
 * alike; the endpoints of other modules only name types of their own or of the shared kernel.
 */
class BearerArgumentResolver implements HandlerMethodArgumentResolver {

    private final AgentAuthentication agents;
    private final VisitorSessions visitors;

    BearerArgumentResolver(AgentAuthentication agents, VisitorSessions visitors) {
        this.agents = agents;
        this.visitors = visitors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == AuthenticatedAgent.class || type == Actor.Agent.class || type == Actor.Visitor.class
                || (type == WorkspaceId.class && parameter.hasParameterAnnotation(AdminWorkspace.class));
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        String token = BearerToken.from(request.getHeader(HttpHeaders.AUTHORIZATION));
        Class<?> type = parameter.getParameterType();
        if (type == Actor.Visitor.class) {
            VisitorClaims claims = visitors.authenticate(token).orElseThrow(BearerToken::invalid);
            return new Actor.Visitor(claims.workspaceId(), claims.inboxId(), claims.visitorId());
        }
        AuthenticatedAgent agent = agents.authenticate(token).orElseThrow(BearerToken::invalid);
        if (type == Actor.Agent.class) {
            return new Actor.Agent(agent.workspaceId(), agent.agentId(), agent.role());
        }
        if (type == WorkspaceId.class) {
            if (!agent.role().canAdminister()) {
                throw DomainException.forbidden("auth.forbidden",
                        "only an administrator of this workspace may do this; ask one to do it or to change your role");
            }
            return agent.workspaceId();
        }
        return agent;
    }
}
