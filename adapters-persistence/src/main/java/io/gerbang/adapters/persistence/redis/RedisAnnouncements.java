package io.gerbang.adapters.persistence.redis;

import java.util.function.Consumer;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;

/**
 * Tells every node over one Redis pub/sub channel that something it may keep in memory changed: one thing, by
 * its key, or everything. A node that was cut off from the channel hears "everything" when it is back, since
 * what was announced meanwhile is lost.
 */
final class RedisAnnouncements {

    /** The announcement that everything changed. */
    private static final String EVERYTHING = "*";

    private final RTopic topic;
    private volatile Consumer<String> local = key -> {};
    private volatile Runnable localEverything = () -> {};

    RedisAnnouncements(RedissonClient redis, String channel) {
        this.topic = redis.getTopic(channel, StringCodec.INSTANCE);
    }

    /** This node at once, before answering; the others as soon as the message reaches them. */
    void changed(String key) {
        local.accept(key);
        RedisFailures.guard(() -> topic.publish(key));
    }

    /** To every node that listens, this one included, only as Redis delivers it; a failure is not waited for. */
    void sendAsync(String key) {
        topic.publishAsync(key);
    }

    void stopListening() {
        topic.removeAllListeners();
    }

    void everythingChanged() {
        localEverything.run();
        RedisFailures.guard(() -> topic.publish(EVERYTHING));
    }

    /** {@code onChange} for each key announced (one that {@code onChange} cannot read counts as everything). */
    void listen(Consumer<String> onChange, Runnable onEverything) {
        local = onChange;
        localEverything = onEverything;
        topic.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String channel) {
                onEverything.run();
            }

            @Override
            public void onUnsubscribe(String channel) {
                onEverything.run();
            }
        });
        topic.addListener(String.class, (channel, key) -> {
            if (EVERYTHING.equals(key)) {
                onEverything.run();
                return;
            }
            try {
                onChange.accept(key);
            } catch (RuntimeException malformed) {
                onEverything.run();
            }
        });
    }
}
