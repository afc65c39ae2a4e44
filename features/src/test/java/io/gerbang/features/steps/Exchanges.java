package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario's people have done so far: the nodes they talk to, who signed in with what, whom the
 * scenario registered, and the last answer, which the "then" steps of every area read. Cucumber's
 * PicoContainer makes one for each scenario and hands it to each step class of that scenario.
 */
public class Exchanges {

    /** The demo people by name, and their identity numbers. */
    static final Map<String, String> IDENTITIES = Map.of(
            "Hasbi",
            "800000001",
            "Naruto",
            "100000001",
            "Sakura",
            "100000002",
            "Kakashi",
            "100000003",
            "Mitra",
            "900000001");
    /** Those who sign in to another tenant than tenant 1. */
    static final Map<String, String> TENANTS = Map.of("Mitra", "2");

    static final Map<String, Long> DEMO_IDS =
            Map.of("Hasbi", 1L, "Naruto", 2L, "Sakura", 3L, "Kakashi", 4L, "Mitra", 6L);

    RunningGerbang gerbang;
    /** The node the scenario talks to unless a step names the other. */
    Http http;
    /** The last answer of the scenario. */
    Answer answer;

    final Map<String, List<Answer>> logins = new HashMap<>();
    /** The ids of people the scenario registered, by identity. */
    final Map<String, Long> registered = new HashMap<>();

    /** {@code who} signs in (a demo person by name, or somebody the scenario registered, by identity). */
    void signIn(String who) {
        answer = http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", IDENTITIES.getOrDefault(who, who), "password", "password123"),
                tenantHeader(who));
        remember(who);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    String[] tenantHeader(String who) {
        String tenant = TENANTS.get(who);
        return tenant == null ? new String[0] : new String[] {"X-Tenant-ID", tenant};
    }

    /** Keeps a sign-in that worked as {@code who}'s latest. */
    void remember(String who) {
        if (answer.status() == 200 && !"client".equals(who)) {
            logins.computeIfAbsent(who, name -> new ArrayList<>()).add(answer);
        }
    }

    Answer latestLogin(String who) {
        List<Answer> all = logins.get(who);
        assertThat(all).as("%s has logged in", who).isNotEmpty();
        return all.get(all.size() - 1);
    }

    String access(String who) {
        return latestLogin(who).data().path("access_token").asText();
    }

    String refreshToken(String who) {
        return latestLogin(who).data().path("refresh_token").asText();
    }

    String bearer(String who) {
        return "Bearer " + access(who);
    }

    /** The caller's bearer token, and the tenant header of those who sign in to another tenant. */
    String[] asCaller(String who) {
        String tenant = TENANTS.get(who);
        return tenant == null
                ? new String[] {"Authorization", bearer(who)}
                : new String[] {"Authorization", bearer(who), "X-Tenant-ID", tenant};
    }

    long userId(String who) {
        Long id = registered.containsKey(who) ? registered.get(who) : DEMO_IDS.get(who);
        assertThat(id).as("the id of %s", who).isNotNull();
        return id;
    }

    /** The node at a dotted path ({@code data.roles.0.name}). */
    static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = part.matches("\\d+") ? current.path(Integer.parseInt(part)) : current.path(part);
        }
        return current;
    }
}
