package io.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on the loopback interface in front of a server (PostgreSQL, Redis) that a test can fail as networks
 * and servers fail:
 * <ul>
 *   <li>{@link #cut()}: every connection is closed and new ones are closed as soon as they are accepted, as when the
 *       server stopped or restarted;</li>
 *   <li>{@link #blackHole()}: connections stay open and new ones are accepted, but no byte passes either way, as
 *       when the server froze or a network dropped every packet; what was sent meanwhile passes once
 *       {@link #restore() restored}, as TCP would retransmit it;</li>
 *   <li>{@link #restore()}: back to normal; clients connect again (after a cut) or carry on (after a black hole).</li>
 * </ul>
 * Each connection is pumped by two virtual threads.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { OPEN, CUT, BLACK_HOLE }

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.OPEN;
    private volatile boolean closed;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-proxy-accept-" + listener.getLocalPort()).start(this::accept);
    }

    /** A proxy to {@code host:port}, listening on a free loopback port. */
    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Closes every connection and every new one at once, until {@link #restore()}. */
    public void cut() {
        setMode(Mode.CUT);
        sockets.forEach(TcpProxy::closeQuietly);
    }

    /** Lets no byte through either way, closing nothing, until {@link #restore()}. */
    public void blackHole() {
        setMode(Mode.BLACK_HOLE);
    }

    public void restore() {
        setMode(Mode.OPEN);
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
        setMode(Mode.CUT);
    }

    private void setMode(Mode next) {
        synchronized (modeChanged) {
            mode = next;
            modeChanged.notifyAll();
        }
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (mode == Mode.CUT) {
                closeQuietly(client);
                continue;
            }
            sockets.add(client);
            Thread.ofVirtual().start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        // a black hole holds the new connection too: the server is not even reached until restored
        if (!awaitPassable()) {
            closeQuietly(client);
            return;
        }
        Socket server = new Socket();
        try {
            server.connect(new InetSocketAddress(targetHost, targetPort), 5000);
        } catch (IOException e) {
            closeQuietly(client);
            sockets.remove(client);
            return;
        }
        sockets.add(server);
        if (mode == Mode.CUT) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, server));
        Thread.ofVirtual().start(() -> pump(server, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            while (true) {
                if (!awaitPassable()) {
                    break;
                }
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                // bytes read as the black hole began wait here until it ends
                if (!awaitPassable()) {
                    break;
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side closed: close the other too
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    /** Waits while black-holed; false once the connection must close (cut, or the proxy closed). */
    private boolean awaitPassable() {
        synchronized (modeChanged) {
            while (mode == Mode.BLACK_HOLE && !closed) {
                try {
                    modeChanged.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return mode == Mode.OPEN && !closed;
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
