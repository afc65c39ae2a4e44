package io.gerbang.adapters.rest.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * {@code http.server.requests}: every request Jersey answers, timed from its start to its answer's headers, per
 * {@code method}, {@code uri} (the route template, {@code /api/v1/users/{id}}, never the raw path, so no id is ever
 * a label), {@code status} and {@code outcome}. Each matched resource method, HTTP method and status gets its
 * timer (and its template, spelled out) once, kept here, so a request costs a map lookup and one record.
 * <p>
 * jersey-micrometer's listener does the same through Jersey's monitoring events, and cost {@code /me} 11 % of its
 * throughput here (bench/README.md: it switches Jersey's per-request event machinery on and builds and looks up
 * its tags for every request); this filter costs what its two calls cost.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RouteTimers implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RouteTimers.class.getName() + ".started";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Route, Timer> timers = new ConcurrentHashMap<>();

    public RouteTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    /** What a timer is kept for: the matched resource method (null when none matched), the HTTP method, the status. */
    private record Route(ResourceMethod matched, String method, int status) {}

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        int status = response.getStatus();
        ResourceMethod matched =
                request.getUriInfo() instanceof ExtendedUriInfo extended ? extended.getMatchedResourceMethod() : null;
        timers.computeIfAbsent(
                        new Route(matched, request.getMethod(), status),
                        route -> timer(route, template(request, status)))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Route route, String uri) {
        return Timer.builder("http.server.requests")
                .tag("method", route.method())
                .tag("uri", uri)
                .tag("status", Integer.toString(route.status()))
                .tag("outcome", outcome(route.status()))
                .description("requests answered by Jersey, per route template")
                .register(registry);
    }

    /** The matched route's template, outermost first; what matched nothing is NOT_FOUND or UNKNOWN. */
    static String template(ContainerRequestContext request, int status) {
        List<UriTemplate> matched =
                request.getUriInfo() instanceof ExtendedUriInfo extended ? extended.getMatchedTemplates() : List.of();
        if (matched.isEmpty()) {
            if (status == 404) {
                return "NOT_FOUND";
            }
            return status >= 300 && status < 400 ? "REDIRECTION" : "UNKNOWN";
        }
        StringBuilder path = new StringBuilder();
        for (int i = matched.size() - 1; i >= 0; i--) {
            String part = matched.get(i).getTemplate();
            if (!part.startsWith("/") && (path.length() == 0 || path.charAt(path.length() - 1) != '/')) {
                path.append('/');
            }
            if (part.startsWith("/") && path.length() > 0 && path.charAt(path.length() - 1) == '/') {
                path.setLength(path.length() - 1);
            }
            path.append(part);
        }
        if (path.length() > 1 && path.charAt(path.length() - 1) == '/') {
            path.setLength(path.length() - 1);
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static String outcome(int status) {
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
