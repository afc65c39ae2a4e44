package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;

/**
 * A scenario with a step nobody defined, or one left pending, fails: the JUnit engine would only report it as
 * skipped, and a spec that runs nothing would pass the build.
 */
public class EveryStepDefined {

    @After(order = Integer.MAX_VALUE)
    public void noStepUndefinedOrPending(Scenario scenario) {
        assertThat(scenario.getStatus())
                .as("a step of \"%s\" is %s", scenario.getName(), scenario.getStatus())
                .isNotIn(Status.UNDEFINED, Status.PENDING, Status.SKIPPED);
    }
}
