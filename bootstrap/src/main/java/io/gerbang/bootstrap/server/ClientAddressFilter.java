package io.gerbang.bootstrap.server;

import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import org.glassfish.grizzly.http.server.Request;

/** Tells the REST adapter the peer address of the connection, which only the Grizzly server knows. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class ClientAddressFilter implements ContainerRequestFilter {

    @Context
    private Provider<Request> connection;

    @Override
    public void filter(ContainerRequestContext request) {
        Request grizzly = connection.get();
        if (grizzly != null) {
            request.setProperty(RequestInfo.CLIENT_IP_PROPERTY, grizzly.getRemoteAddr());
        }
    }
}
