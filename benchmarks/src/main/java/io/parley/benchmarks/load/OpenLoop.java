package io.parley.benchmarks.load;

import io.netty.channel.EventLoop;
import io.parley.benchmarks.client.Connection;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.SendMessage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends the messages of a {@link Schedule}: message k goes from visitor k mod n at its due time. One pacing thread
 * decides what is due and hands each event loop one batch per tick, so the sockets are only written by their own
 * loop and a slow answer never delays the next send.
 */
public final class OpenLoop {

    private static final long MAX_PARK_NANOS = 200_000;

    private final List<Connection> visitors;
    private final MessageLedger ledger;
    private final int bodyBytes;

    public OpenLoop(List<Connection> visitors, MessageLedger ledger, int bodyBytes) {
        if (visitors.isEmpty()) {
            throw new IllegalArgumentException("no visitor connections to send from");
        }
        if (visitors.stream().anyMatch(visitor -> visitor.conversationId() == null)) {
            throw new IllegalArgumentException("every visitor needs a started conversation");
        }
        this.visitors = List.copyOf(visitors);
        this.ledger = ledger;
        this.bodyBytes = bodyBytes;
    }

    /** Blocks until the last message was handed to its event loop. */
    public void run() {
        Schedule schedule = ledger.schedule();
        int next = 0;
        while (next < schedule.messages()) {
            long now = System.nanoTime();
            int due = schedule.dueBy(now);
            if (due <= next) {
                LockSupport.parkNanos(Math.min(schedule.dueAt(next) - now, MAX_PARK_NANOS));
                continue;
            }
            Map<EventLoop, List<Integer>> batches = new IdentityHashMap<>();
            for (; next < due; next++) {
                Connection visitor = visitors.get(next % visitors.size());
                batches.computeIfAbsent(visitor.eventLoop(), loop -> new ArrayList<>()).add(next);
            }
            batches.forEach((loop, batch) -> loop.execute(() -> send(batch)));
        }
    }

    private void send(List<Integer> batch) {
        Schedule schedule = ledger.schedule();
        for (int index : batch) {
            Connection visitor = visitors.get(index % visitors.size());
            var frame = ClientFrame.newBuilder().setSend(visitor.conversationOf(SendMessage.newBuilder())
                    .setClientMessageId(ledger.clientMessageId(index))
                    .setBody(MessageLedger.body(schedule.dueAt(index), bodyBytes))).build();
            if (visitor.sendIfOpen(frame)) {
                ledger.sent(index, System.nanoTime());
            } else {
                ledger.sendFailed();
            }
        }
    }
}
