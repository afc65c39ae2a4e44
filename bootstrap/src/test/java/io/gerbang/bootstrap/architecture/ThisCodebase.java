package io.gerbang.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every class Gerbang's modules build, whatever package it is in: the whole of each module's output (its
 * classes folder or jar, found from one class of it), and Tyrus's packages beside them, so that a class
 * planted in a library's package is seen as ours and judged by the rules.
 */
final class ThisCodebase implements LocationProvider {

    /** One class of each module whose code goes into the jar. */
    private static final List<Class<?>> MODULES = List.of(
            io.gerbang.domain.user.User.class,
            io.gerbang.application.port.in.signin.LogIn.class,
            io.gerbang.adapters.rest.error.ErrorMapper.class,
            io.gerbang.adapters.websocket.ChatServer.class,
            io.gerbang.adapters.persistence.jdbc.JdbcUsers.class,
            io.gerbang.bootstrap.Gerbang.class);

    @Override
    public Set<Location> get(Class<?> testClass) {
        Set<Location> locations = new HashSet<>(modules());
        locations.addAll(tyrusJars());
        return locations;
    }

    /** Classes that one of Gerbang's modules built, not a library. */
    static DescribedPredicate<JavaClass> builtHere() {
        Set<String> modules =
                modules().stream().map(location -> location.asURI().toString()).collect(Collectors.toSet());
        return DescribedPredicate.describe(
                "built by Gerbang's modules",
                javaClass -> javaClass
                        .getSource()
                        .map(source -> modules.stream()
                                .anyMatch(module -> within(source.getUri().toString(), module)))
                        .orElse(false));
    }

    /** Classes read from one of Tyrus's own jars. */
    static DescribedPredicate<JavaClass> fromTyrusJars() {
        Set<String> jars = tyrusJars().stream()
                .map(location -> location.asURI().toString())
                .collect(Collectors.toSet());
        return DescribedPredicate.describe(
                "read from Tyrus's own jars",
                javaClass -> javaClass
                        .getSource()
                        .map(source -> jars.stream()
                                .anyMatch(jar -> within(source.getUri().toString(), jar)))
                        .orElse(false));
    }

    private static Set<Location> modules() {
        return MODULES.stream().map(ThisCodebase::locationOf).collect(Collectors.toSet());
    }

    private static Set<Location> tyrusJars() {
        return Set.of(
                locationOf(org.glassfish.tyrus.core.TyrusWebSocket.class),
                locationOf(org.glassfish.tyrus.container.grizzly.server.GrizzlyServerContainer.class),
                locationOf(org.glassfish.tyrus.server.TyrusServerContainer.class),
                locationOf(org.glassfish.tyrus.spi.ServerContainer.class));
    }

    private static Location locationOf(Class<?> anchor) {
        try {
            return Location.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(anchor.getName(), e);
        }
    }

    /** A class's source (a file, or jar:file:...!/entry) lies within a module's folder or jar. */
    private static boolean within(String source, String module) {
        return path(source).startsWith(path(module));
    }

    /** The file system path a location names ({@code file:///a}, {@code file:/a} and {@code jar:file:/a!/} alike). */
    private static String path(String uri) {
        String path = uri.replaceFirst("^jar:", "").replaceFirst("^file:/+", "/");
        return path.endsWith("!/") ? path.substring(0, path.length() - 2) : path;
    }
}
