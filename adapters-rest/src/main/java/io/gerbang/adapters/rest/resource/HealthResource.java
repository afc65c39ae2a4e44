package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.dto.HealthDto;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.application.port.in.operations.CheckLiveness;
import io.gerbang.application.port.in.operations.CheckReadiness;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** /health (the process answers) and /ready (and so do PostgreSQL and Redis). No token needed. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final CheckReadiness readiness;
    private final CheckLiveness liveness;

    public HealthResource(CheckReadiness readiness, CheckLiveness liveness) {
        this.readiness = readiness;
        this.liveness = liveness;
    }

    /** UP while the node answers and every engine it runs itself is running or being restarted. */
    @GET
    @Path("health")
    public Response health(@Context ContainerRequestContext request) {
        CheckLiveness.Liveness check = liveness.check();
        if (check.alive()) {
            return Envelopes.ok(request, "ok.health", new HealthDto("UP", check.engines()));
        }
        return down(request, check.engines());
    }

    @GET
    @Path("ready")
    public Response ready(@Context ContainerRequestContext request) {
        CheckReadiness.Readiness check = readiness.check();
        Map<String, String> stores = new LinkedHashMap<>();
        check.stores().forEach((store, up) -> stores.put(store, up ? "UP" : "DOWN"));
        if (check.ready()) {
            return Envelopes.ok(request, "ok.ready", new HealthDto("UP", stores));
        }
        return down(request, check.stopping() ? "STOPPING" : "DOWN", stores);
    }

    private static Response down(ContainerRequestContext request, Map<String, String> stores) {
        return down(request, "DOWN", stores);
    }

    private static Response down(ContainerRequestContext request, String status, Map<String, String> stores) {
        var envelope = Envelopes.failure(RequestInfo.of(request), 503, "UNAVAILABLE", "error.UNAVAILABLE", null);
        return Response.status(503)
                .header("Retry-After", "5")
                .entity(new io.gerbang.adapters.rest.envelope.Envelope(
                        false,
                        envelope.message(),
                        envelope.code(),
                        envelope.error(),
                        new HealthDto(status, stores),
                        null,
                        envelope.meta()))
                .build();
    }
}
