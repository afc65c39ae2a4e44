package io.gerbang.bootstrap.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A WebSocket client at the byte level, for what well-behaved clients never do: unmasked frames, oversized
 * frames, not reading at all, vanishing with a reset. Frames it reads are unmasked server frames.
 */
public final class RawWebSocket implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens /ws with a bearer token; {@code receiveBuffer} > 0 makes the client's kernel buffer that small. */
    public static RawWebSocket open(int port, String token, int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            byte[] key = new byte[16];
            RANDOM.nextBytes(key);
            String upgrade = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                    + "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer " + token + "\r\n\r\n";
            socket.getOutputStream().write(upgrade.getBytes(StandardCharsets.US_ASCII));
            RawWebSocket ws = new RawWebSocket(socket);
            String status = ws.readHead();
            if (!status.startsWith("HTTP/1.1 101")) {
                throw new IllegalStateException("not upgraded: " + status);
            }
            return ws;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed during the handshake");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    public void sendText(String text) {
        send(text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** A text frame of exactly this payload, masked as clients must, or not. */
    public void send(byte[] payload, boolean masked) {
        write(frame(payload, masked));
    }

    /** The same text frame {@code times} over, in one write: all of it reaches the server at once. */
    public void sendBurst(String text, int times) {
        byte[] one = frame(text.getBytes(StandardCharsets.UTF_8), true);
        ByteArrayOutputStream burst = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            burst.writeBytes(one);
        }
        write(burst.toByteArray());
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] frame(byte[] payload, boolean masked) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        int mask = masked ? 0x80 : 0;
        if (payload.length < 126) {
            frame.write(mask | payload.length);
        } else if (payload.length < 65_536) {
            frame.write(mask | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length);
        } else {
            frame.write(mask | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >> shift));
            }
        }
        byte[] body = payload.clone();
        if (masked) {
            byte[] key = new byte[4];
            RANDOM.nextBytes(key);
            frame.writeBytes(key);
            for (int i = 0; i < body.length; i++) {
                body[i] ^= key[i % 4];
            }
        }
        frame.writeBytes(body);
        return frame.toByteArray();
    }

    /** The next text frame's payload, or null when the server closed; skips pings. */
    public String nextText() {
        try {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return null;
                }
                byte[] payload = payload();
                int opcode = first & 0x0F;
                if (opcode == 1) {
                    return new String(payload, StandardCharsets.UTF_8);
                }
                if (opcode == 8) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes: the code of its close frame, or -1 when the connection ended without
     * one (cut, reset).
     */
    public int closeCode() {
        try {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return -1;
                }
                byte[] payload = payload();
                if ((first & 0x0F) == 8) {
                    return payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server did not close the socket");
        } catch (IOException cut) {
            return -1;
        }
    }

    /** Whether the server has ended the connection: reads (and drops) all it sent until then. */
    public boolean endedByServer() {
        try {
            byte[] sink = new byte[1 << 16];
            while (in.read(sink) >= 0) {
                // what the server had queued before it gave up
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private byte[] payload() throws IOException {
        int second = in.readUnsignedByte();
        long length = second & 0x7F;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return payload;
    }

    /** Vanishes with a TCP reset, as a phone that loses its network does, without a close frame. */
    public void reset() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was asked
        }
    }
}
