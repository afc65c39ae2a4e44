package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first node's {@code /metrics}, read as Prometheus would, before and after what a scenario did. */
public class MetricsSteps {

    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private String before = "";

    @Given("the first node's metrics have been read")
    public void read() {
        before = scrape();
    }

    @Then("the first node's metrics show at least {int} more of {}")
    public void showMore(int more, String selector) {
        assertThat(total(scrape(), selector)).as(selector).isGreaterThanOrEqualTo(total(before, selector) + more);
    }

    @Then("the first node's metrics name the route {string} and not {string}")
    public void nameTheRoute(String template, String raw) {
        String text = scrape();
        assertThat(text).contains("uri=\"" + template + "\"").doesNotContain("uri=\"" + raw + "\"");
    }

    private static String scrape() {
        Answer answer = RunningGerbang.get().nodeA.get("/metrics");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The sum of the samples of a name whose labels include those of the selector: {@code name{a="b"}}. */
    private static double total(String text, String selector) {
        Matcher wanted = SAMPLE.matcher(selector.strip() + " 0");
        assertThat(wanted.matches()).as("a sample selector: " + selector).isTrue();
        Map<String, String> labels = labels(wanted.group(3));
        double sum = 0;
        Matcher sample = SAMPLE.matcher(text);
        while (sample.find()) {
            if (sample.group(1).equals(wanted.group(1))
                    && labels(sample.group(3)).entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(4));
            }
        }
        return sum;
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new HashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
