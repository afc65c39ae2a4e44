package io.gerbang.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A read of the store under way when a change is made or heard of must not leave what it read as the node's copy:
 * each read below plays the store being read while the change's eviction comes.
 */
class NodeCopyTest {

    private final NodeCopy<String, String> copy =
            new NodeCopy<>(NodeCaches.bounded(10).build());

    @Test
    void aReadThatAChangeOvertookAnswersItsCallerButIsNotKept() {
        String read = copy.get("naruto", key -> {
            copy.evict("naruto"); // the role was taken away while the old row was being read
            return "with the role";
        });

        assertThat(read).isEqualTo("with the role");
        assertThat(copy.getIfPresent("naruto")).isNull();
        assertThat(copy.get("naruto", key -> "without it")).isEqualTo("without it");
        assertThat(copy.getIfPresent("naruto")).isEqualTo("without it");
    }

    @Test
    void everythingEvictedOvertakesAReadToo() {
        copy.reread("tenant", key -> {
            copy.evictAll(); // the channel of announcements was lost and found again meanwhile
            return "keys before";
        });

        assertThat(copy.getIfPresent("tenant")).isNull();
    }

    @Test
    void aReadNothingOvertookIsKeptAndAnsweredFromMemoryAfter() {
        copy.reread("tenant", key -> "keys");

        assertThat(copy.get("tenant", key -> "read again")).isEqualTo("keys");
    }

    @Test
    void aMergeOfWhatWasReadBeforeAChangeIsNotKept() {
        NodeCopy<String, Set<String>> proven =
                new NodeCopy<>(NodeCaches.bounded(10).build());
        proven.reread("connector", key -> Set.of("old secret"));

        proven.merge(
                "connector",
                key -> {
                    proven.evict("connector"); // the secret was renewed while the old one was being checked
                    return Set.of("old secret");
                },
                NodeCopyTest::union);

        assertThat(proven.getIfPresent("connector")).isNull();

        proven.merge("connector", key -> Set.of("new secret"), NodeCopyTest::union);
        assertThat(proven.getIfPresent("connector")).containsExactly("new secret");
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        return Stream.concat(one.stream(), other.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
