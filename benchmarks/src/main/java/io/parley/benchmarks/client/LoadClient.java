package io.parley.benchmarks.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketClientCompressionHandler;
import io.parley.gateway.protocol.Authenticate;
import io.parley.gateway.protocol.ClientFrame;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Opens WebSocket connections to one endpoint (or, for a cross-node load, another node's) on a few event-loop threads. Connections are spread over several
 * loopback source addresses, because one source address runs out of ephemeral ports near 28,000 connections.
 */
public final class LoadClient implements AutoCloseable {

    private static final int MAX_FRAME_BYTES = 1 << 20;

    private final URI endpoint;
    private final InetSocketAddress remote;
    private final List<InetAddress> sources;
    private final boolean offerDeflate;
    private final boolean binaryIds;
    private final EventLoopGroup group;
    private final boolean epoll;
    private final WireCounter wire = new WireCounter();
    private final LongAdder undecodable = new LongAdder();
    private final AtomicInteger ids = new AtomicInteger();

    /** @param binaryIds ask for ids as 16 bytes on the encodings that carry them */
    public LoadClient(URI endpoint, int threads, List<InetAddress> sources, boolean offerDeflate, boolean binaryIds) {
        this.endpoint = endpoint;
        this.remote = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
        this.sources = List.copyOf(sources);
        this.offerDeflate = offerDeflate;
        this.binaryIds = binaryIds;
        this.epoll = Epoll.isAvailable();
        this.group = new MultiThreadIoEventLoopGroup(threads,
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
    }

    public String transport() {
        return epoll ? "epoll" : "nio";
    }

    public WireCounter wire() {
        return wire;
    }

    /** Server frames that could not be decoded with the connection's subprotocol. */
    public long undecodableFrames() {
        return undecodable.sum();
    }

    /**
     * Connects, upgrades with the encoding's subprotocol and authenticates, asking for binary ids where the encoding
     * carries them and this client was made to; the connection's {@link Connection#authenticated()} future completes
     * once the server answered Authenticated, and fails with a {@link SetupFailure} otherwise.
     */
    public Connection open(Encoding encoding, Authenticate credential, @Nullable String origin,
                                              FrameListener listener) {
        return open(endpoint, encoding, credential, origin, listener);
    }

    /** As {@link #open(Encoding, Authenticate, String, FrameListener)}, to another endpoint (another node). */
    public Connection open(URI to, Encoding encoding, Authenticate credential, @Nullable String origin,
                           FrameListener listener) {
        var connection = new Connection(ids.incrementAndGet(), encoding, listener);
        var authenticate = ClientFrame.newBuilder().setAuthenticate(credential.toBuilder()
                .setBinaryIds(binaryIds && encoding.carriesBinaryIds())).build();
        InetAddress source = sources.get(connection.id() % sources.size());
        var bootstrap = new Bootstrap().group(group)
                .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        connection.attach(channel);
                        var pipeline = channel.pipeline();
                        pipeline.addLast(wire, new HttpClientCodec(), new HttpObjectAggregator(16 * 1024));
                        if (offerDeflate) {
                            pipeline.addLast(WebSocketClientCompressionHandler.INSTANCE);
                        }
                        pipeline.addLast(new WebSocketClientProtocolHandler(config(to, encoding, origin)),
                                new WebSocketFrameAggregator(MAX_FRAME_BYTES),
                                new ConnectionHandler(connection, authenticate, undecodable));
                    }
                });
        if (epoll) {
            // lets the kernel pick the port at connect time, per destination, instead of at bind time
            bootstrap.option(EpollChannelOption.IP_BIND_ADDRESS_NO_PORT, true);
        }
        var remote = to.equals(endpoint) ? this.remote : new InetSocketAddress(to.getHost(), to.getPort());
        var connect = bootstrap.connect(remote, new InetSocketAddress(source, 0));
        connect.addListener(done -> {
            if (!done.isSuccess()) {
                connection.failed(new SetupFailure("connect.failed", String.valueOf(done.cause().getMessage())));
            }
        });
        return connection;
    }

    private WebSocketClientProtocolConfig config(URI to, Encoding encoding, @Nullable String origin) {
        var headers = new DefaultHttpHeaders();
        if (origin != null) {
            headers.set(HttpHeaderNames.ORIGIN, origin);
        }
        return WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(to)
                .version(WebSocketVersion.V13)
                .subprotocol(encoding.subprotocol())
                .customHeaders(headers)
                .generateOriginHeader(false)
                .allowExtensions(offerDeflate)
                .maxFramePayloadLength(MAX_FRAME_BYTES)
                .handshakeTimeoutMillis(15_000)
                .dropPongFrames(true)
                .build();
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
