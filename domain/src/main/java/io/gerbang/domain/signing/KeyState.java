package io.gerbang.domain.signing;

/** Where a signing key is in its life; only a key's times decide it (see {@link KeyRing}). */
public enum KeyState {
    /** Published, not signing yet: verifiers that cached the key set hold it before its first token. */
    NEXT,
    /** Signs every new token of its tenant. */
    CURRENT,
    /** Signs no more; published and trusted until the last token it signed has expired. */
    RETIRED,
    /** Trusted no more: a leaked key. Its tokens are refused. */
    REVOKED,
    /** Retired long enough that no token it signed is still good: may be deleted. */
    GONE;

    public boolean verifies() {
        return this == CURRENT || this == RETIRED;
    }

    public boolean published() {
        return this == NEXT || this == CURRENT || this == RETIRED;
    }
}
