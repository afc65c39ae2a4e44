package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node on a Redis Cluster tells a balancer the truth on {@code /ready} (issue 23, item 16: it answered 503
 * for ever, because it pinged a single node that a Cluster configuration does not have).
 */
class ReadyOnAClusterTest {

    @Test
    void aNodeOnAThreeMasterClusterIsReadyAndServes() {
        try (GerbangServer node = TestGerbang.cluster()
                .startNode(
                        Map.of("GERBANG_REDIS_URL", RedisClusterOfThree.shared().url()))) {
            Http http = new Http(node.port());

            Http.Answer ready = http.get("/ready");

            assertThat(ready.status()).as(ready.body()).isEqualTo(200);
            assertThat(http.login("100000001").status()).isEqualTo(200);
        }
    }
}
