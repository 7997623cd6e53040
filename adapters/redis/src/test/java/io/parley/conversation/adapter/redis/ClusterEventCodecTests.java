package io.parley.conversation.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.AuthorProfile;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.shared.AgentId;
import io.parley.shared.ConversationId;
import io.parley.shared.InboxId;
import io.parley.shared.MessageId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterEventCodecTests {

    private final ClusterEventCodec codec = new ClusterEventCodec();

    static MessageView message(Author author, MessageKind kind, String body, AuthorProfile profile) {
        return new MessageView(MessageId.random(), ConversationId.random(), 42, "client-é-1", author, kind, body,
                Instant.parse("2025-03-04T05:06:07.123456789Z"), profile);
    }

    static ConversationView conversation(AgentId assignee) {
        return new ConversationView(ConversationId.random(), WorkspaceId.random(), InboxId.random(), VisitorId.random(),
                assignee == null ? ConversationStatus.WAITING : ConversationStatus.ASSIGNED, assignee, 17,
                Instant.parse("2025-01-02T03:04:05.000001Z"), Instant.parse("2025-01-02T03:04:06.5Z"));
    }

    @Test
    void roundTripsAnAgentMessageWithItsProfileAndNonAsciiText() {
        var message = message(new Author(AuthorKind.AGENT, AgentId.random().toString()), MessageKind.TEXT,
                "您好，请问有什么可以帮您？ \"quoted\" \\ back\nslash 🙂 \u0000 end",
                new AuthorProfile("客服 小王 😀", "/api/v1/agents/x/avatar?v=3", false));
        var event = new ClusterEvent.MessagePosted(WorkspaceId.random(), VisitorId.random(), message);

        ClusterEvent decoded = codec.decode(codec.encode(event));

        assertThat(decoded).isEqualTo(event);
        assertThat(((ClusterEvent.MessagePosted) decoded).message().createdAt().getNano()).isEqualTo(123456789);
    }

    @Test
    void roundTripsAChangeOfAnAgentsAccess() {
        var event = new ClusterEvent.AgentAccessChanged(WorkspaceId.random(), AgentId.random());

        assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }

    @Test
    void roundTripsMessagesWithoutProfileOrAuthorIdAndNotes() {
        for (var message : new MessageView[] {
                message(new Author(AuthorKind.VISITOR, VisitorId.random().toString()), MessageKind.TEXT, "hi", null),
                message(Author.SYSTEM, MessageKind.TEXT, "conversation resolved", null),
                message(Author.BOT, MessageKind.TEXT, "answer", new AuthorProfile("Bot", null, true)),
                message(new Author(AuthorKind.AGENT, "a-1"), MessageKind.NOTE, "内部备注", null)}) {
            var event = new ClusterEvent.MessagePosted(WorkspaceId.random(), VisitorId.random(), message);
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void roundTripsAGapWithItsInstantToTheNanosecond() {
        var gap = new ClusterEvent.Gap(Instant.parse("2026-12-07T16:00:01.000000001Z"));

        String text = codec.encode(gap);

        assertThat(text).contains("\"type\":\"gap\"");
        assertThat(codec.decode(text)).isEqualTo(gap);
    }

    @Test
    void roundTripsConversationChangesWithAndWithoutAssignee() {
        for (var conversation : new ConversationView[] {conversation(AgentId.random()), conversation(null)}) {
            var event = new ClusterEvent.ConversationChanged(conversation);
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void roundTripsTypingAndReadSignalsOfVisitorsAndAgents() {
        var conversation = conversation(AgentId.random());
        var visitor = new Author(AuthorKind.VISITOR, conversation.visitorId().toString());
        var agent = new Author(AuthorKind.AGENT, AgentId.random().toString());
        for (var event : new ClusterEvent[] {
                new ClusterEvent.Typing(conversation, visitor, true),
                new ClusterEvent.Typing(conversation, agent, false),
                new ClusterEvent.Read(conversation, agent, 17),
                new ClusterEvent.Read(conversation(null), visitor, Long.MAX_VALUE)}) {
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    @Test
    void writesSignalsWithTheirTypeAuthorAndValue() {
        var conversation = conversation(null);
        var agent = new Author(AuthorKind.AGENT, "a-1");

        assertThat(codec.encode(new ClusterEvent.Typing(conversation, agent, true)))
                .contains("\"type\":\"typing\"").contains("\"authorKind\":\"AGENT\"")
                .contains("\"authorId\":\"a-1\"").contains("\"typing\":true")
                .contains("\"id\":\"" + conversation.id() + "\"");
        assertThat(codec.encode(new ClusterEvent.Read(conversation, agent, 5)))
                .contains("\"type\":\"read\"").contains("\"sequence\":5");
    }

    @Test
    void writesPlainNamedFieldsThatOtherVersionsCanRead() {
        var conversation = conversation(null);
        String text = codec.encode(new ClusterEvent.ConversationChanged(conversation));

        assertThat(text).contains("\"type\":\"conversation-changed\"")
                .contains("\"id\":\"" + conversation.id() + "\"").contains("\"status\":\"WAITING\"")
                .contains("\"updatedAt\":\"2025-01-02T03:04:06.500Z\"");
    }

    @Test
    void rejectsUnknownTypesAndMalformedEvents() {
        assertThatThrownBy(() -> codec.decode("{\"type\":\"from-the-future\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from-the-future");
        assertThatThrownBy(() -> codec.decode("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"conversation-changed\",\"conversation\":{\"id\":\"x\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
        String valid = codec.encode(new ClusterEvent.ConversationChanged(conversation(null)));
        assertThatThrownBy(() -> codec.decode(valid.replace("\"lastSequence\":17", "\"lastSequence\":\"17\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastSequence");
        assertThatThrownBy(() -> codec.decode(valid.replace("2025-01-02T03:04:06.500Z", "yesterday")))
                .isInstanceOf(IllegalArgumentException.class);
        String typing = codec.encode(new ClusterEvent.Typing(conversation(null), new Author(AuthorKind.AGENT, "a"),
                true));
        assertThatThrownBy(() -> codec.decode(typing.replace("\"typing\":true", "\"typing\":\"yes\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typing");
        assertThatThrownBy(() -> codec.decode(
                typing.replace("\"authorKind\":\"AGENT\"", "\"authorKind\":\"CAT\"")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.decode(typing.replace("\"authorId\":\"a\"", "\"authorId\":null")))
                .as("an agent without an id").isInstanceOf(IllegalArgumentException.class);
        String read = codec.encode(new ClusterEvent.Read(conversation(null), new Author(AuthorKind.AGENT, "a"), 3));
        assertThatThrownBy(() -> codec.decode(read.replace("\"sequence\":3", "\"sequence\":3.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence");
    }
}
