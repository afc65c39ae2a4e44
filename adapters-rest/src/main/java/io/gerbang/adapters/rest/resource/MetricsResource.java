package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.http.AddressBlocks;
import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the Prometheus text of every meter, for the addresses in {@code GERBANG_METRICS_ALLOW}
 * only; to anyone else it does not exist ({@code 404}, as any unknown path).
 */
@Path("/metrics")
public class MetricsResource {

    /** Prometheus' text exposition format. */
    public static final String TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> scrape;
    private final AddressBlocks allowed;

    public MetricsResource(Supplier<String> scrape, AddressBlocks allowed) {
        this.scrape = scrape;
        this.allowed = allowed;
    }

    @GET
    @Produces(TEXT)
    public Response metrics(@Context ContainerRequestContext request) {
        if (!allowed.contains(RequestInfo.of(request).clientIp())) {
            throw InvalidRequest.notFound();
        }
        return Response.ok(scrape.get(), TEXT).build();
    }
}
