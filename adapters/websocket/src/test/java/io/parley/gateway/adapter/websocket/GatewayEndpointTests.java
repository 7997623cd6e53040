package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.ANN;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.INBOX;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OLGA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.OTHER;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ACK;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.CONVERSATION_STARTED;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.CONVERSATION_UPDATED;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.HEARTBEAT;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.MESSAGE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.PRESENCE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.RESUME_COMPLETE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.TYPING;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.conversation.Actor;
import io.parley.conversation.Author;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Heartbeat;
import io.parley.gateway.protocol.PresenceStatus;
import io.parley.gateway.protocol.Resume;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.SetPresence;
import io.parley.gateway.protocol.StartConversation;
import io.parley.gateway.protocol.Typing;
import io.parley.shared.ConversationId;
import io.parley.shared.VisitorId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = GatewayTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.gateway.auth-timeout=1s", "parley.gateway.idle-timeout=4s",
                "parley.gateway.heartbeat-interval=1s", "parley.gateway.max-frame-bytes=4096",
                "parley.gateway.send-time-limit=2s", "parley.gateway.send-buffer-limit=64KB"})
class GatewayEndpointTests {

    @LocalServerPort
    int port;

    @Autowired
    FakeConversations conversations;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ConnectionRegistry registry;

    @Autowired
    ConversationMessaging messaging;

    @Test
    void refusesAHandshakeThatOffersNoParleySubprotocol() throws Exception {
        try (var raw = new RawWebSocket(port, 65536, "Sec-WebSocket-Protocol: chat, superchat")) {
            assertThat(raw.response).startsWith("HTTP/1.1 400");
        }
        try (var raw = new RawWebSocket(port, 65536)) {
            assertThat(raw.response).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void speaksJsonOrProtobufAsTheClientChooses() {
        for (String subprotocol : List.of("parley.v1.json", "parley.v1.proto")) {
            try (var client = TestClient.visitor(port, "vera-token", subprotocol)) {
                assertThat(client.subprotocol()).isEqualTo(subprotocol);
                client.send(heartbeat("hb-1", 42));
                var ack = client.next(HEARTBEAT);
                assertThat(ack.getRequestId()).isEqualTo("hb-1");
                assertThat(ack.getHeartbeat().getClientTimeMs()).isEqualTo(42);
                assertThat(ack.getHeartbeat().getServerTimeMs()).isPositive();
            }
        }
    }

    @Test
    void neverAgreesToPermessageDeflate() throws Exception {
        try (var raw = new RawWebSocket(port, 65536, "Sec-WebSocket-Protocol: parley.v1.json",
                "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits")) {
            assertThat(raw.response).startsWith("HTTP/1.1 101");
            assertThat(raw.response.toLowerCase()).contains("sec-websocket-protocol: parley.v1.json")
                    .doesNotContain("sec-websocket-extensions").doesNotContain("deflate");
        }
    }

    @Test
    void tellsWhoIsConnectedAndTheLimitsThatApply() {
        try (var client = TestClient.connect(port, "parley.v1.proto", null)) {
            client.send(ClientFrame.newBuilder().setRequestId("a-1")
                    .setAuthenticate(Authenticate.newBuilder().setAgentToken("ann-token")).build());
            var frame = client.next();
            assertThat(frame.getRequestId()).isEqualTo("a-1");
            var authenticated = frame.getAuthenticated();
            assertThat(authenticated.getRole()).isEqualTo(io.parley.gateway.protocol.Role.ROLE_AGENT);
            assertThat(authenticated.getParticipantId()).isEqualTo(ANN.toString());
            assertThat(authenticated.getWorkspaceId()).isEqualTo(WORKSPACE.toString());
            assertThat(authenticated.getMaxFrameBytes()).isEqualTo(4096);
            assertThat(authenticated.getHeartbeatIntervalMs()).isEqualTo(1000);
            assertThat(authenticated.getMaxMessagesPerSecond()).isEqualTo(20);
        }
    }

    @Test
    void closesAConnectionThatDoesNotAuthenticateInTime() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            assertError(client.next(), "auth.timeout", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void closesAConnectionWhoseFirstFrameIsNotAuthenticate() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            client.send(heartbeat("h", 1));
            var error = client.next();
            assertError(error, "auth.required", true);
            assertThat(error.getRequestId()).isEqualTo("h");
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void closesAConnectionWithAnUnknownToken() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setVisitorToken("forged"))
                    .build());
            assertError(client.next(), "auth.invalid-token", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void refusesVisitorsOnPagesTheWorkspaceDoesNotAllow() {
        try (var client = TestClient.connect(port, "parley.v1.json", "https://evil.example.net")) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setVisitorToken("vera-token"))
                    .build());
            assertError(client.next(), "auth.origin-refused", true);
            assertThat(client.awaitClose()).isEqualTo(1008);
        }
    }

    @Test
    void admitsAgentsOnTheServersOwnPagesButNotOnForeignOnes() {
        try (var client = TestClient.connect(port, "parley.v1.json", "http://localhost:" + port)) {
            client.authenticate(Authenticate.newBuilder().setAgentToken("ann-token").build());
        }
        try (var client = TestClient.connect(port, "parley.v1.json", "http://localhost:1")) {
            client.send(ClientFrame.newBuilder().setAuthenticate(Authenticate.newBuilder().setAgentToken("ann-token"))
                    .build());
            assertError(client.next(), "auth.origin-refused", true);
        }
    }

    @Test
    void closesWith1009OnAFrameOverTheLimit() {
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("x".repeat(5000));
            assertError(client.next(), "frame.too-large", true);
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("你".repeat(2000));  // 2,000 characters, 6,000 bytes
            assertError(client.next(), "frame.too-large", true);
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void answersMalformedFramesAndCarriesOn() {
        try (var client = TestClient.agent(port, "ann-token")) {
            client.sendRaw("not json");
            assertError(client.next(), "frame.malformed", false);
            client.sendRaw(new byte[] {1, 2, 3});
            assertError(client.next(), "frame.malformed", false);
            client.sendRaw("{\"requestId\":\"empty\"}");
            assertError(client.next(), "frame.malformed", false);
            client.send(heartbeat("still-here", 1));
            assertThat(client.next().getRequestId()).isEqualTo("still-here");
        }
    }

    @Test
    void dropsFramesBeyondTheRateButKeepsTheConnection() throws Exception {
        try (var client = TestClient.agent(port, "ann-token")) {
            for (int i = 0; i < 60; i++) {
                client.send(heartbeat("h" + i, i));
            }
            int acks = 0;
            int limited = 0;
            for (int i = 0; i < 60; i++) {
                var frame = client.next();
                if (frame.hasError()) {
                    assertError(frame, "rate.limited", false);
                    limited++;
                } else {
                    acks++;
                }
            }
            assertThat(acks).isBetween(39, 45);  // the burst of 40 (the authenticate frame took one) and a refill
            assertThat(limited).isEqualTo(60 - acks);
            Thread.sleep(200);
            client.send(heartbeat("later", 1));
            assertThat(client.next().getRequestId()).isEqualTo("later");
        }
    }

    @Test
    void acknowledgesCommittedMessagesAndDeliversThemToTheVisitorAndTheAgents() {
        try (var ann = TestClient.agent(port, "ann-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json");
             var veraPhone = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            vera.send(ClientFrame.newBuilder().setRequestId("start").setStartConversation(
                    StartConversation.getDefaultInstance()).build());
            var started = vera.next(CONVERSATION_STARTED);
            assertThat(started.getRequestId()).isEqualTo("start");
            String conversation = started.getConversationStarted().getConversation().getId();
            assertThat(ann.next(CONVERSATION_UPDATED).getConversationUpdated().getConversation().getId())
                    .isEqualTo(conversation);

            vera.send(send("s-1", conversation, "m-1", "hello"));
            var ack = vera.next(ACK);
            assertThat(ack.getRequestId()).isEqualTo("s-1");
            assertThat(ack.getAck().getSequence()).isEqualTo(1);
            assertThat(ack.getAck().getDuplicate()).isFalse();
            for (var client : List.of(ann, veraPhone)) {
                var delivered = client.next(MESSAGE).getMessage();
                assertThat(delivered.getReplay()).isFalse();
                assertThat(delivered.getMessage().getBody()).isEqualTo("hello");
                assertThat(delivered.getMessage().getSequence()).isEqualTo(1);
                assertThat(delivered.getMessage().getAuthorId()).isEqualTo(VERA.toString());
            }

            vera.send(send("s-2", conversation, "m-1", "hello"));
            var again = vera.next(ACK).getAck();
            assertThat(again.getDuplicate()).isTrue();
            assertThat(again.getMessageId()).isEqualTo(ack.getAck().getMessageId());
        }
    }

    @Test
    void answersADomainRefusalWithItsCodeAndKeepsTheConnection() {
        try (var walt = TestClient.visitor(port, "walt-token", "parley.v1.json")) {
            ConversationView veras = conversations.start(vera());
            walt.send(send("s", veras.id().toString(), "m-1", "hi"));
            var error = walt.next(ERROR);
            assertThat(error.getRequestId()).isEqualTo("s");
            assertError(error, "conversation.not-found", false);
            walt.send(send("bad-id", "not-a-uuid", "m-1", "hi"));
            assertError(walt.next(ERROR), "request.invalid-id", false);
        }
    }

    @Test
    void neverShowsInternalNotesToVisitors() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            var note = send("n", conversation.id().toString(), "note-1", "the customer seems upset");
            ann.send(note.toBuilder().setSend(note.getSend().toBuilder()
                    .setKind(io.parley.gateway.protocol.MessageKind.MESSAGE_KIND_NOTE)).build());
            assertThat(bob.next(MESSAGE).getMessage().getMessage().getKind())
                    .isEqualTo(io.parley.gateway.protocol.MessageKind.MESSAGE_KIND_NOTE);
            ann.send(send("t", conversation.id().toString(), "text-1", "how can I help?"));
            var first = vera.next(MESSAGE).getMessage().getMessage();
            assertThat(first.getBody()).isEqualTo("how can I help?");
            assertThat(first.getSequence()).isEqualTo(2);
        }
    }

    @Test
    void resumeReplaysWhatWasMissedThenLiveDeliveryContinues() {
        ConversationView conversation = conversations.start(vera());
        for (int i = 1; i <= 3; i++) {
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "missed " + i);
        }
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            vera.send(ClientFrame.newBuilder().setRequestId("r").setResume(Resume.newBuilder()
                    .setConversationId(conversation.id().toString()).setAfterSequence(1)).build());
            List<Long> replayed = new ArrayList<>();
            ServerFrame frame;
            while ((frame = vera.next()).getFrameCase() == MESSAGE) {
                assertThat(frame.getMessage().getReplay()).isTrue();
                replayed.add(frame.getMessage().getMessage().getSequence());
            }
            assertThat(replayed).containsExactly(2L, 3L);
            assertThat(frame.getFrameCase()).isEqualTo(RESUME_COMPLETE);
            assertThat(frame.getRequestId()).isEqualTo("r");
            assertThat(frame.getResumeComplete().getLastSequence()).isEqualTo(3);

            post(conversation, "live 4");
            var live = vera.next(MESSAGE).getMessage();
            assertThat(live.getReplay()).isFalse();
            assertThat(live.getMessage().getSequence()).isEqualTo(4);
        }
    }

    @Test
    void resumeDuringLiveTrafficLeavesNoGapNorDuplicate() throws Exception {
        ConversationView conversation = conversations.start(vera());
        for (int i = 1; i <= 1500; i++) {
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "old " + i);
        }
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.proto")) {
            var live = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 300; i++) {
                    post(conversation, "during " + i);
                    if (i % 20 == 0) {
                        Thread.yield();
                    }
                }
            });
            vera.send(ClientFrame.newBuilder().setRequestId("r").setResume(Resume.newBuilder()
                    .setConversationId(conversation.id().toString())).build());
            List<Long> beforeReplay = new ArrayList<>();
            List<Long> replayed = new ArrayList<>();
            ServerFrame frame;
            while ((frame = vera.next()).getFrameCase() != RESUME_COMPLETE) {
                var delivered = frame.getMessage();
                (delivered.getReplay() ? replayed : beforeReplay).add(delivered.getMessage().getSequence());
                assertThat(delivered.getReplay() || replayed.isEmpty()).as("no live message inside the replay")
                        .isTrue();
            }
            long last = frame.getResumeComplete().getLastSequence();
            assertThat(replayed).as("the replay is every message from the start")
                    .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            live.join();
            for (int i = 0; i < 100; i++) {
                post(conversation, "after " + i);
            }
            List<Long> after = new ArrayList<>();
            while (last + after.size() < 1900) {
                after.add(vera.next(MESSAGE).getMessage().getMessage().getSequence());
            }
            assertThat(after).as("live delivery continues right after the replay")
                    .isEqualTo(LongStream.rangeClosed(last + 1, 1900).boxed().toList());
            assertThat(beforeReplay).as("live messages that came before the resume was handled are in order")
                    .isSorted();
            assertThat(vera.poll(300)).as("nothing more").isNull();
        }
    }

    @Test
    void findsTheWorkspaceOfAMessageFromTheAgentsOnline() {
        ConversationView conversation = conversations.start(vera());
        var fresh = new ConversationWorkspaces(registry, messaging);
        try (var ann = TestClient.agent(port, "ann-token")) {
            assertThat(fresh.of(VisitorId.random(), conversation.id())).contains(WORKSPACE);
            assertThat(fresh.of(VisitorId.random(), ConversationId.random())).isEmpty();
        }
    }

    @Test
    void fillsAGapLeftByAMessageThatWasNotPushedHere() {
        ConversationView conversation = conversations.start(vera());
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            post(conversation, "one");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getSequence()).isEqualTo(1);
            conversations.storeQuietly(conversation.id(), Author.BOT, MessageKind.TEXT, "two, via another node");
            post(conversation, "three");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getBody())
                    .isEqualTo("two, via another node");
            assertThat(vera.next(MESSAGE).getMessage().getMessage().getSequence()).isEqualTo(3);
        }
    }

    @Test
    void relaysTypingToTheOtherSideOnly() throws Exception {
        ConversationView conversation = conversations.start(vera());
        try (var ann = TestClient.agent(port, "ann-token");
             var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json");
             var walt = TestClient.visitor(port, "walt-token", "parley.v1.json")) {
            vera.send(typing(conversation));
            for (var agent : List.of(ann, bob)) {
                var notice = agent.next(TYPING).getTyping();
                assertThat(notice.getAuthorId()).isEqualTo(VERA.toString());
                assertThat(notice.getTyping()).isTrue();
            }
            ann.send(typing(conversation));
            assertThat(vera.next(TYPING).getTyping().getAuthorId()).isEqualTo(ANN.toString());
            assertThat(bob.next(TYPING).getTyping().getAuthorId()).isEqualTo(ANN.toString());
            assertThat(noFrameOf(ann, TYPING)).as("Ann does not hear herself").isTrue();
            walt.send(typing(conversation));
            assertError(walt.next(ERROR), "conversation.not-found", false);
        }
    }

    @Test
    void announcesAgentsPresenceIncludingGoingOffline() {
        try (var bob = TestClient.agent(port, "bob-token");
             var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            var ann = TestClient.agent(port, "ann-token");
            ann.send(ClientFrame.newBuilder().setSetPresence(SetPresence.newBuilder()
                    .setStatus(PresenceStatus.PRESENCE_STATUS_AWAY)).build());
            var away = bob.next(PRESENCE).getPresence();
            assertThat(away.getAgentId()).isEqualTo(ANN.toString());
            assertThat(away.getStatus()).isEqualTo(PresenceStatus.PRESENCE_STATUS_AWAY);
            ann.close();
            var offline = bob.next(PRESENCE).getPresence();
            assertThat(offline.getStatus()).isEqualTo(PresenceStatus.PRESENCE_STATUS_OFFLINE);
            vera.send(ClientFrame.newBuilder().setRequestId("p").setSetPresence(SetPresence.newBuilder()
                    .setStatus(PresenceStatus.PRESENCE_STATUS_ONLINE)).build());
            assertError(vera.next(ERROR), "frame.not-allowed", false);
        }
    }

    @Test
    void closesConnectionsThatFallSilent() {
        try (var client = TestClient.agent(port, "ann-token")) {
            long start = System.nanoTime();
            assertError(client.next(ERROR), "connection.idle", true);
            assertThat(client.awaitClose()).isEqualTo(4408);
            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThan(3500);
        }
    }

    @Test
    void countsConnectionsAndFrames() {
        double framesBefore = frames("in", "heartbeat");
        try (var vera = TestClient.visitor(port, "vera-token", "parley.v1.json")) {
            assertThat(gauge("visitor")).isGreaterThanOrEqualTo(1);
            vera.send(heartbeat("h", 1));
            vera.next(HEARTBEAT);
            assertThat(frames("in", "heartbeat")).isEqualTo(framesBefore + 1);
            assertThat(frames("out", "authenticated")).isPositive();
        }
    }

    @Test
    void countsConnectionsByRoleFromTheHandshakeOn() {
        try (var client = TestClient.connect(port, "parley.v1.json", null)) {
            assertThat(gauge("unauthenticated")).isGreaterThanOrEqualTo(1);
            client.authenticate(Authenticate.newBuilder().setAgentToken("ann-token").build());
            assertThat(gauge("agent")).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void closesAClientThatStopsReadingWithoutHoldingUpTheOthers() throws Exception {
        var olga = new Actor.Visitor(OTHER, INBOX, OLGA);
        ConversationView conversation = conversations.start(olga);
        try (var stalled = new RawWebSocket(port, 4096, "Sec-WebSocket-Protocol: parley.v1.json");
             var carl = TestClient.agent(port, "carl-token")) {
            stalled.sendText("{\"authenticate\":{\"agentToken\":\"carl-token\"}}");
            awaitAgentsOfOther(2);
            // the stalled client keeps writing (so it is not idle), it only never reads
            var heartbeats = Thread.ofVirtual().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        stalled.sendText("{\"heartbeat\":{}}");
                        Thread.sleep(300);
                    }
                } catch (Exception closed) {
                    // the server hung up
                }
            });
            String body = "x".repeat(4000);
            long start = System.nanoTime();
            for (int i = 0; i < 3000; i++) {
                conversations.post(new PostMessage(olga, conversation.id(), new ClientMessageId("slow-" + i),
                        MessageKind.TEXT, body));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("posting never waits for a socket")
                    .isLessThan(Duration.ofSeconds(5));
            for (int i = 1; i <= 3000; i++) {
                if (i % 200 == 0) {
                    carl.send(heartbeat("still-reading", i));
                }
                assertThat(carl.next(MESSAGE).getMessage().getMessage().getSequence()).as("message %d", i)
                        .isEqualTo(i);
            }
            awaitAgentsOfOther(1);
            heartbeats.interrupt();
        }
    }

    private void awaitAgentsOfOther(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (registry.agentsOf(OTHER).size() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(registry.agentsOf(OTHER)).hasSize(expected);
    }

    private double gauge(String role) {
        return meters.get("parley.gateway.connections").tag("role", role).gauge().value();
    }

    @Test
    void aHandshakeWithoutSubprotocolFailsForTheJdkClientToo() {
        var attempt = TestClient.HTTP.newWebSocketBuilder()
                .buildAsync(java.net.URI.create("ws://localhost:" + port + "/ws"), new java.net.http.WebSocket.Listener() {});
        assertThat(attempt).failsWithin(Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingRootCause().withMessageContaining("400");
    }

    private double frames(String direction, String type) {
        return meters.get("parley.gateway.frames").tag("direction", direction).tag("type", type).counter().count();
    }

    private static boolean noFrameOf(TestClient client, ServerFrame.FrameCase type) throws InterruptedException {
        ServerFrame frame;
        while ((frame = client.poll(300)) != null) {
            if (frame.getFrameCase() == type) {
                return false;
            }
        }
        return true;
    }

    private void post(ConversationView conversation, String body) {
        conversations.post(new PostMessage(new Actor.Agent(WORKSPACE, ANN, io.parley.agent.Role.AGENT),
                conversation.id(), new ClientMessageId("c-" + UUID.randomUUID()), MessageKind.TEXT, body));
    }

    static Actor.Visitor vera() {
        return new Actor.Visitor(WORKSPACE, INBOX, VERA);
    }

    static ClientFrame heartbeat(String requestId, long clientTime) {
        return ClientFrame.newBuilder().setRequestId(requestId)
                .setHeartbeat(Heartbeat.newBuilder().setClientTimeMs(clientTime)).build();
    }

    static ClientFrame send(String requestId, String conversation, String clientMessageId, String body) {
        return ClientFrame.newBuilder().setRequestId(requestId).setSend(SendMessage.newBuilder()
                .setConversationId(conversation).setClientMessageId(clientMessageId).setBody(body)).build();
    }

    static ClientFrame typing(ConversationView conversation) {
        return ClientFrame.newBuilder().setTyping(Typing.newBuilder().setConversationId(conversation.id().toString())
                .setTyping(true)).build();
    }

    static void assertError(ServerFrame frame, String code, boolean fatal) {
        assertThat(frame.getFrameCase()).as("an error frame, got %s", frame).isEqualTo(ERROR);
        assertThat(frame.getError().getCode()).isEqualTo(code);
        assertThat(frame.getError().getFatal()).isEqualTo(fatal);
        assertThat(frame.getError().getMessage()).isNotBlank();
    }
}
