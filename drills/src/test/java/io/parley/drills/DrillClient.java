package io.parley.drills;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * A client of the protocol as docs/protocol.md tells one to behave: it keeps each conversation's messages by sequence,
 * reconnects (to whichever node {@code node} names now) when its connection drops, resumes every conversation from the
 * highest sequence it holds without a gap, and sends a heartbeat every few seconds. It counts what the protocol
 * promises not to happen: a live message out of order or skipped on one connection.
 */
abstract class DrillClient implements AutoCloseable {

    final String name;
    private final Supplier<ParleyProcess> node;
    private final String token;
    private final boolean agent;
    /** Conversation → sequences this client holds. */
    final Map<String, NavigableSet<Long>> held = new ConcurrentHashMap<>();
    final AtomicLong liveFrames = new AtomicLong();
    final AtomicLong replayFrames = new AtomicLong();
    final AtomicLong reordered = new AtomicLong();
    final AtomicLong reconnects = new AtomicLong();
    final CopyOnWriteArrayList<Integer> closeCodes = new CopyOnWriteArrayList<>();
    final CopyOnWriteArrayList<String> errors = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Long>> resumes = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Session session;
    private volatile boolean running = true;
    volatile boolean readingPaused;
    /** Until then (ms) the client stays away: no reconnect. */
    volatile long offlineUntil;
    /**
     * The receive buffer of the first connection only; later ones keep the system's default. A small buffer makes a
     * client that stops reading fill the server's side quickly; kept on the connection it resumes on, it would only
     * measure how slowly the kernel moves data through a window smaller than a loopback segment (probes a few
     * hundred bytes at a time), not how Parley serves a client that reads again.
     */
    private final int receiveBuffer;
    private final AtomicLong connections = new AtomicLong();
    private final Thread supervisor;

    /** One connection: its socket and what it delivered per conversation (for the ordering checks). */
    final class Session {
        final WsConnection connection;
        final Map<String, Long> last = new ConcurrentHashMap<>();
        final CompletableFuture<JsonNode> authenticated = new CompletableFuture<>();
        volatile boolean open = true;

        Session(WsConnection connection) {
            this.connection = connection;
        }
    }

    DrillClient(String name, Supplier<ParleyProcess> node, String token, boolean agent, int receiveBuffer) {
        this.name = name;
        this.node = node;
        this.token = token;
        this.agent = agent;
        this.receiveBuffer = receiveBuffer;
        this.supervisor = Thread.ofVirtual().name("drill-" + name).unstarted(this::supervise);
    }

    void start() {
        supervisor.start();
    }

    private void supervise() {
        long nextHeartbeat = 0;
        while (running) {
            Session current = session;
            if (current == null || !current.open) {
                if (System.currentTimeMillis() < offlineUntil) {
                    pause(50);
                } else {
                    connect();
                }
                continue;
            }
            long now = System.currentTimeMillis();
            if (now >= nextHeartbeat) {
                send(current, "{\"requestId\":\"hb-" + requests.incrementAndGet() + "\",\"heartbeat\":{}}");
                nextHeartbeat = now + 5_000;
            }
            tick(current);
            pause(20);
        }
    }

    private void connect() {
        ParleyProcess target = node.get();
        try {
            var connection = WsConnection.open(target.port(),
                    connections.getAndIncrement() == 0 ? receiveBuffer : 0);
            var fresh = new Session(connection);
            Thread.ofVirtual().name("drill-read-" + name).start(() -> read(fresh));
            send(fresh, "{\"requestId\":\"auth\",\"authenticate\":{\"" + (agent ? "agentToken" : "visitorToken")
                    + "\":\"" + token + "\"}}");
            fresh.authenticated.get(10, TimeUnit.SECONDS);
            session = fresh;
            onAuthenticated(fresh);
        } catch (Exception e) {
            if (session != null) {
                session.open = false;
            }
            session = null;
            pause(250);
        }
    }

    private void read(Session s) {
        try {
            while (s.open) {
                while (readingPaused && running) {
                    pause(20);
                }
                WsConnection.Frame frame = s.connection.read();
                if (frame.text() == null) {
                    closeCodes.add(frame.closeCode());
                    break;
                }
                dispatch(s, Rest.JSON.readTree(frame.text()));
            }
        } catch (IOException | RuntimeException e) {
            // the connection dropped: the supervisor reconnects
        } finally {
            if (s.open) {
                s.open = false;
                if (running) {
                    reconnects.incrementAndGet();
                }
            }
            s.connection.close();
        }
    }

    private void dispatch(Session s, JsonNode frame) {
        String requestId = frame.path("requestId").asString("");
        if (frame.has("authenticated")) {
            s.authenticated.complete(frame);
        } else if (frame.has("message")) {
            JsonNode message = frame.path("message").path("message");
            onMessage(s, message, frame.path("message").path("replay").asBoolean(false));
        } else if (frame.has("resumeComplete")) {
            JsonNode done = frame.path("resumeComplete");
            String conversation = done.path("conversationId").asString();
            long last = done.path("lastSequence").asLong(0);
            s.last.merge(conversation, last, Math::max);
            var waiter = resumes.remove(conversation);
            if (waiter != null) {
                waiter.complete(last);
            }
        } else if (frame.has("error")) {
            JsonNode error = frame.path("error");
            if (error.path("fatal").asBoolean(false) && !s.authenticated.isDone()) {
                s.authenticated.completeExceptionally(new IllegalStateException(error.toString()));
            }
            onError(s, requestId, error.path("code").asString(""), error);
        } else {
            onFrame(s, requestId, frame);
        }
    }

    private void onMessage(Session s, JsonNode message, boolean replay) {
        String conversation = message.path("conversationId").asString();
        long sequence = message.path("sequence").asLong();
        held.computeIfAbsent(conversation, c -> new ConcurrentSkipListSet<>()).add(sequence);
        if (replay) {
            replayFrames.incrementAndGet();
        } else {
            liveFrames.incrementAndGet();
            Long last = s.last.get(conversation);
            if (last != null && sequence != last + 1) {
                reordered.incrementAndGet();
                errors.add("live sequence " + sequence + " after " + last + " in " + conversation);
            }
        }
        s.last.merge(conversation, sequence, Math::max);
        onMessage(message, replay);
    }

    /** Resumes each conversation from the highest sequence held without a gap below it. */
    void resumeAll(Session s, Set<String> conversations) {
        for (String conversation : conversations) {
            resume(s, conversation);
        }
    }

    CompletableFuture<Long> resume(Session s, String conversation) {
        var waiter = new CompletableFuture<Long>();
        resumes.put(conversation, waiter);
        send(s, "{\"requestId\":\"resume-" + requests.incrementAndGet() + "\",\"resume\":{\"conversationId\":\""
                + conversation + "\",\"afterSequence\":\"" + contiguous(conversation) + "\"}}");
        return waiter;
    }

    long contiguous(String conversation) {
        var sequences = held.get(conversation);
        long highest = 0;
        if (sequences != null) {
            for (long sequence : sequences) {
                if (sequence != highest + 1) {
                    break;
                }
                highest = sequence;
            }
        }
        return highest;
    }

    /** Resumes the conversations on the current connection and waits until each replay is complete. */
    boolean catchUp(Set<String> conversations, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            Session s = session;
            if (s == null || !s.open) {
                pause(50);
                continue;
            }
            try {
                for (String conversation : conversations) {
                    resume(s, conversation).get(Math.max(1, deadline - System.currentTimeMillis()),
                            TimeUnit.MILLISECONDS);
                }
                return true;
            } catch (Exception e) {
                pause(100);
            }
        }
        return false;
    }

    boolean send(Session s, String text) {
        try {
            s.connection.send(text);
            return true;
        } catch (IOException e) {
            if (s.open) {
                s.open = false;
                if (running) {
                    reconnects.incrementAndGet();
                }
            }
            s.connection.close();
            return false;
        }
    }

    String nextRequestId(String prefix) {
        return prefix + "-" + requests.incrementAndGet();
    }

    Session session() {
        return session;
    }

    /** What a failed check reports about this client. */
    String diagnosis() {
        var recent = new ArrayList<>(errors);
        return "connected " + connected() + ", reconnects " + reconnects.get() + ", live frames " + liveFrames.get()
                + ", replayed frames " + replayFrames.get() + ", resumes unanswered " + resumes.keySet()
                + ", close codes " + closeCodes + ", last errors "
                + recent.subList(Math.max(0, recent.size() - 5), recent.size());
    }

    boolean connected() {
        Session s = session;
        return s != null && s.open;
    }

    /** Drops the connection without a close frame, as a lost network would (the client reconnects). */
    void dropConnection() {
        dropFor(0);
    }

    /** Drops the connection and stays away for that long, as a laptop closed or a train in a tunnel would. */
    void dropFor(long millis) {
        offlineUntil = System.currentTimeMillis() + millis;
        Session s = session;
        if (s != null) {
            s.open = false;
            s.connection.close();
        }
    }

    abstract void onAuthenticated(Session s);

    void tick(Session s) {}

    void onMessage(JsonNode message, boolean replay) {}

    void onError(Session s, String requestId, String code, JsonNode error) {
        errors.add(code + ": " + error.path("message").asString(""));
    }

    void onFrame(Session s, String requestId, JsonNode frame) {}

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        readingPaused = false;
        Session s = session;
        if (s != null) {
            s.open = false;
            s.connection.close();
        }
    }
}
