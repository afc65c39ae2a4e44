package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.OpenApiConformance;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every REST answer a scenario sees is held to {@code /openapi.json} (the contract's Operations section: every
 * answer the server gives validates against it): a scenario whose answers the document does not describe
 * fails, naming each difference.
 */
public class AnswersMatchTheDocument {

    private static OpenApiConformance document;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Http.Watcher watcher = this::seen;

    @Before(order = 1)
    public void watch() {
        if (document == null) {
            Http.Answer served = RunningGerbang.get().nodeA.get("/openapi.json");
            assertThat(served.status()).isEqualTo(200);
            document = OpenApiConformance.of(served.body());
        }
        Http.watch(watcher);
    }

    private void seen(HttpRequest request, Http.Answer answer) {
        String path = request.uri().getRawPath();
        if (document.covers(path)) {
            problems.addAll(document.problems(request.method(), path, answer.status(), answer.body()));
        }
    }

    @After
    public void everyAnswerWasDescribed() {
        Http.unwatch(watcher);
        assertThat(problems).as("answers that /openapi.json does not describe").isEmpty();
    }
}
