package io.parley;

import io.parley.agent.AgentAdministration;
import io.parley.agent.RestoreAdmin;
import io.parley.shared.WorkspaceId;
import io.parley.workspace.WorkspaceAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When {@code parley.recovery.admin-email} is set: that agent is an enabled admin again, with a new password, before
 * anyone signs in. Runs after {@link FirstStart}, so that it also works on the very first start. A recovery that
 * cannot be done stops the start: an operator who asked for it must not find the installation locked still.
 */
@Component
@Order(FirstStart.ORDER + 1)
class AdminRecovery implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminRecovery.class);

    private final AdminRecoveryProperties properties;
    private final WorkspaceAdministration workspaces;
    private final AgentAdministration agents;

    AdminRecovery(AdminRecoveryProperties properties, WorkspaceAdministration workspaces, AgentAdministration agents) {
        this.properties = properties;
        this.workspaces = workspaces;
        this.agents = agents;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.adminEmail();
        if (email == null || email.isBlank()) {
            return;
        }
        WorkspaceId workspace = properties.workspace() == null || properties.workspace().isBlank()
                ? workspaces.findFirst().orElseThrow(() -> new IllegalStateException(
                        "parley.recovery: there is no workspace yet; start once without recovery")).id()
                : WorkspaceId.parse(properties.workspace().strip());
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? FirstStart.generatePassword() : properties.adminPassword();
        var admin = agents.restoreAdmin(new RestoreAdmin(workspace, email.strip(), password));
        if (generated) {
            // printed once on purpose, as at the first start: the operator needs it to sign in
            log.warn("Recovery: {} is an enabled admin of workspace {} with the generated password {}  (shown once;"
                    + " remove parley.recovery.admin-email now, or every start sets a new password)", admin.email(),
                    admin.workspaceId(), password);
        } else {
            log.warn("Recovery: {} is an enabled admin of workspace {} with the configured password; remove"
                    + " parley.recovery.* now", admin.email(), admin.workspaceId());
        }
    }
}
