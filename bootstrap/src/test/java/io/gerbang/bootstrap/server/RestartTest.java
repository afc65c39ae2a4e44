package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With nothing configured, the embedded stores keep users and sessions in the data dir across restarts. */
class RestartTest {

    @Test
    void aRestartKeepsUsersAndSessions() {
        Path dataDir = TestStores.temporaryDirectory("gerbang-restart");
        Map<String, String> env = Map.of(
                "GERBANG_PORT",
                "0",
                "GERBANG_HOST",
                "127.0.0.1",
                "GERBANG_DATA_DIR",
                dataDir.toString(),
                "GERBANG_BCRYPT_COST",
                "4",
                "GERBANG_DEMO",
                "true");
        Answer login;
        try (GerbangServer first = GerbangServer.start(GerbangConfig.from(env))) {
            login = new Http(first.port()).login("100000003");
            assertThat(login.status()).isEqualTo(200);
        }

        try (GerbangServer second = GerbangServer.start(GerbangConfig.from(env))) {
            Http http = new Http(second.port());
            String bearer = "Bearer " + login.data().path("access_token").asText();

            Answer me = http.get("/api/v1/auth/me", "Authorization", bearer);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.data().path("name").asText()).isEqualTo("Kakashi Hatake");
            Answer refreshed = http.post(
                    "/api/v1/auth/refresh",
                    Map.of("refresh_token", login.data().path("refresh_token").asText()));
            assertThat(refreshed.status()).isEqualTo(200);
        }
        assertThat(dataDir.resolve("jwt-secret")).exists();
    }
}
