package io.parley.benchmarks.client;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import java.util.concurrent.atomic.LongAdder;

/** Decodes server frames for one connection and drives its authentication once the upgrade is done. */
final class ConnectionHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    private final Connection connection;
    private final ClientFrame authenticate;
    private final LongAdder undecodable;

    ConnectionHandler(Connection connection, ClientFrame authenticate, LongAdder undecodable) {
        this.connection = connection;
        this.authenticate = authenticate;
        this.undecodable = undecodable;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            connection.handshakeCompleted(authenticate);
        } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            connection.failed(new SetupFailure("handshake.timeout", "no upgrade response in time"));
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!(frame instanceof BinaryWebSocketFrame || frame instanceof TextWebSocketFrame)) {
            return;
        }
        ServerFrame decoded;
        try {
            decoded = connection.encoding().decode(frame, ServerFrame.newBuilder()).build();
        } catch (InvalidProtocolBufferException e) {
            undecodable.increment();
            return;
        }
        connection.received(decoded);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        connection.closedByPeer();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        String code = cause.getClass().getSimpleName().contains("Handshake") ? "handshake.refused" : "connection.error";
        connection.failed(new SetupFailure(code, String.valueOf(cause.getMessage())));
        ctx.close();
    }
}
