package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.BOB;
import static io.parley.conversation.model.ConversationFixtures.INBOX;
import static io.parley.conversation.model.ConversationFixtures.LATER;
import static io.parley.conversation.model.ConversationFixtures.NOW;
import static io.parley.conversation.model.ConversationFixtures.VISITOR;
import static io.parley.conversation.model.ConversationFixtures.WORKSPACE;
import static io.parley.conversation.model.ConversationFixtures.agent;
import static io.parley.conversation.model.ConversationFixtures.assignedTo;
import static io.parley.conversation.model.ConversationFixtures.body;
import static io.parley.conversation.model.ConversationFixtures.clientId;
import static io.parley.conversation.model.ConversationFixtures.resolved;
import static io.parley.conversation.model.ConversationFixtures.visitor;
import static io.parley.conversation.model.ConversationFixtures.waiting;
import static io.parley.conversation.model.ConversationFixtures.withBot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationAssigned;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessagePosted;
import io.parley.shared.DomainException;
import org.junit.jupiter.api.Test;

class ConversationPostingUnitTests {

    @Test
    void firstMessageGetsSequenceOne() {
        var conversation = waiting();
        var clientId = clientId();

        var message = conversation.post(visitor(), MessageKind.TEXT, body("hello"), clientId, LATER);

        assertThat(message.sequence()).isEqualTo(1);
        assertThat(message.conversationId()).isEqualTo(conversation.getId());
        assertThat(message.workspaceId()).isEqualTo(WORKSPACE);
        assertThat(message.clientMessageId()).isEqualTo(clientId);
        assertThat(message.createdAt()).isEqualTo(LATER);
        assertThat(conversation.lastSequence()).isEqualTo(1);
        assertThat(conversation.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void eachMessageRecordsAnEventWithItsSequenceAndBody() {
        var conversation = waiting();

        var message = conversation.post(visitor(), MessageKind.TEXT, body("where is my order?"), clientId(), LATER);

        assertThat(conversation.releaseEvents()).containsExactly(new MessagePosted(WORKSPACE, conversation.getId(), INBOX,
                VISITOR, message.id(), 1, visitor(), MessageKind.TEXT, "where is my order?", LATER));
    }

    @Test
    void eachPostTakesTheNextSequenceAndAFreshId() {
        var conversation = waiting();

        var first = conversation.post(visitor(), MessageKind.TEXT, body("one"), clientId(), LATER);
        var second = conversation.post(visitor(), MessageKind.TEXT, body("two"), clientId(), LATER);

        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void rejectsMessageOnResolvedConversation() {
        var conversation = resolved();

        assertThatThrownBy(() -> conversation.post(visitor(), MessageKind.TEXT, body("still there?"), clientId(), LATER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("conversation.closed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("start a new one");
                });
        assertThat(conversation.lastSequence()).isZero();
        assertThat(conversation.releaseEvents()).isEmpty();
    }

    @Test
    void rejectsInternalNoteFromAnyoneButAnAgent() {
        for (var author : new Author[] {visitor(), Author.BOT, Author.SYSTEM}) {
            var conversation = withBot();

            assertThatThrownBy(() -> conversation.post(author, MessageKind.NOTE, body("psst"), clientId(), LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("message.note-agents-only");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    });
            assertThat(conversation.lastSequence()).isZero();
        }
    }

    @Test
    void agentNoteIsInternalAndDoesNotTakeTheConversation() {
        var conversation = withBot();

        var note = conversation.post(agent(ADA), MessageKind.NOTE, body("VIP customer"), clientId(), LATER);

        assertThat(note.isInternal()).isTrue();
        assertThat(conversation.status()).isEqualTo(ConversationStatus.BOT);
        assertThat(conversation.assignee()).isNull();
    }

    @Test
    void botAnswersWhileItHasTheConversation() {
        var conversation = withBot();

        var answer = conversation.post(Author.BOT, MessageKind.TEXT, body("Our opening hours are 9-17."), clientId(), LATER);

        assertThat(answer.author().kind()).isEqualTo(AuthorKind.BOT);
        assertThat(answer.isInternal()).isFalse();
    }

    @Test
    void rejectsBotMessageOnceAHumanHasTheConversation() {
        for (var conversation : new Conversation[] {waiting(), assignedTo(ADA)}) {
            assertThatThrownBy(() -> conversation.post(Author.BOT, MessageKind.TEXT, body("hi"), clientId(), LATER))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("conversation.bot-inactive"));
            assertThat(conversation.lastSequence()).isZero();
        }
    }

    @Test
    void agentReplyToAnUnassignedConversationMakesItTheirs() {
        var conversation = withBot();

        var reply = conversation.post(agent(ADA), MessageKind.TEXT, body("I can help"), clientId(), LATER);

        assertThat(conversation.status()).isEqualTo(ConversationStatus.ASSIGNED);
        assertThat(conversation.assignee()).isEqualTo(ADA);
        assertThat(conversation.releaseEvents()).extracting(Object::getClass)
                .containsExactly(ConversationAssigned.class, MessagePosted.class);
        assertThat(reply.sequence()).isEqualTo(1);
    }

    @Test
    void agentReplyToAnotherAgentsConversationKeepsTheAssignee() {
        var conversation = assignedTo(ADA);

        conversation.post(agent(BOB), MessageKind.TEXT, body("chiming in"), clientId(), LATER);

        assertThat(conversation.assignee()).isEqualTo(ADA);
    }

    @Test
    void systemAndVisitorPostInEveryOpenState() {
        for (var conversation : new Conversation[] {withBot(), waiting(), assignedTo(ADA)}) {
            conversation.post(visitor(), MessageKind.TEXT, body("hi"), clientId(), NOW);
            conversation.post(Author.SYSTEM, MessageKind.TEXT, body("agent joined"), clientId(), NOW);

            assertThat(conversation.lastSequence()).isEqualTo(2);
        }
    }

    @Test
    void aVisitorsTextToABotConversationIsTheBotsTurnButNothingElseIs() {
        var withBot = Conversation.open(WORKSPACE, io.parley.shared.InboxId.random(), VISITOR, true, LATER);
        withBot.releaseEvents();
        var message = withBot.post(visitor(), MessageKind.TEXT, body("how do I reset my password?"), clientId(), LATER);
        assertThat(withBot.releaseEvents()).contains(new io.parley.conversation.VisitorWroteToBot(WORKSPACE,
                withBot.getId(), message.id(), 1, "how do I reset my password?", LATER));

        var withHumans = waiting();
        withHumans.post(visitor(), MessageKind.TEXT, body("hello"), clientId(), LATER);
        assertThat(withHumans.releaseEvents()).noneMatch(io.parley.conversation.VisitorWroteToBot.class::isInstance);
    }
}
