package io.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.channel.ChannelType;
import io.parley.channel.CreateInbox;
import io.parley.channel.InboxAdministration;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyClient;
import io.parley.testing.ParleyClient.Response;
import io.parley.testing.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A tenant's knowledge base and a visitor of its bot-first inbox, driven over REST as the console and widget do. */
public final class KnowledgeDesk {

    private final ParleyClient client;
    private final Tenant tenant;
    private final String botWidgetKey;

    public KnowledgeDesk(ParleyClient client, Tenant tenant, InboxAdministration inboxes) {
        this.client = client;
        this.tenant = tenant;
        this.botWidgetKey = inboxes.create(new CreateInbox(WorkspaceId.parse(tenant.workspaceId()), "Bot first",
                ChannelType.WEB_WIDGET, true)).widgetKey();
    }

    public Tenant tenant() {
        return tenant;
    }

    /** Writes an entry as the admin and waits until "try it" finds it by its own question. */
    public String write(String question, String answer) {
        Response created = client.post("/api/v1/knowledge/entries", tenant.adminToken(),
                Map.of("question", question, "answer", answer));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        await(Duration.ofSeconds(30), () -> tryIt(question), reply -> reply.path("candidates").toString().contains(id));
        return id;
    }

    public JsonNode tryIt(String message) {
        Response reply = client.get("/api/v1/knowledge/try?q=" + URLEncoder.encode(message, StandardCharsets.UTF_8),
                tenant.adminToken());
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply.body();
    }

    /** A new visitor opens a conversation in the bot-first inbox; returns {visitor token, conversation id}. */
    public Visit visit() {
        return visit(botWidgetKey);
    }

    /** A new visitor opens a conversation in the inbox of this widget key. */
    public Visit visit(String widgetKey) {
        String token = client.visitorSession(widgetKey, tenant.origin()).path("visitorToken").asString();
        Response started = client.post("/api/v1/visitor/conversations", token, Map.of());
        assertThat(started.status()).isEqualTo(201);
        return new Visit(token, started.body().path("id").asString());
    }

    public record Visit(String token, String conversationId) {}

    /** Creates a web-widget inbox over REST as the admin; returns it as the API shows it. */
    public JsonNode inbox(Map<String, Object> request) {
        Response created = client.post("/api/v1/inboxes", tenant.adminToken(), request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    /** The visitor id of a visit's conversation. */
    public String visitorId(Visit visit) {
        return client.get("/api/v1/conversations/" + visit.conversationId() + "/visitor", tenant.adminToken()).body()
                .path("id").asString();
    }

    public void say(Visit visit, String text) {
        Response posted = client.post("/api/v1/visitor/conversations/" + visit.conversationId() + "/messages",
                visit.token(), Map.of("clientMessageId", "v-" + UUID.randomUUID(), "body", text));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
    }

    public List<JsonNode> messages(Visit visit) {
        return client.get("/api/v1/visitor/conversations/" + visit.conversationId() + "/messages?after=0",
                visit.token()).body().path("items").valueStream().toList();
    }

    /** The messages once the bot has posted {@code count} replies (within {@code within}). */
    public List<JsonNode> awaitBotReplies(Visit visit, int count, Duration within) {
        return await(within, () -> messages(visit), messages -> botReplies(messages).size() >= count);
    }

    public static List<String> botReplies(List<JsonNode> messages) {
        return messages.stream().filter(m -> m.path("author").path("kind").asString().equals("BOT"))
                .map(m -> m.path("body").asString()).toList();
    }

    public String status(Visit visit) {
        return client.get("/api/v1/conversations/" + visit.conversationId(), tenant.adminToken()).body()
                .path("status").asString();
    }

    public String awaitStatus(Visit visit, String expected, Duration within) {
        return await(within, () -> status(visit), expected::equals);
    }

    /**
     * How long a test waits for something the bot or an index does in the background. Long enough for a machine busy
     * with other work; a passing test waits only as long as that work takes.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    public static <T> T await(Duration within, java.util.function.Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + within.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
