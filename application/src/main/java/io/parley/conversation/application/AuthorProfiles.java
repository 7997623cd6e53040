package io.parley.conversation.application;

import io.parley.agent.AgentProfiles;
import io.parley.agent.PublicProfile;
import io.parley.channel.WidgetSettings;
import io.parley.channel.WidgetSettingsAdministration;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.AuthorProfile;
import io.parley.conversation.MessageView;
import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How messages' authors are shown: an agent by their public profile as it is now, the bot by the name its inbox's
 * widget settings give it. Looked up whenever messages are read or pushed, never stored with them, so that a new
 * name or picture shows on every message displayed after the change (see docs/protocol.md). Whether visitors see
 * them follows the widget setting "show who answers"; inboxes without widget settings show them.
 */
@Component
class AuthorProfiles {

    private final AgentProfiles agents;
    private final WidgetSettingsAdministration widgets;

    AuthorProfiles(AgentProfiles agents, WidgetSettingsAdministration widgets) {
        this.agents = agents;
        this.widgets = widgets;
    }

    List<MessageView> of(WorkspaceId workspace, InboxId inbox, List<MessageView> messages) {
        Set<AgentId> authors = messages.stream().filter(m -> m.author().kind() == AuthorKind.AGENT)
                .map(m -> AgentId.parse(String.valueOf(m.author().id()))).collect(Collectors.toSet());
        boolean bot = messages.stream().anyMatch(m -> m.author().kind() == AuthorKind.BOT);
        if (authors.isEmpty() && !bot) {
            return messages;
        }
        Optional<WidgetSettings> settings = widgets.ofInbox(workspace, inbox);
        boolean shown = settings.map(WidgetSettings::showAgentName).orElse(true);
        String botName = settings.map(WidgetSettings::botName).orElse(null);
        Map<AgentId, PublicProfile> profiles = authors.isEmpty() ? Map.of() : agents.publicProfiles(workspace, authors);
        return messages.stream().map(m -> m.withProfile(profile(m, profiles, botName, shown))).toList();
    }

    private static @Nullable AuthorProfile profile(MessageView message, Map<AgentId, PublicProfile> profiles,
                                                   @Nullable String botName, boolean shown) {
        return switch (message.author().kind()) {
            case AGENT -> {
                PublicProfile agent = profiles.get(AgentId.parse(String.valueOf(message.author().id())));
                yield agent == null ? null : new AuthorProfile(agent.displayName(), agent.avatarUrl(), shown);
            }
            case BOT -> botName == null ? null : new AuthorProfile(botName, null, shown);
            case VISITOR, SYSTEM -> null;
        };
    }
}
