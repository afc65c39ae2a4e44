package io.gerbang.domain.signing;

import java.time.Duration;
import java.util.Objects;

/**
 * How a tenant's keys are replaced.
 *
 * @param rotateEvery   how long a key signs before the next one takes over ({@code GERBANG_KEY_ROTATION_DAYS})
 * @param publishAhead  how long a new key is published before it signs: the longest time a verifier may keep a
 *                      key set cached plus the access token lifetime ({@code GERBANG_ACCESS_TTL} + 300 s)
 * @param keepRetired   how long a retired key is still trusted and published: the longest an access token can
 *                      live, so no token it signed is refused by a planned rotation
 */
public record KeyPolicy(Duration rotateEvery, Duration publishAhead, Duration keepRetired) {

    /** Verifiers' caches (jose, Spring, PyJWT) refresh a key set within five minutes. */
    public static final Duration VERIFIER_CACHE = Duration.ofSeconds(300);

    /** How far the clocks of the nodes and verifiers may disagree. */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    public KeyPolicy {
        Objects.requireNonNull(rotateEvery, "rotateEvery");
        Objects.requireNonNull(publishAhead, "publishAhead");
        Objects.requireNonNull(keepRetired, "keepRetired");
        if (publishAhead.isNegative() || publishAhead.isZero() || rotateEvery.compareTo(publishAhead) <= 0) {
            throw new IllegalArgumentException("a key must sign for longer than it is published ahead");
        }
    }

    /** The contract's policy: rotate every so many days, publish an access token's life plus 300 s ahead. */
    public static KeyPolicy of(int rotationDays, Duration accessTtl, Duration longestAccessTtl) {
        if (rotationDays < 1) {
            throw new IllegalArgumentException("GERBANG_KEY_ROTATION_DAYS must be at least 1");
        }
        return new KeyPolicy(
                Duration.ofDays(rotationDays), accessTtl.plus(VERIFIER_CACHE), longestAccessTtl.plus(CLOCK_SLACK));
    }
}
