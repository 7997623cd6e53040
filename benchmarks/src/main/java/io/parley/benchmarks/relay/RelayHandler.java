package io.parley.benchmarks.relay;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import io.netty.util.AttributeKey;
import io.parley.benchmarks.client.Encoding;
import io.parley.gateway.protocol.Ack;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.Authenticated;
import io.parley.gateway.protocol.AuthorKind;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.Conversation;
import io.parley.gateway.protocol.ConversationStarted;
import io.parley.gateway.protocol.ConversationStatus;
import io.parley.gateway.protocol.Error;
import io.parley.gateway.protocol.HeartbeatAck;
import io.parley.gateway.protocol.Message;
import io.parley.gateway.protocol.MessageDelivered;
import io.parley.gateway.protocol.Role;
import io.parley.gateway.protocol.SendMessage;
import io.parley.gateway.protocol.ServerFrame;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** One relay connection: authenticates anyone, acknowledges sends and forwards them to every agent. */
final class RelayHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    static final AttributeKey<Encoding> ENCODING = AttributeKey.valueOf("parley.encoding");
    private static final int HEARTBEAT_INTERVAL_MS = 30_000;

    private final ChannelGroup agents;
    private final AtomicLong ids;
    private @Nullable Encoding encoding;
    private @Nullable Role role;
    private String participant = "";
    private long sequence;

    RelayHandler(ChannelGroup agents, AtomicLong ids) {
        this.agents = agents;
        this.ids = ids;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof HandshakeComplete handshake) {
            encoding = Encoding.bySubprotocol(handshake.selectedSubprotocol());
            if (encoding == null) {
                ctx.close();
                return;
            }
            ctx.channel().attr(ENCODING).set(encoding);
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (encoding == null) {
            return;
        }
        ClientFrame request;
        try {
            request = encoding.decode(frame, ClientFrame.newBuilder()).build();
        } catch (InvalidProtocolBufferException e) {
            reply(ctx, "", ServerFrame.newBuilder().setError(Error.newBuilder().setCode("frame.malformed")
                    .setMessage("the frame could not be decoded")));
            return;
        }
        if (role == null && !request.hasAuthenticate()) {
            reply(ctx, request.getRequestId(), ServerFrame.newBuilder().setError(Error.newBuilder()
                    .setCode("auth.required").setMessage("authenticate first").setFatal(true)));
            ctx.close();
            return;
        }
        switch (request.getFrameCase()) {
            case AUTHENTICATE -> authenticate(ctx, request.getRequestId(), request.getAuthenticate());
            case START_CONVERSATION -> reply(ctx, request.getRequestId(), ServerFrame.newBuilder()
                    .setConversationStarted(ConversationStarted.newBuilder().setConversation(Conversation.newBuilder()
                            .setId("c-" + ids.incrementAndGet()).setVisitorId(participant)
                            .setStatus(ConversationStatus.CONVERSATION_STATUS_WAITING)
                            .setCreatedAtMs(System.currentTimeMillis()))));
            case SEND -> relay(ctx, request.getRequestId(), request.getSend());
            case HEARTBEAT -> reply(ctx, request.getRequestId(), ServerFrame.newBuilder().setHeartbeat(HeartbeatAck
                    .newBuilder().setClientTimeMs(request.getHeartbeat().getClientTimeMs())
                    .setServerTimeMs(System.currentTimeMillis())));
            default -> { }
        }
    }

    private void authenticate(ChannelHandlerContext ctx, String requestId, Authenticate credential) {
        role = credential.hasAgentToken() ? Role.ROLE_AGENT : Role.ROLE_VISITOR;
        participant = (role == Role.ROLE_AGENT ? "a-" : "v-") + ids.incrementAndGet();
        if (role == Role.ROLE_AGENT) {
            agents.add(ctx.channel());
        }
        reply(ctx, requestId, ServerFrame.newBuilder().setAuthenticated(Authenticated.newBuilder().setRole(role)
                .setWorkspaceId("relay").setParticipantId(participant).setServerTimeMs(System.currentTimeMillis())
                .setMaxFrameBytes(RelayServer.MAX_FRAME_BYTES).setHeartbeatIntervalMs(HEARTBEAT_INTERVAL_MS)));
    }

    private void relay(ChannelHandlerContext ctx, String requestId, SendMessage send) {
        long now = System.currentTimeMillis();
        String messageId = "m-" + ids.incrementAndGet();
        long position = ++sequence;
        reply(ctx, requestId, ServerFrame.newBuilder().setAck(Ack.newBuilder().setConversationId(send.getConversationId())
                .setClientMessageId(send.getClientMessageId()).setMessageId(messageId).setSequence(position)
                .setCreatedAtMs(now)));
        var delivered = ServerFrame.newBuilder().setMessage(MessageDelivered.newBuilder().setMessage(Message.newBuilder()
                .setId(messageId).setConversationId(send.getConversationId()).setSequence(position)
                .setClientMessageId(send.getClientMessageId())
                .setAuthorKind(role == Role.ROLE_AGENT ? AuthorKind.AUTHOR_KIND_AGENT : AuthorKind.AUTHOR_KIND_VISITOR)
                .setAuthorId(participant).setKind(send.getKind()).setBody(send.getBody()).setCreatedAtMs(now))).build();
        for (Channel agent : agents) {
            Encoding agentEncoding = agent.attr(ENCODING).get();
            if (agentEncoding != null && agent != ctx.channel()) {
                agent.writeAndFlush(agentEncoding.encode(delivered, agent.alloc()), agent.voidPromise());
            }
        }
    }

    private void reply(ChannelHandlerContext ctx, String requestId, ServerFrame.Builder frame) {
        if (encoding != null) {
            ctx.writeAndFlush(encoding.encode(frame.setRequestId(requestId).build(), ctx.alloc()), ctx.voidPromise());
        }
    }
}
