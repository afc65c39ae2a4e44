package io.gerbang.bootstrap.openapi;

import io.gerbang.adapters.rest.auth.Authenticated;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/** Every endpoint Jersey serves from the given resource classes, as Jersey itself models them. */
public final class Endpoints {

    /** One method on one path; {@code bearer} when it needs a caller's access token. */
    public record Endpoint(String method, String path, boolean bearer) {}

    private Endpoints() {}

    /** The resource classes among what is registered with Jersey (the rest are filters and providers). */
    public static List<Class<?>> resourcesOf(ResourceConfig jersey) {
        List<Class<?>> resources = new ArrayList<>();
        for (Object registered : jersey.getInstances()) {
            if (registered.getClass().isAnnotationPresent(Path.class)) {
                resources.add(registered.getClass());
            }
        }
        return resources;
    }

    public static List<Endpoint> of(Collection<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : resources) {
            Resource resource = Resource.from(type);
            if (resource != null) {
                collect(resource, "", endpoints);
            }
        }
        return endpoints;
    }

    private static void collect(Resource resource, String parent, List<Endpoint> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            Method handler = method.getInvocable().getHandlingMethod();
            boolean bearer = handler.isAnnotationPresent(Authenticated.class)
                    || handler.getDeclaringClass().isAnnotationPresent(Authenticated.class);
            into.add(new Endpoint(method.getHttpMethod().toLowerCase(Locale.ROOT), path, bearer));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String parent, String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return parent.isEmpty() ? "/" : parent;
        }
        String trimmed = path.startsWith("/") ? path : "/" + path;
        String joined = (parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent) + trimmed;
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
