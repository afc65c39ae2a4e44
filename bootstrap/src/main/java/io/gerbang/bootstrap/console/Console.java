package io.gerbang.bootstrap.console;

import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;

/**
 * {@code /console/}: the web console, plain HTML, CSS and JavaScript modules served by Grizzly from the jar
 * ({@code console/} on the classpath), on the API's own origin. Every answer carries a Content-Security-Policy
 * that lets the page run only its own scripts and styles and talk only to its own origin (no inline script, no
 * third party, never framed).
 */
public final class Console {

    static final String PATH = "/console";
    /** What the console may load and where it may connect: itself only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private Console() {}

    public static void serve(ServerConfiguration handlers) {
        handlers.addHttpHandler(new Files(), PATH);
    }

    /** Whether a request is for the bare root, which the console's address answers. */
    public static boolean isRoot(Request request) {
        return "/".equals(request.getRequestURI())
                && "GET".equals(request.getMethod().getMethodString());
    }

    /** {@code /} leads to the console. */
    public static void redirect(Response response) {
        response.setStatus(302);
        response.setHeader("Location", PATH + "/");
        response.setContentLength(0);
    }

    private static final class Files extends HttpHandler {

        private final CLStaticHttpHandler files = new CLStaticHttpHandler(Console.class.getClassLoader(), "/console/");

        Files() {
            files.setFileCacheEnabled(false);
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (PATH.equals(request.getRequestURI())) {
                response.setStatus(301);
                response.setHeader("Location", PATH + "/");
                return;
            }
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-cache");
            files.service(request, response);
        }
    }
}
