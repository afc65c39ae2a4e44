package io.gerbang.adapters.rest.http;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.error.Messages.Language;
import io.gerbang.adapters.rest.json.Json;
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
 * First thing on every request: give it an id, pick the language, read X-Tenant-ID, and refuse a body
 * that announces itself as too large before reading a byte of it.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestContextFilter implements ContainerRequestFilter {

    private static final Pattern SANE_REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:\\-]{1,128}$");
    private static final Pattern TENANT = Pattern.compile("^[1-9][0-9]{0,17}$");

    @Override
    public void filter(ContainerRequestContext request) {
        String clientId = request.getHeaderString("X-Request-ID");
        String requestId = clientId != null && SANE_REQUEST_ID.matcher(clientId).matches()
                ? clientId : newRequestId();
        Object peer = request.getProperty(RequestInfo.CLIENT_IP_PROPERTY);
        String ip = peer == null ? null : peer.toString();
        Language language = languageOf(request.getHeaderString("Accept-Language"));
        // Recorded before anything can fail, so that even a refusal below carries the id and language.
        request.setProperty(RequestInfo.PROPERTY, new RequestInfo(requestId, language, null, ip));

        String tenantHeader = request.getHeaderString("X-Tenant-ID");
        if (tenantHeader != null) {
            if (!TENANT.matcher(tenantHeader.trim()).matches()) {
                throw InvalidRequest.badHeader("X-Tenant-ID");
            }
            TenantId tenant = new TenantId(Long.parseLong(tenantHeader.trim()));
            request.setProperty(RequestInfo.PROPERTY, new RequestInfo(requestId, language, tenant, ip));
        }
        if (request.getLength() > Json.MAX_BODY_BYTES) {
            throw InvalidRequest.bodyTooLarge();
        }
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
