package io.parley.gateway.adapter.websocket;

import static io.parley.gateway.adapter.websocket.GatewayTestApplication.ANN;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.INBOX;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.VERA;
import static io.parley.gateway.adapter.websocket.GatewayTestApplication.WORKSPACE;
import static io.parley.gateway.protocol.ServerFrame.FrameCase.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.conversation.Actor;
import io.parley.conversation.ClientMessageId;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationView;
import io.parley.conversation.MessageKind;
import io.parley.conversation.PostMessage;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Heartbeat;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.gateway.protocol.Typing;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gateway on a real port with a real JDK WebSocket client, on fakes of the ports it calls. The subclasses share
 * one application context; each test uses connections and conversations of its own.
 *
 * <p>The time limits are ones a test waits out (the auth and idle timeouts) or one no test means to reach (one send);
 * they are long enough for a busy machine that pauses the test for seconds not to reach them by accident.
 */
@SpringBootTest(classes = GatewayTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.gateway.auth-timeout=10s", "parley.gateway.idle-timeout=20s",
                "parley.gateway.heartbeat-interval=1s", "parley.gateway.max-frame-bytes=4096",
                "parley.gateway.send-time-limit=20s", "parley.gateway.send-buffer-limit=64KB",
                "parley.gateway.agent-access.recheck-interval=1s"})
abstract class EndpointTestSupport {

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

    /** The server counts a frame after handing it to the socket: the client may see it first. */
    static void eventually(Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.PATIENCE.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    double gauge(String role) {
        return meters.get("parley.gateway.connections").tag("role", role).gauge().value();
    }

    double frames(String direction, String type) {
        return meters.get("parley.gateway.frames").tag("direction", direction).tag("type", type).counter().count();
    }

    static boolean noFrameOf(TestClient client, ServerFrame.FrameCase type) throws InterruptedException {
        ServerFrame frame;
        while ((frame = client.poll(300)) != null) {
            if (frame.getFrameCase() == type) {
                return false;
            }
        }
        return true;
    }

    void post(ConversationView conversation, String body) {
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
