package io.parley.gateway;

import static io.parley.gateway.Frames.send;
import static io.parley.gateway.Frames.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Heartbeat;
import io.parley.gateway.protocol.ReadUpTo;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.Typing;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A send whose commit waits for the database (here: another transaction holds the conversation's row) does not
 * hold up the connection: its heartbeats, typing and read frames are answered meanwhile, and the send is acknowledged
 * once the commit is made.
 */
class PendingCommitIntegrationTests extends ParleyIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void heartbeatsTypingAndReadAreAnsweredWhileASendWaitsForItsCommit() throws Exception {
        Tenant tenant = newTenant();
        String visitorToken = client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken")
                .asString();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor();
             var agent = ParleySocket.open(Encoding.JSON, port, null);
             var visitor = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            agent.authenticateAgent(tenant.adminToken());
            visitor.authenticateVisitor(visitorToken);
            String conversation = visitor.request(start()).getConversationStarted().getConversation().getId();
            try {
                var holder = threads.submit(() -> transactions.executeWithoutResult(status -> {
                    jdbc.sql("SELECT id FROM conversation WHERE id = :id FOR UPDATE")
                            .param("id", UUID.fromString(conversation)).query().singleRow();
                    locked.countDown();
                    await(release);
                }));
                assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
                visitor.send(send(conversation, "waits", "stored once the row is free").setRequestId("send-1")
                        .build());
                awaitWriterWaitingForTheRow();

                ServerFrame beat = visitor.request(ClientFrame.newBuilder()
                        .setHeartbeat(Heartbeat.newBuilder().setClientTimeMs(5)));
                assertThat(beat.getHeartbeat().getClientTimeMs()).isEqualTo(5);
                visitor.send(ClientFrame.newBuilder().setTyping(Typing.newBuilder().setConversationId(conversation)
                        .setTyping(true)).build());
                assertThat(agent.await(f -> f.hasTyping() && f.getTyping().getConversationId().equals(conversation),
                        WAIT).getTyping().getTyping()).isTrue();
                visitor.send(ClientFrame.newBuilder().setRead(ReadUpTo.newBuilder().setConversationId(conversation)
                        .setSequence(1)).build());
                assertThat(agent.await(f -> f.hasRead() && f.getRead().getConversationId().equals(conversation),
                        WAIT).getRead().getSequence()).isEqualTo(1);
                assertThat(writersWaitingForALock()).as("the send still waits for the row").isPositive();

                release.countDown();
                holder.get(10, TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }
            ServerFrame ack = visitor.await(f -> f.getRequestId().equals("send-1"), WAIT);
            assertThat(ack.getAck().getSequence()).isEqualTo(1);
            assertThat(ack.getAck().getClientMessageId()).isEqualTo("waits");
        }
    }

    private void awaitWriterWaitingForTheRow() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (writersWaitingForALock() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the message writer never waited for the conversation's row");
            }
            Thread.sleep(10);
        }
    }

    private long writersWaitingForALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND query LIKE '%FROM conversation%FOR UPDATE%'")
                .query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
