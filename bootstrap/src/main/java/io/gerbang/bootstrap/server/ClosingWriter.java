package io.gerbang.bootstrap.server;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Last words on a connection the server gives up on (a 408, a WebSocket close frame): written straight to the
 * transport, past every filter and codec, then the connection is closed whether or not they got out.
 */
final class ClosingWriter {

    private ClosingWriter() {}

    static void writeThenClose(Connection<?> connection, byte[] bytes) {
        try {
            connection
                    .getTransport()
                    .getWriter(connection)
                    .write(
                            connection,
                            Buffers.wrap(connection.getMemoryManager(), bytes),
                            new EmptyCompletionHandler<>() {
                                @Override
                                public void completed(Object result) {
                                    connection.closeSilently();
                                }

                                @Override
                                public void failed(Throwable failure) {
                                    connection.closeSilently();
                                }
                            });
        } catch (RuntimeException gone) {
            connection.closeSilently();
        }
    }
}
