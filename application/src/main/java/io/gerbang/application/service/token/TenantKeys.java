package io.gerbang.application.service.token;

import io.gerbang.application.port.in.refusal.UnknownTenant;
import io.gerbang.application.port.in.token.RotateSigningKeys;
import io.gerbang.application.port.in.token.ShowSigningKeys;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.KeyPolicy;
import io.gerbang.domain.signing.KeyRing;
import io.gerbang.domain.signing.ServerSecretTokens;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' signing keys as the rules of {@link KeyRing} say: which key signs now (a first key, or the next one
 * when its term is near, is made on the way, by whichever node needs it first), which keys a token may have been
 * signed by, which ones are published, and rotations asked for by an operator. The store reads keys from memory
 * (every node hears of a new or revoked key at once), so these answers cost no round trip.
 */
public class TenantKeys implements RotateSigningKeys, ShowSigningKeys {

    private final SigningKeys keys;
    private final Tenants tenants;
    private final KeyPolicy policy;
    private final SecurityEvents events;
    private final Clock clock;

    public TenantKeys(SigningKeys keys, Tenants tenants, KeyPolicy policy, SecurityEvents events, Clock clock) {
        this.keys = keys;
        this.tenants = tenants;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The ring made of the keys last read for each tenant: every request asks, and the keys rarely change. */
    private final java.util.Map<TenantId, Memo> rings = new java.util.concurrent.ConcurrentHashMap<>();

    private record Memo(List<SigningKey> read, KeyRing ring) {}

    private KeyRing ringOf(TenantId tenant) {
        List<SigningKey> read = keys.of(tenant);
        Memo memo = rings.get(tenant);
        if (memo != null && memo.read() == read) {
            return memo.ring();
        }
        KeyRing ring = new KeyRing(tenant, read, policy);
        rings.put(tenant, new Memo(read, ring));
        return ring;
    }

    /** The key that signs the tenant's tokens now, making the one that is due first. */
    public KeyId signerFor(TenantId tenant) {
        KeyRing ring = withDueKey(ringOf(tenant), clock.instant());
        // the key may have been made by another request or node that looked at its clock a moment after this one
        // did (a first key signs from the moment it is made): it signs from now, not from before
        return ring.current(clock.instant())
                .orElseThrow(() -> new IllegalStateException("a ring with a key due has one"))
                .id();
    }

    /** The ring with the key that is due at {@code now}, if one is, made (or found made by another). */
    private KeyRing withDueKey(KeyRing ring, Instant now) {
        return ring.due(now).map(planned -> made(ring, planned, now)).orElse(ring);
    }

    /** Adds the planned key (or finds the one another node made of that generation) and clears out gone ones. */
    private KeyRing made(KeyRing ring, KeyRing.PlannedKey planned, Instant now) {
        Optional<SigningKey> made = keys.make(ring.tenant(), planned.generation(), now, planned.signsFrom());
        List<KeyId> gone = ring.removable(now).stream().map(SigningKey::id).toList();
        if (!gone.isEmpty()) {
            keys.remove(ring.tenant(), gone);
        }
        made.ifPresent(key -> events.record(
                new Event(Kind.SIGNING_KEY_MADE, ring.tenant(), null, key.id() + " signs from " + key.signsFrom())));
        // taken: read from the store itself, as this node's copy may not have heard of that key yet
        return made.map(ring::with).orElseGet(() -> new KeyRing(ring.tenant(), keys.reread(ring.tenant()), policy));
    }

    /** Whether a token with a genuine signature may be believed now, as far as what signed it goes. */
    public boolean trusts(AccessClaims claims) {
        if (claims.sharedSecret()) {
            // a shared-secret client's key: its secret is renewed or the client deleted, not rotated
            return true;
        }
        if (claims.key() == null) {
            return ServerSecretTokens.believed(claims.issuedAt(), claims.expiresAt(), keys.tenantKeysSince());
        }
        KeyRing ring = ringOf(claims.tenant());
        if (ring.key(claims.key()).isEmpty()) {
            // its signature checked out, so the key exists: another node made it, and its word has not come yet
            ring = new KeyRing(claims.tenant(), keys.reread(claims.tenant()), policy);
        }
        return ring.trusts(claims.key(), clock.instant());
    }

    @Override
    public List<SigningKey> publishedKeys(TenantId tenant) {
        if (!tenants.byId(tenant).map(Tenant::active).orElse(false)) {
            throw new UnknownTenant(tenant);
        }
        Instant now = clock.instant();
        KeyRing ring = ringOf(tenant);
        if (ring.current(now).isEmpty()) {
            // a verifier may fetch the key set before the tenant's first sign-in: show it the key that will sign
            ring = withDueKey(ring, now);
            now = clock.instant();
        }
        return ring.published(now);
    }

    @Override
    public SigningKey rotate(TenantId tenant, boolean revokeCurrent) {
        if (tenants.byId(tenant).isEmpty()) {
            throw new UnknownTenant(tenant);
        }
        Instant now = clock.instant();
        KeyRing ring = ringOf(tenant);
        if (revokeCurrent) {
            Optional<SigningKey> current = ring.current(now);
            if (current.isPresent()) {
                keys.revoke(tenant, current.get().id(), now);
                events.record(new Event(
                        Kind.SIGNING_KEY_REVOKED,
                        tenant,
                        null,
                        current.get().id().value()));
                ring = ring.with(current.get().revoked(now));
            }
        }
        Optional<KeyRing.PlannedKey> planned = ring.rotation(now, revokeCurrent);
        if (planned.isPresent()) {
            ring = made(ring, planned.get(), now);
        }
        KeyRing rotated = ring;
        return rotated.keys().stream()
                .filter(key -> !key.revokedBy(now))
                .reduce((earlier, later) -> later)
                .orElseThrow();
    }
}
