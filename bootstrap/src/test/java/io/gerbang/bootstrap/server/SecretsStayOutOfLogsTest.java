package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No password, password hash, token or JWT secret is ever written to the log, even when things go wrong. */
class SecretsStayOutOfLogsTest {

    @Test
    void aWholeSessionWithItsFailuresLeavesNoSecretInTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        List<String> secrets;
        try (GerbangServer server = TestGerbang.cluster().startNode()) {
            Http http = new Http(server.port());
            Answer login = http.login("100000001");
            String access = login.data().path("access_token").asText();
            String refresh = login.data().path("refresh_token").asText();
            Answer rotated = http.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh));
            String nextRefresh = rotated.data().path("refresh_token").asText();
            http.post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + refresh + "\"");
            http.post("/api/v1/auth/login", Map.of("user_identity", "100000001", "password", "wrong-password-7"));
            http.post("/api/v1/auth/login", "{\"user_identity\": 1, \"password\": \"password123\"}");
            http.post(
                    "/api/v1/auth/password",
                    Map.of("current_password", "password123", "new_password", "x"),
                    "Authorization",
                    "Bearer " + rotated.data().path("access_token").asText());
            http.post("/api/v1/auth/logout", Map.of("token", access));
            http.get("/api/v1/auth/me", "Authorization", "Bearer " + access + "tampered");
            secrets = List.of(
                    "password123", "wrong-password-7", access, refresh, nextRefresh, TestGerbang.SECRET, "$2a$");
        } finally {
            root.detachAppender(log);
        }

        assertThat(log.list).isNotEmpty();
        for (ILoggingEvent event : log.list) {
            String written = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertThat(written).as("log line of %s", event.getLoggerName()).doesNotContain(secret);
            }
        }
    }
}
