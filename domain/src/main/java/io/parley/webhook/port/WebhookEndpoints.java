package io.parley.webhook.port;

import io.parley.shared.WorkspaceId;
import io.parley.webhook.WebhookEndpointId;
import io.parley.webhook.model.WebhookEndpoint;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

@SecondaryPort
public interface WebhookEndpoints {

    Optional<WebhookEndpoint> findById(WorkspaceId workspace, WebhookEndpointId id);

    /** For the dispatcher, which knows a delivery's endpoint by id only. */
    Optional<WebhookEndpoint> findById(WebhookEndpointId id);

    /** Oldest first. */
    List<WebhookEndpoint> findAll(WorkspaceId workspace);

    int count(WorkspaceId workspace);

    void save(WebhookEndpoint endpoint);

    /** Deletes the endpoint and its delivery log; whether there was one. */
    boolean delete(WorkspaceId workspace, WebhookEndpointId id);
}
