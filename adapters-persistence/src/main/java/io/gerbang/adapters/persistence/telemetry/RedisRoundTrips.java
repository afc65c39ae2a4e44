package io.gerbang.adapters.persistence.telemetry;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.redisson.client.NettyHook;
import org.redisson.client.handler.CommandsQueue;
import org.redisson.client.protocol.CommandData;
import org.redisson.client.protocol.CommandsData;

/**
 * Redis's round trips, timed on Redisson's own connections: a handler put in each command connection's
 * pipeline, just below Redisson's command queue, sees each command (or batch) go out and times it until its
 * answer, or its failure, completes it. Subscription connections are left alone: a subscription is not a
 * round trip.
 */
public final class RedisRoundTrips implements NettyHook {

    private final StoreRoundTrips trips;

    public RedisRoundTrips(StoreRoundTrips trips) {
        this.trips = trips;
    }

    @Override
    public void afterBoostrapInitialization(Bootstrap bootstrap) {
        // nothing to add to the bootstrap
    }

    @Override
    public void afterChannelInitialization(Channel channel) {
        ChannelHandlerContext queue = channel.pipeline().context(CommandsQueue.class);
        if (queue != null) {
            channel.pipeline().addBefore(queue.name(), "gerbang-round-trips", new Timing());
        }
    }

    private final class Timing extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
            CompletableFuture<?> answered = message instanceof CommandData<?, ?> one
                    ? one.getPromise()
                    : message instanceof CommandsData many ? many.getPromise() : null;
            if (answered != null) {
                long started = System.nanoTime();
                answered.whenComplete((result, failure) -> trips.record(
                        System.nanoTime() - started, failure != null && !(failure instanceof CancellationException)));
            }
            super.write(ctx, message, promise);
        }
    }
}
