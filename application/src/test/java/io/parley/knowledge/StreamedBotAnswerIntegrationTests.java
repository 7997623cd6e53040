package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.ServerFrame;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a streaming provider configured, the answer reaches the visitor's draft once it is whole and has passed the
 * output policy, then is stored once; the model's pieces are never shown as they come.
 */
class StreamedBotAnswerIntegrationTests extends ParleyIntegrationTest {

    private static final FakeStreamingProvider PROVIDER = new FakeStreamingProvider();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("parley.knowledge.llm.providers[0].name", () -> "fake");
        registry.add("parley.knowledge.llm.providers[0].base-url", PROVIDER::baseUrl);
        registry.add("parley.knowledge.llm.providers[0].api-key", () -> "sk-streaming-test");
        registry.add("parley.knowledge.llm.providers[0].model", () -> "fake-chat");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void theVisitorSeesTheCheckedAnswerAndThenTheStoredMessage() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("退款多久到账？", "微信支付和支付宝一般1-3个工作日到账。");
        PROVIDER.answers(List.of("一般", "1-3个工作日", "到账 [1]。"));
        var visit = desk.visit();

        List<ServerFrame> drafts = new ArrayList<>();
        ServerFrame stored;
        try (var socket = ParleySocket.open(ParleySocket.Encoding.JSON, port, desk.tenant().origin())) {
            socket.authenticateVisitor(visit.token());
            desk.say(visit, "退款几天能到账");
            stored = socket.await(f -> {
                if (f.hasBotDraft()) {
                    drafts.add(f);
                }
                return f.hasMessage() && f.getMessage().getMessage().getClientMessageId().startsWith("bot:");
            }, Duration.ofSeconds(30));
            drafts.add(socket.await(ServerFrame::hasBotDraft, Duration.ofSeconds(10)));
        }

        String storedBody = stored.getMessage().getMessage().getBody();
        assertThat(storedBody).isEqualTo("一般1-3个工作日到账 [1]。");
        assertThat(drafts).allMatch(d -> d.getBotDraft().getDraftId()
                .equals(stored.getMessage().getMessage().getClientMessageId()));
        assertThat(drafts.stream().filter(d -> !d.getBotDraft().getDone()).map(d -> d.getBotDraft().getTextDelta()))
                .containsExactly("一般1-3个工作日到账 [1]。");
        assertThat(drafts.getLast().getBotDraft().getDone()).isTrue();
        assertThat(KnowledgeDesk.botReplies(desk.messages(visit))).containsExactly("一般1-3个工作日到账 [1]。");
        assertThat(PROVIDER.requests()).anySatisfy(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer sk-streaming-test");
            assertThat(request.body()).contains("\"stream\":true").contains("fake-chat");
        });
    }
}
