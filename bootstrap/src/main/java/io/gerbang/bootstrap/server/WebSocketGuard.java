package io.gerbang.bootstrap.server;

import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.nio.NIOConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edge of every WebSocket connection (the chat's {@code /ws} and Socket.IO alike), in front of Tyrus:
 * it reads the frame headers as the bytes pass and closes the connection, with RFC 6455's close codes, on a
 * client frame that is not masked (1002) or a message over {@code maxMessageBytes} whatever its size (1009),
 * before Tyrus buffers any of it. And it closes a connection whose client reads so slowly that more than the
 * listener's {@code maxPendingBytes} wait to be written to it, so a slow reader costs the node a bounded amount.
 * Each closing is logged: the count an operator can read until the metrics export it.
 */
final class WebSocketGuard implements AddOn {

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketGuard.class);
    private static final Attribute<FrameReader> FRAMES =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(WebSocketGuard.class.getName() + ".frames");
    static final int PROTOCOL_ERROR = 1002;
    static final int TOO_BIG = 1009;

    private final int maxMessageBytes;

    WebSocketGuard(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    /** Must be registered before Tyrus's add-on, which then sits behind this filter. */
    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        builder.add(builder.indexOfType(HttpServerFilter.class), new Guard());
    }

    private final class Guard extends BaseFilter {

        @Override
        public NextAction handleRead(FilterChainContext ctx) throws IOException {
            FrameReader frames = FRAMES.get(ctx.getConnection());
            if (frames == null || !(ctx.getMessage() instanceof HttpContent content)) {
                return ctx.getInvokeAction();
            }
            int refusal = frames.read(content.getContent());
            if (refusal == 0) {
                return ctx.getInvokeAction();
            }
            LOG.info(
                    "closed a WebSocket connection with {}: {}",
                    refusal,
                    refusal == PROTOCOL_ERROR ? "an unmasked frame" : "a message over " + maxMessageBytes + " bytes");
            closeWith(ctx.getConnection(), refusal);
            return ctx.getStopAction();
        }

        @Override
        public NextAction handleWrite(FilterChainContext ctx) throws IOException {
            Object message = ctx.getMessage();
            Connection<?> connection = ctx.getConnection();
            if (message instanceof HttpPacket packet
                    && packet.getHttpHeader() instanceof HttpResponsePacket response
                    && response.getStatus() == 101
                    && "websocket".equalsIgnoreCase(response.getUpgrade())) {
                FRAMES.set(connection, new FrameReader(maxMessageBytes));
            } else if (FRAMES.get(connection) != null
                    && connection instanceof NIOConnection nio
                    && nio.getMaxAsyncWriteQueueSize() >= 0
                    && nio.getAsyncWriteQueue().spaceInBytes() > nio.getMaxAsyncWriteQueueSize()) {
                // the client does not read: drop it and what waits for it, rather than queue without end
                LOG.info(
                        "cut off a WebSocket client that does not read ({} bytes waiting for it)",
                        nio.getAsyncWriteQueue().spaceInBytes());
                connection.closeSilently();
                return ctx.getStopAction();
            }
            return ctx.getInvokeAction();
        }
    }

    /** An unmasked close frame with the code, written past the chain; then the connection goes. */
    private static void closeWith(Connection<?> connection, int code) {
        FRAMES.remove(connection);
        ClosingWriter.writeThenClose(connection, new byte[] {(byte) 0x88, 2, (byte) (code >> 8), (byte) code});
    }

    /**
     * Follows the frames of one connection as its bytes pass: header by header, skipping payloads, never
     * copying them. Returns the close code of the first frame that breaks the rules, else 0.
     */
    static final class FrameReader {

        private final int maxMessageBytes;
        private final byte[] header = new byte[14];
        private int headerRead;
        private long payloadLeft;
        private long messageBytes;

        FrameReader(int maxMessageBytes) {
            this.maxMessageBytes = maxMessageBytes;
        }

        int read(Buffer bytes) {
            int at = bytes.position();
            int end = bytes.limit();
            while (at < end) {
                if (payloadLeft > 0) {
                    long skip = Math.min(payloadLeft, end - at);
                    payloadLeft -= skip;
                    at += (int) skip;
                    continue;
                }
                header[headerRead++] = bytes.get(at++);
                int needed = headerLength();
                if (headerRead < needed) {
                    continue;
                }
                int refusal = frameStarts();
                if (refusal != 0) {
                    return refusal;
                }
                headerRead = 0;
            }
            return 0;
        }

        /** How many header bytes this frame has, as far as is known yet. */
        private int headerLength() {
            if (headerRead < 2) {
                return 2;
            }
            int lengthCode = header[1] & 0x7F;
            int extended = lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
            int mask = (header[1] & 0x80) != 0 ? 4 : 0;
            return 2 + extended + mask;
        }

        private int frameStarts() {
            if ((header[1] & 0x80) == 0) {
                return PROTOCOL_ERROR; // RFC 6455 5.1: a server closes on an unmasked client frame
            }
            int lengthCode = header[1] & 0x7F;
            long length = lengthCode;
            if (lengthCode == 126) {
                length = ((header[2] & 0xFFL) << 8) | (header[3] & 0xFFL);
            } else if (lengthCode == 127) {
                length = 0;
                for (int i = 2; i < 10; i++) {
                    length = (length << 8) | (header[i] & 0xFFL);
                }
                if (length < 0) {
                    return TOO_BIG;
                }
            }
            int opcode = header[0] & 0x0F;
            if (opcode == 0) {
                messageBytes += length;
            } else if (opcode < 8) {
                messageBytes = length;
            }
            if (opcode < 8 && messageBytes > maxMessageBytes) {
                return TOO_BIG;
            }
            payloadLeft = length;
            return 0;
        }
    }
}
