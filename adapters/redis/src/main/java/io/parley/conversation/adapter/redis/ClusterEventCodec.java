package io.parley.conversation.adapter.redis;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.AuthorProfile;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.DateTimeException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cluster events as JSON, field by field rather than by reflection: the form on the stream is read by nodes of
 * other versions during a rolling upgrade, so it must not change when a domain record gains a field. A node skips
 * an event type it does not know. Instants travel in ISO-8601 with their full precision.
 */
final class ClusterEventCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String encode(ClusterEvent event) {
        ObjectNode root = JSON.createObjectNode();
        switch (event) {
            case ClusterEvent.MessagePosted posted -> {
                root.put("type", "message-posted");
                root.put("workspace", posted.workspace().toString());
                root.put("visitor", posted.visitor().toString());
                root.set("message", message(posted.message()));
            }
            case ClusterEvent.ConversationChanged changed -> {
                root.put("type", "conversation-changed");
                root.set("conversation", conversation(changed.conversation()));
            }
            case ClusterEvent.Typing typing -> {
                root.put("type", "typing");
                root.set("conversation", conversation(typing.conversation()));
                author(root, typing.author());
                root.put("typing", typing.typing());
            }
            case ClusterEvent.Read read -> {
                root.put("type", "read");
                root.set("conversation", conversation(read.conversation()));
                author(root, read.author());
                root.put("sequence", read.sequence());
            }
            case ClusterEvent.Gap gap -> {
                root.put("type", "gap");
                root.put("since", gap.since().toString());
            }
            case ClusterEvent.AgentAccessChanged access -> {
                root.put("type", "agent-access-changed");
                root.put("workspace", access.workspace().toString());
                root.put("agent", access.agent().toString());
            }
        }
        return JSON.writeValueAsString(root);
    }

    /** The event, or an {@link IllegalArgumentException} for text that is not one this node understands. */
    ClusterEvent decode(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            String type = string(root, "type");
            return switch (type) {
                case "message-posted" -> new ClusterEvent.MessagePosted(WorkspaceId.parse(string(root, "workspace")),
                        VisitorId.parse(string(root, "visitor")), message(object(root, "message")));
                case "conversation-changed" -> new ClusterEvent.ConversationChanged(
                        conversation(object(root, "conversation")));
                case "typing" -> new ClusterEvent.Typing(conversation(object(root, "conversation")), author(root),
                        bool(root, "typing"));
                case "read" -> new ClusterEvent.Read(conversation(object(root, "conversation")), author(root),
                        number(root, "sequence"));
                case "gap" -> new ClusterEvent.Gap(Instant.parse(string(root, "since")));
                case "agent-access-changed" -> new ClusterEvent.AgentAccessChanged(
                        WorkspaceId.parse(string(root, "workspace")), AgentId.parse(string(root, "agent")));
                default -> throw new IllegalArgumentException("unknown cluster event type " + type);
            };
        } catch (JacksonException | IllegalStateException | DomainException | DateTimeException e) {
            throw new IllegalArgumentException("undecodable cluster event: " + e.getMessage(), e);
        }
    }

    private static ObjectNode message(MessageView message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", message.id().toString());
        node.put("conversation", message.conversationId().toString());
        node.put("sequence", message.sequence());
        node.put("clientMessageId", message.clientMessageId());
        author(node, message.author());
        node.put("kind", message.kind().name());
        node.put("body", message.body());
        node.put("createdAt", message.createdAt().toString());
        AuthorProfile profile = message.authorProfile();
        if (profile != null) {
            ObjectNode shown = node.putObject("authorProfile");
            shown.put("name", profile.name());
            shown.put("avatarUrl", profile.avatarUrl());
            shown.put("shownToVisitors", profile.shownToVisitors());
        }
        return node;
    }

    private static MessageView message(JsonNode node) {
        JsonNode shown = node.get("authorProfile");
        AuthorProfile profile = shown == null || shown.isNull() ? null : new AuthorProfile(string(shown, "name"),
                optionalString(shown, "avatarUrl"), bool(shown, "shownToVisitors"));
        return new MessageView(MessageId.parse(string(node, "id")), ConversationId.parse(string(node, "conversation")),
                number(node, "sequence"), string(node, "clientMessageId"),
                author(node), MessageKind.valueOf(string(node, "kind")), string(node, "body"),
                Instant.parse(string(node, "createdAt")), profile);
    }

    private static void author(ObjectNode node, Author author) {
        node.put("authorKind", author.kind().name());
        node.put("authorId", author.id());
    }

    private static Author author(JsonNode node) {
        return new Author(AuthorKind.valueOf(string(node, "authorKind")), optionalString(node, "authorId"));
    }

    private static ObjectNode conversation(ConversationView conversation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", conversation.id().toString());
        node.put("workspace", conversation.workspaceId().toString());
        node.put("inbox", conversation.inboxId().toString());
        node.put("visitor", conversation.visitorId().toString());
        node.put("status", conversation.status().name());
        node.put("assignee", conversation.assignee() == null ? null : conversation.assignee().toString());
        node.put("lastSequence", conversation.lastSequence());
        node.put("createdAt", conversation.createdAt().toString());
        node.put("updatedAt", conversation.updatedAt().toString());
        return node;
    }

    private static ConversationView conversation(JsonNode node) {
        String assignee = optionalString(node, "assignee");
        return new ConversationView(ConversationId.parse(string(node, "id")),
                WorkspaceId.parse(string(node, "workspace")), InboxId.parse(string(node, "inbox")),
                VisitorId.parse(string(node, "visitor")), ConversationStatus.valueOf(string(node, "status")),
                assignee == null ? null : AgentId.parse(assignee), number(node, "lastSequence"),
                Instant.parse(string(node, "createdAt")), Instant.parse(string(node, "updatedAt")));
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalStateException(field + " must be an object");
        }
        return value;
    }

    private static String string(JsonNode node, String field) {
        String value = optionalString(node, field);
        if (value == null) {
            throw new IllegalStateException(field + " is missing");
        }
        return value;
    }

    private static @Nullable String optionalString(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalStateException(field + " must be a string");
        }
        return value.stringValue();
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalStateException(field + " must be a whole number");
        }
        return value.longValue();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new IllegalStateException(field + " must be true or false");
        }
        return value.booleanValue();
    }
}
