package io.parley.benchmarks.client;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the TCP payload bytes of every connection, WebSocket framing and handshakes included: what the codec
 * comparison calls "bytes on the wire".
 */
@ChannelHandler.Sharable
public final class WireCounter extends ChannelDuplexHandler {

    private final LongAdder in = new LongAdder();
    private final LongAdder out = new LongAdder();

    /** Bytes received and sent so far, for differences over a measured window. */
    public record Snapshot(long bytesIn, long bytesOut) {
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(bytesIn - earlier.bytesIn, bytesOut - earlier.bytesOut);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(in.sum(), out.sum());
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buffer) {
            in.add(buffer.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buffer) {
            out.add(buffer.readableBytes());
        }
        ctx.write(msg, promise);
    }
}
