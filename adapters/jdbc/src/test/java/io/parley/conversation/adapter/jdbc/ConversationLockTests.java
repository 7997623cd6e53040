package io.parley.conversation.adapter.jdbc;

import static io.parley.Tenants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.PostgresBacked;
import io.parley.Tenants;
import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.MessageKind;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two messages posted at once: the second post waits for the first one's lock and takes the next sequence. */
class ConversationLockTests extends PostgresBacked {

    @Autowired
    Conversations conversations;

    @Autowired
    Messages messages;

    @Autowired
    Tenants tenants;

    TransactionTemplate transactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
    }

    @Test
    void aSecondPostWaitsForTheFirstAndTakesTheNextSequence() throws Exception {
        var tenant = tenants.create("Acme");
        var person = tenants.visitor(tenant);
        var workspace = tenant.workspace().getId();
        var conversation = Conversation.open(workspace, tenant.inbox().getId(), person.getId(), false, T0);
        conversations.insert(conversation);
        var visitor = new Author(AuthorKind.VISITOR, person.getId().toString());
        var firstLocked = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var message = post(workspace, conversation.getId(), visitor, "first");
            firstLocked.countDown();
            await(releaseFirst);
            return message;
        }));
        assertThat(firstLocked.await(10, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(
                () -> transactions.execute(status -> post(workspace, conversation.getId(), visitor, "second")));

        // the first transaction holds the row lock: the second must still be waiting for it
        Thread.sleep(Duration.ofMillis(500));
        assertThat(second).isNotDone();
        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
        assertThat(conversations.findById(workspace, conversation.getId()).orElseThrow().lastSequence()).isEqualTo(2);
        assertThat(messages.after(workspace, conversation.getId(), 0, 10, true))
                .extracting(m -> m.body().value()).containsExactly("first", "second");
    }

    @Test
    void refusesToLockOutsideATransaction() {
        assertThatThrownBy(() -> conversations.lockById(WorkspaceId.random(), ConversationId.random()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    private Message post(WorkspaceId workspace, ConversationId id, Author author, String text) {
        var conversation = conversations.lockById(workspace, id).orElseThrow();
        var message = conversation.post(author, MessageKind.TEXT, new MessageBody(text),
                new ClientMessageId(text), T0.plusSeconds(conversation.lastSequence() + 1));
        messages.append(message);
        conversations.update(conversation);
        return message;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void locksSeveralConversationsOfTheGivenWorkspacesOnlyAndUpdatesThemTogether() {
        var acme = tenants.create("Acme");
        var globex = tenants.create("Globex");
        var mine = Conversation.open(acme.workspace().getId(), acme.inbox().getId(), tenants.visitor(acme).getId(),
                false, T0);
        var alsoMine = Conversation.open(acme.workspace().getId(), acme.inbox().getId(),
                tenants.visitor(acme).getId(), false, T0);
        var theirs = Conversation.open(globex.workspace().getId(), globex.inbox().getId(),
                tenants.visitor(globex).getId(), false, T0);
        conversations.insert(mine);
        conversations.insert(alsoMine);
        conversations.insert(theirs);

        var locked = transactions.execute(status -> conversations.lockAll(
                java.util.List.of(acme.workspace().getId()),
                java.util.List.of(mine.getId(), alsoMine.getId(), theirs.getId())));
        assertThat(locked).extracting(Conversation::getId)
                .containsExactlyInAnyOrder(mine.getId(), alsoMine.getId());
        assertThatThrownBy(() -> conversations.lockAll(java.util.List.of(acme.workspace().getId()),
                java.util.List.of(mine.getId()))).isInstanceOf(IllegalStateException.class);

        var visitor = new Author(AuthorKind.VISITOR, mine.visitorId().toString());
        mine.post(visitor, MessageKind.TEXT, new MessageBody("a"), new ClientMessageId("a"), T0.plusSeconds(1));
        mine.post(visitor, MessageKind.TEXT, new MessageBody("b"), new ClientMessageId("b"), T0.plusSeconds(2));
        alsoMine.post(new Author(AuthorKind.VISITOR, alsoMine.visitorId().toString()), MessageKind.TEXT,
                new MessageBody("c"), new ClientMessageId("c"), T0.plusSeconds(3));
        conversations.updateAll(java.util.List.of(mine, alsoMine));

        assertThat(conversations.findById(acme.workspace().getId(), mine.getId()).orElseThrow().lastSequence())
                .isEqualTo(2);
        assertThat(conversations.findById(acme.workspace().getId(), alsoMine.getId()).orElseThrow().lastSequence())
                .isEqualTo(1);
        // a conversation of another workspace is never written through this one
        var forged = new Conversation(theirs.getId(), acme.workspace().getId(), acme.inbox().getId(),
                mine.visitorId(), theirs.status(), null, 9, T0, T0);
        assertThatThrownBy(() -> conversations.updateAll(java.util.List.of(mine, forged)))
                .isInstanceOfSatisfying(io.parley.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("conversation.not-found"));
        assertThat(conversations.findById(globex.workspace().getId(), theirs.getId()).orElseThrow().lastSequence())
                .isZero();
    }
}
