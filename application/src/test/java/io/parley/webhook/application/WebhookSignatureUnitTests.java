package io.parley.webhook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.shared.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureUnitTests {

    @Test
    void signsTheExampleOfTheStandardWebhooksSpecification() {
        var secret = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEverySecretSeparatedBySpaces() {
        var first = WebhookSecret.generate();
        var second = WebhookSecret.generate();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.header(List.of(first, second), "msg_1", 1, body);
        assertThat(header.split(" ")).containsExactly("v1," + WebhookSignature.sign(first, "msg_1", 1, body),
                "v1," + WebhookSignature.sign(second, "msg_1", 1, body));
    }
}
