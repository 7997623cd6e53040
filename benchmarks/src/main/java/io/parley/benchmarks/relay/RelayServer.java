package io.parley.benchmarks.relay;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.parley.benchmarks.client.Encoding;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bare relay speaking enough of parley.v1 for the load generator: it accepts any credential, acknowledges each
 * message at once and forwards it to every agent connection. No persistence, no authorization, no ordering work:
 * what it reaches is the ceiling this machine and this load generator allow a server of the same protocol.
 */
public final class RelayServer implements AutoCloseable {

    static final int MAX_FRAME_BYTES = 64 * 1024;

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel server;
    private final ChannelGroup agents = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final AtomicLong ids = new AtomicLong();

    private RelayServer(String host, int port, int threads) throws InterruptedException {
        boolean epoll = Epoll.isAvailable();
        this.boss = new MultiThreadIoEventLoopGroup(1, epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        this.workers = new MultiThreadIoEventLoopGroup(threads,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class
                : NioServerSocketChannel.class;
        var protocol = WebSocketServerProtocolConfig.newBuilder().websocketPath("/ws")
                .subprotocols(Encoding.PROTO.subprotocol() + "," + Encoding.JSON.subprotocol())
                .allowExtensions(false).maxFramePayloadLength(MAX_FRAME_BYTES).build();
        this.server = new ServerBootstrap().group(boss, workers).channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(16 * 1024),
                                new WebSocketServerProtocolHandler(protocol), new RelayHandler(agents, ids));
                    }
                }).bind(host, port).sync().channel();
    }

    /** Listens on the address; port 0 picks a free one. */
    public static RelayServer start(String host, int port, int threads) {
        try {
            return new RelayServer(host, port, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding", e);
        }
    }

    public URI webSocket() {
        var address = (InetSocketAddress) server.localAddress();
        return URI.create("ws://" + address.getHostString() + ":" + address.getPort() + "/ws");
    }

    public void awaitClose() throws InterruptedException {
        server.closeFuture().await();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
