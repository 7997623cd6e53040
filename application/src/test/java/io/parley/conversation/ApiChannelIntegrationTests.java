package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.parley.testing.ParleyClient.Response;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API channel end to end: an integrator's backend, with an inbox's API key, identifies its users, starts their
 * conversations, posts their messages once whatever the retries, and reads the agents' replies back; other inboxes,
 * other workspaces and bad input get nowhere and change nothing.
 */
class ApiChannelIntegrationTests extends ParleyIntegrationTest {

    private static final String CONTACTS = "/api/v1/channel/contacts/";

    private record Key(String inbox, String id, String secret) {}

    private Key newKey(Tenant tenant) {
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API"))
                .body().path("id").asString();
        JsonNode created = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body();
        return new Key(inbox, created.path("key").path("id").asString(), created.path("secret").asString());
    }

    private String conversation(Key key, String user) {
        client().put(CONTACTS + user, key.secret(), Map.of("displayName", "Ada"));
        Response started = client().post(CONTACTS + user + "/conversations", key.secret(), Map.of());
        assertThat(started.status()).isEqualTo(201);
        return started.body().path("id").asString();
    }

    private JsonNode history(Key key, String user, String conversation) {
        Response history = client().get(CONTACTS + user + "/conversations/" + conversation + "/messages?after=0",
                key.secret());
        assertThat(history.status()).isEqualTo(200);
        return history.body().path("items");
    }

    @Test
    void anIntegratorIdentifiesAUserStartsAConversationPostsOnceAndReadsTheAgentsReply() {
        var tenant = newTenant();
        Key key = newKey(tenant);

        Response made = client().put(CONTACTS + "user-42", key.secret(), Map.of("displayName", "Ada"));
        Response known = client().put(CONTACTS + "user-42", key.secret(), Map.of("displayName", "Ada L."));
        assertThat(made.status()).isEqualTo(201);
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body().path("visitorId").asString()).isEqualTo(made.body().path("visitorId").asString());
        assertThat(known.body().path("displayName").asString()).isEqualTo("Ada L.");

        Response started = client().post(CONTACTS + "user-42/conversations", key.secret(), Map.of());
        assertThat(started.status()).isEqualTo(201);
        String id = started.body().path("id").asString();
        assertThat(started.header("Location")).endsWith(CONTACTS + "user-42/conversations/" + id);

        Response first = client().post(CONTACTS + "user-42/conversations/" + id + "/messages", key.secret(),
                Map.of("idempotencyKey", "order-7:msg-1", "body", "Where is my order?"));
        Response resend = client().post(CONTACTS + "user-42/conversations/" + id + "/messages", key.secret(),
                Map.of("idempotencyKey", "order-7:msg-1", "body", "Where is my order?"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(resend.status()).isEqualTo(200);
        assertThat(resend.body().path("duplicate").asBoolean()).isTrue();
        assertThat(resend.body().path("id").asString()).isEqualTo(first.body().path("id").asString());

        Response reply = client().post("/api/v1/conversations/" + id + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-1", "body", "On its way", "kind", "TEXT"));
        client().post("/api/v1/conversations/" + id + "/messages", tenant.adminToken(),
                Map.of("clientMessageId", "a-2", "body", "internal only", "kind", "NOTE"));
        assertThat(reply.status()).isEqualTo(201);
        Response agentsKey = client().post(CONTACTS + "user-42/conversations/" + id + "/messages", key.secret(),
                Map.of("idempotencyKey", "a-1", "body", "not mine"));
        assertThat(agentsKey.status()).isEqualTo(409);
        assertThat(agentsKey.code()).isEqualTo("message.client-id-taken");

        JsonNode messages = history(key, "user-42", id);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("body").asString()).isEqualTo("Where is my order?");
        assertThat(messages.get(1).path("body").asString()).isEqualTo("On its way");
        assertThat(messages.get(1).path("author").path("kind").asString()).isEqualTo("AGENT");
        Response polled = client().get(CONTACTS + "user-42/conversations/" + id + "/messages?after=1", key.secret());
        assertThat(polled.body().path("items")).hasSize(1);

        Response listed = client().get(CONTACTS + "user-42/conversations", key.secret());
        assertThat(listed.body().path("items")).hasSize(1);
        assertThat(listed.body().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(client().get("/api/v1/conversations/" + id, tenant.adminToken()).body().path("inboxId")
                .asString()).isEqualTo(key.inbox());
    }

    @Test
    void theBotAnswersInAnApiInboxAndTheIntegratorPollsTheAnswer() {
        var tenant = newTenant();
        String answer = "Refunds reach your card within 3 working days.";
        Response entry = client().post("/api/v1/knowledge/entries", tenant.adminToken(),
                Map.of("question", "How long do refunds take?", "answer", answer));
        assertThat(entry.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> client().get("/api/v1/knowledge/try?q=refunds",
                tenant.adminToken()).body().path("candidates").toString().contains(entry.body().path("id").asString()));
        String inbox = client().post("/api/v1/inboxes", tenant.adminToken(), Map.of("name", "App", "channel", "API",
                "answerMode", "KNOWLEDGE")).body().path("id").asString();
        String secret = client().post("/api/v1/inboxes/" + inbox + "/api-keys", tenant.adminToken(),
                Map.of("name", "Backend")).body().path("secret").asString();
        Key key = new Key(inbox, "", secret);
        String id = conversation(key, "u-9");
        assertThat(client().get(CONTACTS + "u-9/conversations/" + id, secret).body().path("status").asString())
                .isEqualTo("BOT");

        client().post(CONTACTS + "u-9/conversations/" + id + "/messages", secret,
                Map.of("idempotencyKey", "q1", "body", "how long do refunds take"));

        await().atMost(Duration.ofSeconds(30)).until(() -> history(key, "u-9", id).size() >= 2);
        JsonNode reply = history(key, "u-9", id).get(1);
        assertThat(reply.path("author").path("kind").asString()).isEqualTo("BOT");
        assertThat(reply.path("body").asString()).isEqualTo(answer);
    }

    @Test
    void scriptInTextIsStoredAndAnsweredAsText() {
        var tenant = newTenant();
        Key key = newKey(tenant);
        String script = "<script>alert('x')</script> & <b>bold</b>";

        Response contact = client().put(CONTACTS + "u-1", key.secret(), Map.of("displayName", "<img src=x>"));
        String id = client().post(CONTACTS + "u-1/conversations", key.secret(), Map.of()).body().path("id")
                .asString();
        client().post(CONTACTS + "u-1/conversations/" + id + "/messages", key.secret(),
                Map.of("idempotencyKey", "m1", "body", script));

        assertThat(contact.body().path("displayName").asString()).isEqualTo("<img src=x>");
        assertThat(history(key, "u-1", id).get(0).path("body").asString()).isEqualTo(script);
        assertThat(client().get("/api/v1/conversations/" + id + "/messages", tenant.adminToken()).body()
                .path("items").get(0).path("body").asString()).isEqualTo(script);
    }

    @Test
    void badInputGetsAProblemCodeAndStoresNothing() {
        var tenant = newTenant();
        Key key = newKey(tenant);
        String id = conversation(key, "u-1");
        String messages = CONTACTS + "u-1/conversations/" + id + "/messages";

        Response malformed = client().postRaw(messages, key.secret(), "{\"body\": ");
        Response noKey = client().post(messages, key.secret(), Map.of("body", "hello"));
        Response badKey = client().post(messages, key.secret(), Map.of("idempotencyKey", "a b", "body", "hello"));
        Response blank = client().post(messages, key.secret(), Map.of("idempotencyKey", "m1", "body", " "));
        Response oversized = client().post(messages, key.secret(),
                Map.of("idempotencyKey", "m2", "body", "x".repeat(70_000)));
        Response badUser = client().put(CONTACTS + "bad*id", key.secret(), Map.of());
        Response longName = client().put(CONTACTS + "u-2", key.secret(), Map.of("displayName", "n".repeat(101)));
        Response unknownUser = client().post(CONTACTS + "nobody/conversations", key.secret(), Map.of());
        Response badConversation = client().get(CONTACTS + "u-1/conversations/not-an-id", key.secret());
        Response malformedContact = client().putRaw(CONTACTS + "u-3", key.secret(), "{\"displayName\": [");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("request.malformed");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.code()).isEqualTo("request.invalid");
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.code()).isEqualTo("message.invalid-client-id");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.code()).isEqualTo("request.too-large");
        assertThat(badUser.status()).isEqualTo(400);
        assertThat(badUser.code()).isEqualTo("visitor.invalid-external-id");
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.code()).isEqualTo("visitor.invalid-name");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(unknownUser.code()).isEqualTo("visitor.contact-not-found");
        assertThat(badConversation.code()).isEqualTo("request.invalid-id");
        assertThat(malformedContact.status()).isEqualTo(400);
        assertThat(malformedContact.code()).isEqualTo("request.malformed");
        assertThat(history(key, "u-1", id)).isEmpty();
        assertThat(client().get(CONTACTS + "u-2", key.secret()).status()).isEqualTo(404);
        assertThat(client().get(CONTACTS + "u-3", key.secret()).status()).isEqualTo(404);
    }

    @Test
    void anotherInboxesOrWorkspacesKeyReachesNoneOfTheConversationsAndARevokedKeyNothing() {
        var tenant = newTenant();
        Key key = newKey(tenant);
        Key sibling = newKey(tenant);
        Key stranger = newKey(newTenant());
        String id = conversation(key, "u-1");
        String path = CONTACTS + "u-1/conversations/" + id;

        Response siblingUnknown = client().get(path, sibling.secret());
        client().put(CONTACTS + "u-1", sibling.secret(), Map.of());
        client().put(CONTACTS + "u-1", stranger.secret(), Map.of());
        List<Response> refused = List.of(
                client().get(path, sibling.secret()),
                client().get(path + "/messages", sibling.secret()),
                client().post(path + "/messages", sibling.secret(), Map.of("idempotencyKey", "x1", "body", "hi")),
                client().get(path, stranger.secret()),
                client().post(path + "/messages", stranger.secret(), Map.of("idempotencyKey", "x2", "body", "hi")));
        client().delete("/api/v1/inboxes/" + key.inbox() + "/api-keys/" + key.id(), tenant.adminToken());
        Response revoked = client().post(path + "/messages", key.secret(), Map.of("idempotencyKey", "x3",
                "body", "hi"));

        assertThat(siblingUnknown.status()).isEqualTo(404);
        assertThat(siblingUnknown.code()).isEqualTo("visitor.contact-not-found");
        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.code()).isEqualTo("conversation.not-found");
        });
        assertThat(client().get(CONTACTS + "u-1/conversations", sibling.secret()).body().path("items")).isEmpty();
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("channel.api-key-invalid");
        assertThat(client().get("/api/v1/conversations/" + id + "/messages", tenant.adminToken()).body()
                .path("items")).isEmpty();
    }
}
