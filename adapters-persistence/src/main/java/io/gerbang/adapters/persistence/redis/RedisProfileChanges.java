package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.domain.user.UserId;
import java.util.function.Consumer;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;

/** Announces profile changes to every node over a Redis pub/sub channel, and listens for them. */
public class RedisProfileChanges implements ProfileChanges {

    /** The announcement that every profile changed; a user's is their id. */
    private static final String EVERYONE = "*";

    private final RTopic topic;
    private volatile Consumer<UserId> local = user -> { };
    private volatile Runnable localEveryone = () -> { };

    public RedisProfileChanges(RedissonClient redis, String prefix) {
        this.topic = redis.getTopic(prefix + "profile-changes", StringCodec.INSTANCE);
    }

    @Override
    public void changed(UserId user) {
        // this node at once, before answering; the others as soon as the message reaches them
        local.accept(user);
        RedisFailures.guard(() -> topic.publish(user.toString()));
    }

    @Override
    public void everyoneChanged() {
        localEveryone.run();
        RedisFailures.guard(() -> topic.publish(EVERYONE));
    }

    /**
     * Calls {@code onChange} for each announced user, and {@code onEveryone} when every profile changed and
     * whenever the channel is (re)established, since announcements made while it was down are lost.
     */
    public void listen(Consumer<UserId> onChange, Runnable onEveryone) {
        local = onChange;
        localEveryone = onEveryone;
        topic.addListener(new StatusListener() {
            @Override
            public void onSubscribe(String channel) {
                onEveryone.run();
            }

            @Override
            public void onUnsubscribe(String channel) {
                onEveryone.run();
            }
        });
        topic.addListener(String.class, (channel, user) -> {
            if (EVERYONE.equals(user)) {
                onEveryone.run();
                return;
            }
            try {
                onChange.accept(new UserId(Long.parseLong(user)));
            } catch (RuntimeException malformed) {
                onEveryone.run();
            }
        });
    }
}
