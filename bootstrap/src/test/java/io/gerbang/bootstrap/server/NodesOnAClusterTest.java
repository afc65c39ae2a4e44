package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.RawWebSocket;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node on a Redis Cluster tells a balancer the truth on {@code /ready} (issue 23, item 16: it answered 503
 * for ever, because it pinged a single node that a Cluster configuration does not have).
 */
class NodesOnAClusterTest {

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

    @Test
    void aMessageSentOnOneNodeReachesTheRoomOnAnotherThroughTheCluster() {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        Map<String, String> onTheCluster =
                Map.of("GERBANG_REDIS_URL", RedisClusterOfThree.shared().url());
        try (GerbangServer first = cluster.startNode(onTheCluster);
                GerbangServer second = cluster.startNode(onTheCluster);
                RawWebSocket naruto = RawWebSocket.open(first.port(), token(first, "100000001"), 64 * 1024);
                RawWebSocket kakashi = RawWebSocket.open(second.port(), token(second, "100000003"), 64 * 1024)) {
            join(naruto);
            join(kakashi);

            naruto.sendText("{\"type\":\"send_message\",\"task_id\":1,\"message\":\"Halo dari node satu\"}");

            String heard = kakashi.nextText();
            while (!heard.contains("new_message")) {
                heard = kakashi.nextText(); // Naruto's user_joined may come first
            }
            assertThat(heard).contains("Halo dari node satu");
        }
    }

    private static String token(GerbangServer node, String identity) {
        return new Http(node.port()).login(identity).data().path("access_token").asText();
    }

    private static void join(RawWebSocket socket) {
        socket.sendText("{\"type\":\"join_task\",\"task_id\":1,\"ref\":1}");
        while (!socket.nextText().contains("\"ack\"")) {
            // the presence frame comes first
        }
    }
}
