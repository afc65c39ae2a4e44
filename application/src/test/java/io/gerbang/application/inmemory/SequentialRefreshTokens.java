package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.RefreshTokenHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refresh tokens of the real shape (64 hex digits, kept as their SHA-256), the first of a family counted up and a
 * successor derived from its predecessor and nonce, unkeyed: enough for the rules, no secret to hold.
 */
public final class SequentialRefreshTokens implements RefreshTokens {

    private final AtomicLong next = new AtomicLong();

    @Override
    public Minted mint() {
        return minted("%064x".formatted(next.incrementAndGet()));
    }

    @Override
    public String newNonce() {
        return "nonce-" + next.incrementAndGet();
    }

    @Override
    public Minted successorOf(RefreshToken presented, String nonce) {
        return minted(sha256(presented.value() + ":" + nonce));
    }

    @Override
    public Optional<RefreshTokenHash> hashOf(RefreshToken token) {
        return token.value().matches("[0-9a-f]{64}")
                ? Optional.of(new RefreshTokenHash(sha256(token.value())))
                : Optional.empty();
    }

    private static Minted minted(String token) {
        return new Minted(new RefreshToken(token), new RefreshTokenHash(sha256(token)));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
