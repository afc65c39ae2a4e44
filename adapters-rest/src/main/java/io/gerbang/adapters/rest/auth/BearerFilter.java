package io.gerbang.adapters.rest.auth;

import io.gerbang.application.port.in.session.Authenticate;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** Guards {@link Authenticated} resources: no live session, no entry. */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerFilter implements ContainerRequestFilter {

    private final Authenticate authenticate;

    public BearerFilter(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Callers.authenticate(request, authenticate);
    }
}
