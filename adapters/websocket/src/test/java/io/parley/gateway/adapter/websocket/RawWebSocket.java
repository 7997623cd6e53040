package io.parley.gateway.adapter.websocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a bare socket, for what the JDK client will not do: send any handshake header, and stop
 * reading altogether like a stalled browser tab.
 */
final class RawWebSocket implements AutoCloseable {

    private final Socket socket = new Socket();
    private final OutputStream out;
    private final InputStream in;
    final String response;

    RawWebSocket(int port, int receiveBuffer, String... extraHeaders) throws IOException {
        socket.setReceiveBufferSize(receiveBuffer);
        socket.connect(new InetSocketAddress("localhost", port), 5000);
        socket.setSoTimeout(5000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        byte[] key = new byte[16];
        ThreadLocalRandom.current().nextBytes(key);
        var request = new StringBuilder("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        response = readHead();
    }

    private String readHead() throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** One masked text frame, as clients must send. */
    void sendText(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        var frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /**
     * Reads on from where the client stopped until the connection ends, within the socket's read timeout (5 s).
     *
     * @return the code of the server's close frame, or 1006 if the connection broke without one
     */
    int readUntilClosed() throws IOException {
        try {
            while (true) {
                int head = in.read();
                int length = in.read();
                if (head < 0 || length < 0) {
                    return 1006;
                }
                long size = length & 0x7f;
                if (size == 126) {
                    size = (in.read() << 8) | in.read();
                } else if (size == 127) {
                    size = 0;
                    for (int i = 0; i < 8; i++) {
                        size = (size << 8) | in.read();
                    }
                }
                byte[] payload = in.readNBytes((int) size);
                if (payload.length < size) {
                    return 1006;
                }
                if ((head & 0x0f) == 0x8) {
                    return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                }
            }
        } catch (java.net.SocketException reset) {
            return 1006;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
