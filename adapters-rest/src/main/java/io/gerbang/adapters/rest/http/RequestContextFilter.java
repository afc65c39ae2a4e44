package io.gerbang.adapters.rest.http;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.error.Messages.Language;
import io.gerbang.adapters.rest.json.Json;
import io.gerbang.application.port.in.client.ShowClientApp;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.tenant.TenantId;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * First thing on every request: give it an id, pick the language, read X-Tenant-ID, tell the client's address
 * ({@link TrustedProxies}), and refuse a body
 * that announces itself as too large before reading a byte of it.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestContextFilter implements ContainerRequestFilter {

    private final TrustedProxies trustedProxies;
    private final ShowClientApp clients;

    public RequestContextFilter(TrustedProxies trustedProxies, ShowClientApp clients) {
        this.trustedProxies = trustedProxies;
        this.clients = clients;
    }

    private static final String CLIENTS = "/clients/";

    private static final Pattern SANE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:\\-]{1,128}$");
    private static final Pattern TENANT = Pattern.compile("^[1-9][0-9]{0,17}$");
    /** Headers beyond this are a 431 in the envelope; the server itself reads up to 64 KiB of them. */
    public static final int MAX_HEADER_BYTES = 8 * 1024;
    /** Path and query beyond this are a 414. */
    public static final int MAX_URI_CHARS = 4096;

    @Override
    public void filter(ContainerRequestContext request) {
        String requestId = requestIdFor(request.getHeaderString("X-Request-ID"));
        Object peer = request.getProperty(RequestInfo.CLIENT_IP_PROPERTY);
        String ip = trustedProxies.clientOf(
                peer == null ? null : peer.toString(), request.getHeaderString("X-Forwarded-For"));
        Language language = languageOf(request.getHeaderString("Accept-Language"));
        RequestInfo.Door door =
                RequestInfo.Door.of(request.getUriInfo().getRequestUri().getRawPath());
        // Recorded before anything can fail, so that even a refusal below carries the id and language.
        request.setProperty(RequestInfo.PROPERTY, new RequestInfo(requestId, language, null, ip, door));
        LogContext.request(requestId, null);

        String tenantHeader = request.getHeaderString("X-Tenant-ID");
        TenantId tenant = null;
        if (tenantHeader != null) {
            if (!TENANT.matcher(tenantHeader.trim()).matches()) {
                throw InvalidRequest.badHeader("X-Tenant-ID");
            }
            tenant = new TenantId(Long.parseLong(tenantHeader.trim()));
            request.setProperty(RequestInfo.PROPERTY, new RequestInfo(requestId, language, tenant, ip, door));
            LogContext.request(requestId, tenant);
        }
        refuseOddShapes(request);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path.startsWith(CLIENTS)) {
            throughClient(request, path, new RequestInfo(requestId, language, tenant, ip, door));
        }
    }

    /**
     * A request at {@code /clients/{client_id}/}: the client's dialect shapes its answers, its language is the one
     * when the request names none, and its tenant is the client's (or, with {@code tenants: any}, the one the
     * request names). A native client's paths are the {@code /api/v1} ones, served by the same resources; the
     * other dialects' resources sit at their own paths under {@code /clients/{client}/}. A client id that names no
     * client, or a path the client's dialect does not have, is a 404 in the shape that path has.
     */
    private void throughClient(ContainerRequestContext request, String path, RequestInfo plain) {
        int slash = path.indexOf('/', CLIENTS.length());
        String id = slash < 0 ? path.substring(CLIENTS.length()) : path.substring(CLIENTS.length(), slash);
        String rest = slash < 0 ? "" : path.substring(slash);
        ClientApp client = ClientId.fits(id) ? clients.find(new ClientId(id)).orElse(null) : null;
        Dialect dialect = client == null ? dialectOfPath(rest) : client.dialect();
        Language language = client == null || given(request.getHeaderString("Accept-Language"))
                ? plain.language()
                : Language.valueOf(client.language().name());
        TenantId tenant = client == null ? plain.tenantHeader() : client.tenantFor(plain.tenantHeader());
        request.setProperty(
                RequestInfo.PROPERTY,
                new RequestInfo(plain.requestId(), language, tenant, plain.clientIp(), plain.door(), client, dialect));
        LogContext.request(plain.requestId(), tenant);
        if (client == null || !rest.startsWith(pathOf(client.dialect()))) {
            throw InvalidRequest.notFound();
        }
        if (client.dialect() == Dialect.NATIVE) {
            java.net.URI uri = request.getUriInfo().getRequestUri();
            String query = uri.getRawQuery();
            request.setRequestUri(
                    request.getUriInfo().getBaseUri(),
                    request.getUriInfo().getBaseUri().resolve(rest.substring(1) + (query == null ? "" : "?" + query)));
        }
    }

    /** Where a dialect's paths begin, after {@code /clients/{client_id}}. */
    private static String pathOf(Dialect dialect) {
        return switch (dialect) {
            case NATIVE -> "/api/v1/";
            case CONNECTOR -> "/api/v1/auth/";
            case CAMPUS -> "/api/auth/";
            case PORTAL -> "/auth/";
        };
    }

    /** The dialect a path under a client that does not exist looks like: the shape its 404 is given in. */
    private static Dialect dialectOfPath(String rest) {
        if (rest.startsWith("/api/auth/")) {
            return Dialect.CAMPUS;
        }
        if (rest.startsWith("/auth/")) {
            return Dialect.PORTAL;
        }
        return Dialect.NATIVE;
    }

    private static boolean given(String header) {
        return header != null && !header.isBlank();
    }

    /**
     * What no endpoint of ours takes, refused before routing: matrix parameters ({@code /users/1;1} would
     * otherwise reach user 1), very long URIs and headers, a body on a method that has none, a body that
     * announces itself as too large.
     */
    private static void refuseOddShapes(ContainerRequestContext request) {
        java.net.URI requested = request.getUriInfo().getRequestUri();
        String path = requested.getRawPath();
        String query = requested.getRawQuery();
        if (path.length() + (query == null ? 0 : query.length()) > MAX_URI_CHARS) {
            throw InvalidRequest.uriTooLong();
        }
        if (path.indexOf(';') >= 0) {
            throw InvalidRequest.notFound();
        }
        int headerBytes = 0;
        for (var header : request.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                headerBytes += header.getKey().length() + value.length() + 4; // ": " and CRLF
            }
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            throw InvalidRequest.headersTooLarge();
        }
        String method = request.getMethod();
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && ("GET".equals(method) || "HEAD".equals(method) || "DELETE".equals(method))) {
            throw InvalidRequest.bodyNotAllowed();
        }
        if (request.getLength() > Json.MAX_BODY_BYTES) {
            throw InvalidRequest.bodyTooLarge();
        }
    }

    static String requestIdFor(String clientId) {
        return clientId != null && SANE_REQUEST_ID.matcher(clientId).matches() ? clientId : newRequestId();
    }

    /** A random (version 4) UUID; it must be unique, not secret, so no SecureRandom on every request. */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static Language languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() <= 0) {
                    continue;
                }
                if (tag.equals("id") || tag.startsWith("id-") || tag.equals("in") || tag.startsWith("in-")) {
                    return Language.ID;
                }
                if (!tag.equals("*")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException unparseable) {
            return Language.EN;
        }
        return Language.EN;
    }
}
