package io.gerbang.domain.client;

/** The shape of the API a client app is served: each is another door to the same sign-in and sessions. */
public enum Dialect {
    /** The {@code /api/v1} API, in the envelope. */
    NATIVE,
    /** Desktop connectors written against a FastAPI backend: bare token pairs, {@code {detail}} errors. */
    CONNECTOR,
    /** Next.js campus apps: {@code {user, token}}, study-programme claims in the token. */
    CAMPUS,
    /** Multi-tenant front ends: a flat login answer, refresh answers only the access token. */
    PORTAL
}
