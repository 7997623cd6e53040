package io.parley.webhook.adapter.http;

import io.parley.shared.DomainException;
import io.parley.shared.adapter.http.GuardedHttpClient;
import io.parley.shared.adapter.http.OutboundCallFailed;
import io.parley.webhook.model.TransportResult;
import io.parley.webhook.port.WebhookTransport;
import java.time.Duration;
import java.util.Map;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.stereotype.Component;

@Component
@SecondaryAdapter
class HttpWebhookTransport implements WebhookTransport {

    private final GuardedHttpClient client;

    HttpWebhookTransport(GuardedHttpClient client) {
        this.client = client;
    }

    @Override
    public void checkTarget(String url) {
        client.checkTarget(url);
    }

    @Override
    public TransportResult post(String url, Map<String, String> headers, byte[] body, Duration timeout) {
        long start = System.nanoTime();
        try {
            var response = client.post(url, headers, "application/json", body, timeout);
            return TransportResult.answered(response.status(), response.retryAfter(), response.body(),
                    response.took());
        } catch (OutboundCallFailed e) {
            return TransportResult.failed(e.getMessage(), e.refused(), Duration.ofNanos(System.nanoTime() - start));
        } catch (DomainException e) {
            return TransportResult.failed(e.getMessage(), true, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
