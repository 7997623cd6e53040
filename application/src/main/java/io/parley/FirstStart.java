package io.parley;

import io.parley.agent.AgentAdministration;
import io.parley.agent.RegisterAgent;
import io.parley.agent.Role;
import io.parley.channel.AnswerMode;
import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.knowledge.LanguageModels;
import io.parley.workspace.WorkspaceAdministration;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any workspace: creates the demo workspace, its admin and a web-widget inbox. A restart
 * finds the workspace and creates nothing.
 */
@Component
@Order(FirstStart.ORDER)
class FirstStart implements ApplicationRunner {

    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final FirstStartProperties properties;
    private final WorkspaceAdministration workspaces;
    private final AgentAdministration agents;
    private final InboxAdministration inboxes;
    private final LanguageModels models;

    FirstStart(FirstStartProperties properties, WorkspaceAdministration workspaces, AgentAdministration agents,
               InboxAdministration inboxes, LanguageModels models) {
        this.properties = properties;
        this.workspaces = workspaces;
        this.agents = agents;
        this.inboxes = inboxes;
        this.models = models;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || workspaces.findFirst().isPresent()) {
            return;
        }
        var workspace = workspaces.create(properties.workspaceName(), properties.allowedOrigins());
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? generatePassword() : properties.adminPassword();
        agents.register(new RegisterAgent(workspace.id(), properties.adminEmail(), "Admin", Role.ADMIN, password));
        // without a language model the bot answers with knowledge entries: say so, rather than promise a model
        var mode = models.configured() ? AnswerMode.LLM : AnswerMode.KNOWLEDGE;
        var inbox = inboxes.create(new CreateInbox(workspace.id(), "Website", ChannelType.WEB_WIDGET, mode));
        log.info("First start: created workspace '{}' ({}), web-widget inbox with widget key {}",
                workspace.name(), workspace.id(), inbox.widgetKey());
        if (generated) {
            // printed once on purpose: the operator needs it to sign in, and it is never stored in clear
            log.warn("First start: admin {} has the generated password {}  (shown once; change it after signing in,"
                    + " or set PARLEY_FIRST_START_ADMIN_PASSWORD before the first start)", properties.adminEmail(),
                    password);
        } else {
            log.info("First start: admin {} uses the configured password", properties.adminEmail());
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
