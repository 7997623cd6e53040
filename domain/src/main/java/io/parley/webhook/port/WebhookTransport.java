package io.parley.webhook.port;

import io.parley.webhook.model.TransportResult;
import java.time.Duration;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * POSTs a signed delivery to an endpoint's URL through the outbound guard: no redirect is followed and every address
 * the host resolves to is checked when the connection is opened.
 */
@SecondaryPort
public interface WebhookTransport {

    /**
     * Checks a URL before it is saved: its form and every address its host resolves to now.
     *
     * @throws io.parley.shared.DomainException {@code outbound.url-invalid} or {@code outbound.address-refused}
     */
    void checkTarget(String url);

    TransportResult post(String url, Map<String, String> headers, byte[] body, Duration timeout);
}
