package io.gerbang.adapters.rest.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowed browser origins (GERBANG_CORS_ORIGINS), and at a client app's paths its own. Credentials are allowed,
 * so never a wildcard.
 */
public record Cors(Set<String> origins) {

    public Cors {
        origins = Set.copyOf(origins);
        if (origins.contains("*")) {
            throw new IllegalArgumentException("GERBANG_CORS_ORIGINS may not be '*' while credentials are allowed");
        }
    }

    public static Cors parse(String commaList) {
        return new Cors(Arrays.stream(commaList == null ? new String[0] : commaList.split(","))
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toSet()));
    }

    public boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** At a client app's paths, its own {@code origins} are allowed too. */
    public boolean allows(String origin, RequestInfo request) {
        return allows(origin)
                || origin != null
                        && request.client() != null
                        && request.client().origins().contains(origin);
    }
}
