package io.parley.conversation.adapter.rest;

import io.parley.agent.AgentAuthentication;
import io.parley.agent.AuthenticatedAgent;
import io.parley.channel.ApiKeyAdministration;
import io.parley.channel.ApiKeyView;
import io.parley.conversation.Actor;
import io.parley.shared.WorkspaceId;
import io.parley.visitor.VisitorSessions;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the bearer-token and API-key resolvers, and keeps the parameters it fills out of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class BearerArgumentConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedAgent.class, Actor.Agent.class,
                Actor.Visitor.class, WorkspaceId.class, ApiKeyView.class);
    }

    private final AgentAuthentication agents;
    private final VisitorSessions visitors;
    private final ApiKeyAdministration apiKeys;

    BearerArgumentConfiguration(AgentAuthentication agents, VisitorSessions visitors, ApiKeyAdministration apiKeys) {
        this.agents = agents;
        this.visitors = visitors;
        this.apiKeys = apiKeys;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new BearerArgumentResolver(agents, visitors));
        resolvers.add(new ApiKeyArgumentResolver(apiKeys));
    }
}
