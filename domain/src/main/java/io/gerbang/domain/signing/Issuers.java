package io.gerbang.domain.signing;

import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;
import java.util.Optional;

/**
 * Each tenant is an issuer: {@code <public url>/t/<tenant id>} names it in its tokens' {@code iss}, and its metadata,
 * key set and endpoints live under it.
 */
public record Issuers(String publicUrl) {

    public Issuers {
        Objects.requireNonNull(publicUrl, "publicUrl");
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new IllegalArgumentException("GERBANG_PUBLIC_URL is an http or https URL");
        }
    }

    public String of(TenantId tenant) {
        return publicUrl + "/t/" + tenant.value();
    }

    /**
     * Whether {@code issuer} names {@code tenant} as an issuer of this Gerbang, under this node's public URL or under
     * another base: nodes that share stores may be configured with different URLs (or the URL changed since), and a
     * token's trust rests on the tenant's key that signed it, which no other deployment holds.
     */
    public boolean names(String issuer, TenantId tenant) {
        String path = "/t/" + tenant.value();
        if (issuer == null) {
            return false;
        }
        boolean web = issuer.startsWith("http://") || issuer.startsWith("https://");
        boolean hostThenPath = web
                && issuer.endsWith(path)
                && issuer.indexOf('/', issuer.indexOf("//") + 2) == issuer.length() - path.length();
        return hostThenPath || issuer.equals(of(tenant));
    }

    /** The tenant an {@code iss} names, if it is one of ours. */
    public Optional<TenantId> tenantOf(String issuer) {
        String prefix = publicUrl + "/t/";
        if (issuer == null || !issuer.startsWith(prefix)) {
            return Optional.empty();
        }
        String id = issuer.substring(prefix.length());
        if (!id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new TenantId(Long.parseLong(id)));
    }
}
