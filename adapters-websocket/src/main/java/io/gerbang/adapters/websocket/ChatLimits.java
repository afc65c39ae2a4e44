package io.gerbang.adapters.websocket;

import java.time.Duration;

/**
 * The limits of one socket. Messages larger than {@code maxFrameBytes} close the socket (1009, at the server's
 * WebSocket edge);
 * beyond {@code framesPerSecond} (with a burst of twice that) a frame gets {@code error TOO_MANY_REQUESTS};
 * a socket that goes on after {@code refusedBeforeClose} such refusals in a row is closed with 4429. At most
 * {@code waitingFrames} frames of one socket wait to be handled (more are refused the same way); the node
 * renews the presence of its open sockets every {@code presenceRenewal}. The heartbeat of the {@code /ws} door
 * (Socket.IO's door has its own, Engine.IO's): a ping frame to every socket every {@code pingEvery}; a socket
 * whose client sent nothing, not even the pong that a WebSocket client answers a ping with, for
 * {@code pingEvery} plus {@code answerWithin} is closed (1001).
 */
public record ChatLimits(
        int maxFrameBytes,
        int framesPerSecond,
        int refusedBeforeClose,
        Duration authWindow,
        Duration sweepEvery,
        boolean rateLimited,
        int waitingFrames,
        Duration presenceRenewal,
        Duration pingEvery,
        Duration answerWithin) {

    public static ChatLimits defaults(boolean rateLimited) {
        return new ChatLimits(
                64 * 1024,
                20,
                100,
                Duration.ofSeconds(5),
                Duration.ofMillis(500),
                rateLimited,
                64,
                Duration.ofSeconds(10),
                Duration.ofSeconds(25),
                Duration.ofSeconds(20));
    }

    /** The same limits with another heartbeat. */
    public ChatLimits withHeartbeat(Duration every, Duration within) {
        return new ChatLimits(
                maxFrameBytes,
                framesPerSecond,
                refusedBeforeClose,
                authWindow,
                sweepEvery,
                rateLimited,
                waitingFrames,
                presenceRenewal,
                every,
                within);
    }
}
