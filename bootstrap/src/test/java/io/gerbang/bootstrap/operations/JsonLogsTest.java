package io.gerbang.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The JSON log a server writes (the encoder the jar's logback.xml uses by default), read line by line as
 * {@code jq} would: security events as lines of their own with {@code event}, {@code tenant_id} and
 * {@code user_id}, the request's {@code request_id} on them, and no secret anywhere.
 */
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionsSecurityEventsAreJsonLinesWithTheirRequestAndNoSecret() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(encoder.getContext());
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root.addAppender(appender);
        List<String> secrets = new ArrayList<>(List.of("password123", "wrong-password-9", TestGerbang.SECRET));
        try (GerbangServer server = TestGerbang.cluster().startNode(Map.of("GERBANG_REFRESH_GRACE", "0"))) {
            Http http = new Http(server.port());
            Answer login = http.post(
                    "/api/v1/auth/login",
                    Map.of("user_identity", "100000001", "password", "password123"),
                    "X-Request-ID",
                    "req-login-1");
            String refresh = login.data().path("refresh_token").asText();
            secrets.add(refresh);
            secrets.add(login.data().path("access_token").asText());
            http.post(
                    "/api/v1/auth/login",
                    Map.of("user_identity", "100000001", "password", "wrong-password-9"),
                    "X-Request-ID",
                    "req-wrong-1");
            Answer rotated = http.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh));
            secrets.add(rotated.data().path("refresh_token").asText());
            assertThat(http.post(
                                    "/api/v1/auth/refresh",
                                    Map.of("refresh_token", refresh),
                                    "X-Request-ID",
                                    "req-reuse-1")
                            .code())
                    .isEqualTo("REFRESH_TOKEN_REUSED");
            Answer again = http.login("100000001");
            secrets.add(again.data().path("access_token").asText());
            secrets.add("a-new-password-1");
            assertThat(http.post(
                                    "/api/v1/auth/password",
                                    Map.of("current_password", "password123", "new_password", "a-new-password-1"),
                                    "Authorization",
                                    "Bearer "
                                            + again.data().path("access_token").asText(),
                                    "X-Request-ID",
                                    "req-password-1")
                            .status())
                    .isEqualTo(200);
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line)); // every line is one JSON object
            }
        }
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.has("@timestamp") && line.has("level")).isTrue());
        assertThat(event(lines, "sign_in_succeeded").path("request_id").asText())
                .isEqualTo("req-login-1");
        assertThat(event(lines, "sign_in_succeeded").path("tenant_id").asText()).isEqualTo("1");
        assertThat(event(lines, "sign_in_succeeded").path("user_id").asText()).isEqualTo("2");
        assertThat(event(lines, "sign_in_failed").path("request_id").asText()).isEqualTo("req-wrong-1");
        assertThat(lines)
                .noneMatch(line -> "refreshed".equals(line.path("event").asText())); // counted, not logged
        assertThat(event(lines, "refresh_reuse_detected").path("request_id").asText())
                .isEqualTo("req-reuse-1");
        JsonNode changed = event(lines, "password_changed");
        assertThat(changed.path("request_id").asText()).isEqualTo("req-password-1");
        assertThat(changed.path("user_id").asText()).isEqualTo("2");
        String all = out.toString(StandardCharsets.UTF_8);
        assertThat(secrets).allSatisfy(secret -> assertThat(all).doesNotContain(secret));
        assertThat(all).doesNotContain("$argon2id$", "$2a$");
    }

    private static JsonNode event(List<JsonNode> lines, String event) {
        return lines.stream()
                .filter(line -> event.equals(line.path("event").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line with event " + event + " in " + lines));
    }
}
