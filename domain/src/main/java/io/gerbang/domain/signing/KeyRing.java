package io.gerbang.domain.signing;

import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's signing keys and the rule of their rotation. A key's state follows from its times alone, so every
 * node that reads the same keys agrees without talking to the others:
 * <ul>
 *   <li>a key is {@link KeyState#NEXT NEXT} until its {@code signsFrom};</li>
 *   <li>of the keys whose time has come, the latest generation not revoked is {@link KeyState#CURRENT CURRENT};</li>
 *   <li>an earlier one is {@link KeyState#RETIRED RETIRED} from the moment a later one started signing, and
 *       {@link KeyState#GONE GONE} once {@link KeyPolicy#keepRetired()} has passed since then;</li>
 *   <li>a revoked key is {@link KeyState#REVOKED REVOKED} from its revocation on, whatever else holds.</li>
 * </ul>
 * A planned rotation adds a key that signs {@link KeyPolicy#publishAhead()} after it is published, so no verifier
 * meets a token of a key it has not been shown; a rotation for a leaked key revokes the current one and adds one
 * that signs at once.
 */
public record KeyRing(TenantId tenant, List<SigningKey> keys, KeyPolicy policy) {

    public KeyRing {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(policy, "policy");
        keys = keys.stream()
                .sorted(Comparator.comparingInt(SigningKey::generation))
                .toList();
        if (keys.stream().anyMatch(key -> !key.tenant().equals(tenant))) {
            throw new IllegalArgumentException("a ring holds one tenant's keys");
        }
    }

    public KeyState stateOf(SigningKey key, Instant now) {
        if (key.revokedBy(now)) {
            return KeyState.REVOKED;
        }
        if (now.isBefore(key.signsFrom())) {
            return KeyState.NEXT;
        }
        Optional<SigningKey> current = current(now);
        if (current.isPresent() && current.get().generation() == key.generation()) {
            return KeyState.CURRENT;
        }
        Instant retiredAt = keys.stream()
                .filter(later -> later.generation() > key.generation() && !now.isBefore(later.signsFrom()))
                .map(SigningKey::signsFrom)
                .min(Comparator.naturalOrder())
                .orElse(key.signsFrom());
        return now.isBefore(retiredAt.plus(policy.keepRetired())) ? KeyState.RETIRED : KeyState.GONE;
    }

    /** The key that signs now: the latest generation whose time has come, unless it is revoked. */
    public Optional<SigningKey> current(Instant now) {
        // a plain loop, as in key(id): every authenticated request asks (see TenantKeys.trusts)
        for (int i = keys.size() - 1; i >= 0; i--) {
            SigningKey key = keys.get(i);
            if (!key.revokedBy(now) && !now.isBefore(key.signsFrom())) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The key named {@code id}, if it is this tenant's. */
    public Optional<SigningKey> key(KeyId id) {
        for (SigningKey key : keys) {
            if (key.id().equals(id)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** Whether a token signed by {@code id} (with a genuine signature) may be believed now. */
    public boolean trusts(KeyId id, Instant now) {
        return key(id).map(key -> stateOf(key, now).verifies()).orElse(false);
    }

    /** The keys a verifier should hold now: the next one, the current one, the retired ones still trusted. */
    public List<SigningKey> published(Instant now) {
        return keys.stream().filter(key -> stateOf(key, now).published()).toList();
    }

    /** Keys that neither sign nor verify any more and may be deleted. */
    public List<SigningKey> removable(Instant now) {
        return keys.stream()
                .filter(key -> {
                    KeyState state = stateOf(key, now);
                    return state == KeyState.GONE
                            || state == KeyState.REVOKED
                                    && !now.isBefore(key.revokedAt().plus(policy.keepRetired()));
                })
                .toList();
    }

    /**
     * The key to add now, if one is due: a first key (or a replacement for a revoked one) that signs at once;
     * or, when the current key is within {@link KeyPolicy#publishAhead()} of the end of its term and no next key is
     * published, the next one, signing when the term ends (or {@code publishAhead} from now, if that is later).
     */
    public Optional<PlannedKey> due(Instant now) {
        if (keys.stream().anyMatch(key -> stateOf(key, now) == KeyState.NEXT)) {
            return Optional.empty();
        }
        Optional<SigningKey> current = current(now);
        if (current.isEmpty()) {
            return Optional.of(new PlannedKey(nextGeneration(), now));
        }
        Instant termEnds = current.get().signsFrom().plus(policy.rotateEvery());
        if (now.isBefore(termEnds.minus(policy.publishAhead()))) {
            return Optional.empty();
        }
        Instant earliest = now.plus(policy.publishAhead());
        return Optional.of(new PlannedKey(nextGeneration(), termEnds.isAfter(earliest) ? termEnds : earliest));
    }

    /**
     * A rotation asked for now ({@code rotate-keys}): the next key, published now and signing after
     * {@link KeyPolicy#publishAhead()}; none when a next key is already published (that rotation is under way).
     * With {@code revokeCurrent}, the new key signs at once: the current one is no longer trusted.
     */
    public Optional<PlannedKey> rotation(Instant now, boolean revokeCurrent) {
        if (revokeCurrent) {
            return Optional.of(new PlannedKey(nextGeneration(), now));
        }
        if (keys.stream().anyMatch(key -> stateOf(key, now) == KeyState.NEXT)) {
            return Optional.empty();
        }
        return Optional.of(
                new PlannedKey(nextGeneration(), current(now).isEmpty() ? now : now.plus(policy.publishAhead())));
    }

    private int nextGeneration() {
        return keys.isEmpty() ? 1 : keys.get(keys.size() - 1).generation() + 1;
    }

    public KeyRing with(SigningKey key) {
        List<SigningKey> more = new java.util.ArrayList<>(keys);
        more.removeIf(known -> known.generation() == key.generation());
        more.add(key);
        return new KeyRing(tenant, more, policy);
    }

    /** A key to be made: its place in the sequence and when it starts signing. */
    public record PlannedKey(int generation, Instant signsFrom) {}
}
