package io.gerbang.bootstrap.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@code /openapi.json} (made on the first request, then kept) and {@code /docs/}: Swagger UI from its webjar,
 * served from the jar by Grizzly, opening that document.
 */
public final class ApiDocs {

    /** The Swagger UI webjar's version: the folder its files are in. */
    static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.18.2/";

    private ApiDocs() {}

    public static void serve(ServerConfiguration handlers, ResourceConfig jersey, ObjectMapper apiMapper) {
        List<Class<?>> resources = Endpoints.resourcesOf(jersey);
        Supplier<byte[]> document =
                memoized(() -> OpenApiDocument.json(apiMapper, resources).getBytes(StandardCharsets.UTF_8));
        handlers.addHttpHandler(new Hardened(new Fixed("application/json", document)), "/openapi.json");
        byte[] initializer = """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    layout: "StandaloneLayout" });
                };
                """.getBytes(StandardCharsets.UTF_8);
        handlers.addHttpHandler(
                new Hardened(new SwaggerUi(new Fixed("application/javascript", () -> initializer))), "/docs");
    }

    /**
     * Every answer of the documentation: never sniffed as another type, and never shown inside another site's
     * frame (a page that frames Swagger UI could dress it up to take what a visitor types).
     */
    private static final class Hardened extends HttpHandler {

        private final HttpHandler inner;

        Hardened(HttpHandler inner) {
            this.inner = inner;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            inner.service(request, response);
        }
    }

    /** The webjar's files, but for its initializer, which is ours (it names our document). */
    private static final class SwaggerUi extends HttpHandler {

        private final HttpHandler files = new CLStaticHttpHandler(ApiDocs.class.getClassLoader(), "/" + SWAGGER_UI);
        private final HttpHandler initializer;

        SwaggerUi(HttpHandler initializer) {
            this.initializer = initializer;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (request.getRequestURI().endsWith("/swagger-initializer.js")) {
                initializer.service(request, response);
            } else {
                files.service(request, response);
            }
        }
    }

    private static Supplier<byte[]> memoized(Supplier<byte[]> made) {
        return new Supplier<>() {
            private volatile byte[] bytes;

            @Override
            public byte[] get() {
                byte[] known = bytes;
                if (known == null) {
                    synchronized (this) {
                        if (bytes == null) {
                            bytes = made.get();
                        }
                        known = bytes;
                    }
                }
                return known;
            }
        };
    }

    /** One fixed body for GET. */
    private static final class Fixed extends HttpHandler {

        private final String type;
        private final Supplier<byte[]> body;

        Fixed(String type, Supplier<byte[]> body) {
            this.type = type;
            this.body = body;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            if (!"GET".equals(request.getMethod().getMethodString())) {
                response.setStatus(405);
                response.setHeader("Allow", "GET");
                return;
            }
            byte[] bytes = body.get();
            response.setContentType(type + "; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
