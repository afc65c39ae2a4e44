package io.gerbang.bootstrap.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A free port held open while the node starts. A node asked for any port names itself in its issuers, so it must
 * know the port before its HTTP listener binds it; holding the port until just before that bind keeps the embedded
 * stores (which pick free ports too) and every other process from taking it in the seconds in between.
 */
final class PortHold implements AutoCloseable {

    private final ServerSocket held;

    private PortHold(ServerSocket held) {
        this.held = held;
    }

    static PortHold any(String host) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getByName(host), 0), 1);
            return new PortHold(socket);
        } catch (IOException cannot) {
            throw new UncheckedIOException("no free port on " + host, cannot);
        }
    }

    int port() {
        return held.getLocalPort();
    }

    /** Lets the port go: right before the listener binds it, and again (doing nothing) when the start is over. */
    @Override
    public void close() {
        try {
            held.close();
        } catch (IOException ignored) {
            // closing a listening socket that accepted nothing cannot leave anything behind
        }
    }
}
