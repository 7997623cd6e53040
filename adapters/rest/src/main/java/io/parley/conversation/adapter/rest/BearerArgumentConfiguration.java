package io.parley.conversation.adapter.rest;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.conversation.Actor;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorSessions;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the bearer-token resolver, and keeps the parameters it fills out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class BearerArgumentConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedAgent.class, Actor.Agent.class,
                Actor.Visitor.class, WorkspaceId.class);
    }

    private final AgentAuthentication agents;
    private final VisitorSessions visitors;

    BearerArgumentConfiguration(AgentAuthentication agents, VisitorSessions visitors) {
        this.agents = agents;
        this.visitors = visitors;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new BearerArgumentResolver(agents, visitors));
    }
}
