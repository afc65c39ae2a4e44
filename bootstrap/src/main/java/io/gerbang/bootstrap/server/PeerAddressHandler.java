package io.gerbang.bootstrap.server;

import io.gerbang.adapters.rest.http.LogContext;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.bootstrap.console.Console;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Stands in front of Jersey's handler (sending a browser at the bare root on to the console) and tells the REST
 * adapter the peer address of the connection, as a
 * request attribute (Jersey reads Grizzly's attributes as request properties). Cheaper than looking the
 * Grizzly request up through injection on every call.
 */
final class PeerAddressHandler extends HttpHandler {

    private final HttpHandler jersey;

    PeerAddressHandler(HttpHandler jersey) {
        super("gerbang");
        this.jersey = jersey;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (Console.isRoot(request)) {
            Console.redirect(response); // nothing of the API lives at the bare root
            return;
        }
        request.setAttribute(RequestInfo.CLIENT_IP_PROPERTY, request.getRemoteAddr());
        try {
            jersey.service(request, response);
        } finally {
            LogContext.clear(); // the worker thread goes on to other requests
        }
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }
}
