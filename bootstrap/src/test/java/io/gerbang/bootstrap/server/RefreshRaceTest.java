package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.bootstrap.testing.AtOnce;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two races a well-known identity server got wrong, played with many threads against two nodes on
 * one PostgreSQL and one Redis: concurrent refreshes with one token, and a refresh racing a logout.
 */
class RefreshRaceTest {

    private static final int THREADS = 32;

    private static GerbangServer nodeA;
    private static GerbangServer nodeB;
    private static GerbangServer strictNode;
    private static Http a;
    private static Http b;
    private static Http strict;
    private static ExecutorService pool;

    @BeforeAll
    static void startTwoNodes() {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        nodeA = cluster.startNode();
        nodeB = cluster.startNode();
        strictNode = cluster.startNode(Map.of("GERBANG_REFRESH_GRACE", "0"));
        a = new Http(nodeA.port());
        b = new Http(nodeB.port());
        strict = new Http(strictNode.port());
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
        nodeA.close();
        nodeB.close();
        strictNode.close();
    }

    private static String refreshToken(Answer login) {
        return login.data().path("refresh_token").asText();
    }

    private static Answer refresh(Http node, String token) {
        return node.post("/api/v1/auth/refresh", Map.of("refresh_token", token));
    }

    private static List<Answer> together(List<Callable<Answer>> tasks) throws Exception {
        return AtOnce.together(pool, tasks);
    }

    @Test
    void concurrentRefreshesWithOneTokenOnTwoNodesAllGetTheOneSameSuccessorPair() throws Exception {
        String token = refreshToken(a.login("100000001"));
        List<Callable<Answer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Http node = i % 2 == 0 ? a : b;
            tasks.add(() -> refresh(node, token));
        }

        List<Answer> answers = together(tasks);

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        Set<String> successors =
                answers.stream().map(RefreshRaceTest::refreshToken).collect(Collectors.toSet());
        Set<String> accessTokens = answers.stream()
                .map(answer -> answer.data().path("access_token").asText())
                .collect(Collectors.toSet());
        assertThat(successors).hasSize(1);
        assertThat(accessTokens).hasSize(1);
        // exactly one rotation happened: the successor is the family's current token
        Answer next = refresh(b, successors.iterator().next());
        assertThat(next.status()).isEqualTo(200);
        assertThat(refreshToken(next)).isNotIn(successors);
    }

    @Test
    void withoutAGraceWindowARacingRepeatIsReuseAndEndsTheFamily() throws Exception {
        String token = refreshToken(strict.login("100000001"));
        List<Callable<Answer>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> refresh(strict, token));
        }

        List<Answer> answers = together(tasks);

        List<Answer> won =
                answers.stream().filter(answer -> answer.status() == 200).toList();
        assertThat(won).hasSize(1);
        // the first loser ends the family (REUSED); later ones find it gone (INVALID)
        List<String> losers = answers.stream()
                .filter(answer -> answer.status() != 200)
                .map(Answer::code)
                .toList();
        assertThat(losers).contains("REFRESH_TOKEN_REUSED");
        assertThat(losers).containsOnly("REFRESH_TOKEN_REUSED", "REFRESH_TOKEN_INVALID");
        Answer afterReuse = refresh(strict, refreshToken(won.get(0)));
        assertThat(afterReuse.status()).isEqualTo(401);
        assertThat(afterReuse.code()).isIn("REFRESH_TOKEN_INVALID", "REFRESH_TOKEN_REUSED");
    }

    @Test
    void aRefreshRacingALogoutNeverBringsTheSessionBack() throws Exception {
        for (int round = 0; round < 15; round++) {
            Answer login = a.login("100000002");
            String token = refreshToken(login);
            List<Callable<Answer>> tasks = new ArrayList<>();
            tasks.add(() -> b.post("/api/v1/auth/logout", Map.of("refresh_token", token)));
            for (int i = 1; i < 12; i++) {
                Http node = i % 2 == 0 ? a : b;
                tasks.add(() -> refresh(node, token));
            }

            List<Answer> answers = together(tasks);

            assertThat(answers.get(0).status()).as("logout in round %d", round).isIn(200, 401);
            for (Answer answer : answers.subList(1, answers.size())) {
                if (answer.status() == 200) {
                    // whatever a refresh won before the logout, the logout ended it
                    String access = answer.data().path("access_token").asText();
                    assertThat(a.get("/api/v1/auth/me", "Authorization", "Bearer " + access)
                                    .code())
                            .isEqualTo("SESSION_REVOKED");
                    assertThat(refresh(a, refreshToken(answer)).status()).isEqualTo(401);
                } else {
                    assertThat(answer.code()).isIn("REFRESH_TOKEN_INVALID", "REFRESH_TOKEN_REUSED");
                }
            }
            String firstAccess = login.data().path("access_token").asText();
            assertThat(b.get("/api/v1/auth/me", "Authorization", "Bearer " + firstAccess)
                            .code())
                    .isEqualTo("SESSION_REVOKED");
        }
    }

    @Test
    void aLogoutOnOneNodeIsRefusedAtOnceOnTheOther() {
        Answer login = a.login("100000003");
        String access = login.data().path("access_token").asText();
        assertThat(b.get("/api/v1/auth/me", "Authorization", "Bearer " + access).status())
                .isEqualTo(200);

        assertThat(a.post("/api/v1/auth/logout", "", "Authorization", "Bearer " + access)
                        .status())
                .isEqualTo(200);

        assertThat(b.get("/api/v1/auth/me", "Authorization", "Bearer " + access).code())
                .isEqualTo("SESSION_REVOKED");
    }
}
