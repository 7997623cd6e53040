package io.parley.drills;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A visitor that opens one conversation and sends {@code rate} messages a second while {@link #sending} is on. Each
 * message has its own client message id from its first attempt on; one not acknowledged is sent again with the same
 * id after a retryable error, after a reconnect, or when its answer is overdue, as docs/protocol.md asks.
 */
final class Visitor extends DrillClient {

    private static final Set<String> RETRYABLE_CODES = Set.of("rate.limited", "message.server-busy",
            "message.not-stored", "server.error");

    private final int rate;
    private final String body;
    private final int copies;
    private volatile String conversationId;
    private final CompletableFuture<String> started = new CompletableFuture<>();
    /** Client message id → sequence of its ack. */
    final Map<String, Long> acked = new ConcurrentHashMap<>();
    /** Sent, not yet acknowledged: client message id → time of the last attempt (ms). */
    private final Map<String, Long> pending = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, String> requestToMessage = new ConcurrentHashMap<>();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong duplicateAcks = new AtomicLong();
    final AtomicLong conflictingAcks = new AtomicLong();
    final AtomicLong retryableErrors = new AtomicLong();
    /** When each message was acknowledged for the first time (ms). */
    final Map<String, Long> ackedAt = new ConcurrentHashMap<>();
    volatile boolean sending;
    private long nextSend;
    private long counter;

    Visitor(String name, Supplier<ParleyProcess> node, String token, int rate, int bodyChars, int copies) {
        super(name, node, token, false, 0);
        this.rate = rate;
        this.body = ("drill " + name + " ").repeat(bodyChars / 4 + 1).substring(0, bodyChars);
        this.copies = copies;
    }

    String conversationId() {
        return conversationId;
    }

    String awaitConversation() {
        try {
            return started.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + " could not start a conversation: " + errors, e);
        }
    }

    @Override
    void onAuthenticated(Session s) {
        if (conversationId == null) {
            send(s, "{\"requestId\":\"start\",\"startConversation\":{}}");
            return;
        }
        resume(s, conversationId);
        synchronized (pending) {
            pending.keySet().forEach(id -> attempt(s, id));
        }
    }

    @Override
    void onFrame(Session s, String requestId, JsonNode frame) {
        if (frame.has("conversationStarted")) {
            conversationId = frame.path("conversationStarted").path("conversation").path("id").asString();
            started.complete(conversationId);
        } else if (frame.has("ack")) {
            JsonNode ack = frame.path("ack");
            String clientId = ack.path("clientMessageId").asString();
            long sequence = ack.path("sequence").asLong();
            Long earlier = acked.putIfAbsent(clientId, sequence);
            if (earlier == null) {
                ackedAt.put(clientId, System.currentTimeMillis());
            } else if (earlier != sequence) {
                conflictingAcks.incrementAndGet();
                errors.add(clientId + " acknowledged as " + earlier + " and " + sequence);
            }
            if (ack.path("duplicate").asBoolean(false)) {
                duplicateAcks.incrementAndGet();
            }
            pending.remove(clientId);
            requestToMessage.remove(requestId);
        }
    }

    @Override
    void onError(Session s, String requestId, String code, JsonNode error) {
        String clientId = requestToMessage.remove(requestId);
        if (clientId != null && (RETRYABLE_CODES.contains(code) || error.path("retryable").asBoolean(false)
                || code.startsWith("store."))) {
            retryableErrors.incrementAndGet();
            pending.computeIfPresent(clientId, (id, at) -> System.currentTimeMillis() - 9_000);
            return;
        }
        super.onError(s, requestId, code, error);
    }

    @Override
    void tick(Session s) {
        long now = System.currentTimeMillis();
        if (sending && conversationId != null && now >= nextSend) {
            String clientId = name + "-" + (++counter);
            pending.put(clientId, now);
            sent.incrementAndGet();
            for (int copy = 0; copy < copies; copy++) {
                attempt(s, clientId);
            }
            nextSend = now + 1000 / rate;
        }
        // an answer overdue (10 s): send again with the same id; pending a retryable error: after a second
        String overdue = null;
        synchronized (pending) {
            for (var entry : pending.entrySet()) {
                if (now - entry.getValue() >= 10_000) {
                    overdue = entry.getKey();
                    break;
                }
            }
        }
        if (overdue != null) {
            attempt(s, overdue);
        }
    }

    private void attempt(Session s, String clientId) {
        String requestId = nextRequestId("send");
        requestToMessage.put(requestId, clientId);
        pending.computeIfPresent(clientId, (id, at) -> System.currentTimeMillis());
        attempts.incrementAndGet();
        send(s, "{\"requestId\":\"" + requestId + "\",\"send\":{\"conversationId\":\"" + conversationId
                + "\",\"clientMessageId\":\"" + clientId + "\",\"body\":\"" + body + "\"}}");
    }

    int pendingCount() {
        return pending.size();
    }

    boolean catchUp(long timeoutMs) {
        return catchUp(Set.of(conversationId), timeoutMs);
    }
}
