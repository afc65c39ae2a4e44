package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The seeds' own client code ({@code features/clients/}), run as written against node A and node B with only its
 * base URL changed: the client app's path on each node.
 */
public class OwnClientSteps {

    private static final Path CLIENTS = Path.of("clients").toAbsolutePath();
    /** The campus app's own secret, which the demo client app {@code kampus} signs with (API.md, Demo data). */
    private static final String KAMPUS_SECRET = "kampus-demo-signing-secret-0123456789abcdef";

    private NodeScripts.Outcome outcome;

    private static String base(String node, String client) {
        RunningGerbang gerbang = RunningGerbang.get();
        return ("B".equals(node) ? gerbang.nodeB : gerbang.nodeA).base() + "/clients/" + client;
    }

    @When("the desktop connector's own client runs against node A and node B")
    public void connector() throws Exception {
        outcome = NodeScripts.run(
                CLIENTS,
                List.of("python3", "connector/auth_service.py", base("A", "connector"), base("B", "connector")),
                Map.of());
    }

    @When("the campus app's own sign-in and middleware run against node A and node B")
    public void campus() throws Exception {
        NodeScripts.prepare(List.of(CLIENTS.resolve("campus/login.js")));
        outcome = NodeScripts.run(
                NodeScripts.WORK,
                List.of("node", "login.js", base("A", "kampus"), base("B", "kampus")),
                Map.of("JWT_SECRET", KAMPUS_SECRET));
    }

    @When("the tenant portal's own auth client runs against node A and node B")
    public void portal() throws Exception {
        NodeScripts.prepare(List.of(CLIENTS.resolve("portal/auth-client.js")));
        outcome = NodeScripts.run(
                NodeScripts.WORK,
                List.of("node", "auth-client.js", base("A", "portal"), base("B", "portal"), "6"),
                Map.of());
    }

    @When("the tenant portal's own auth client outlives several access tokens against node A and node B")
    public void portalOutlives() throws Exception {
        NodeScripts.prepare(List.of(CLIENTS.resolve("portal/auth-client.js")));
        outcome = NodeScripts.run(
                NodeScripts.WORK,
                List.of("node", "auth-client.js", base("A", "portal"), base("B", "portal"), "3", "outlive"),
                Map.of());
    }

    @When("seed 001's chat front end keeps a socket open through its client against node A and node B")
    public void chatLongSession() throws Exception {
        NodeScripts.prepare(List.of(CLIENTS.resolve("chat/long-session.js"), Path.of("src/test/node/story-steps.js")));
        RunningGerbang gerbang = RunningGerbang.get();
        outcome = NodeScripts.run(
                NodeScripts.WORK,
                List.of(
                        "node",
                        "long-session.js",
                        gerbang.nodeA.base(),
                        gerbang.nodeB.base(),
                        String.valueOf(RunningGerbang.SHORT_ACCESS_TTL.toSeconds())),
                Map.of());
    }

    @When("the RBAC auth API's curl examples run against node A and node B")
    public void huminor() throws Exception {
        outcome = NodeScripts.run(
                CLIENTS,
                List.of("bash", "huminor/curl-examples.sh", base("A", "huminor"), base("B", "huminor")),
                Map.of());
    }

    @Then("every step of that client passes")
    public void passes() {
        assertThat(outcome.exit()).as(outcome.output()).isZero();
        assertThat(outcome.output()).contains("every step passed");
    }
}
