package io.gerbang.adapters.persistence.token;

import io.gerbang.adapters.persistence.secret.Hmac;
import io.gerbang.adapters.persistence.secret.JwtSecret;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.RefreshTokenHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refresh tokens: 32 bytes, hex. The first of a family is random; a successor is
 * HMAC-SHA256(k, predecessor ":" nonce) with a fresh random nonce and a key derived from the server secret,
 * so only the server can compute it, and only from the predecessor it already saw.
 */
public class HmacRefreshTokens implements RefreshTokens {

    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{64}$");
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random = new SecureRandom();
    private final byte[] successorKey;

    public HmacRefreshTokens(JwtSecret secret) {
        this.successorKey = secret.derive("gerbang refresh-token successor v1");
    }

    @Override
    public Minted mint() {
        byte[] token = new byte[32];
        random.nextBytes(token);
        return minted(HEX.formatHex(token));
    }

    @Override
    public String newNonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return HEX.formatHex(nonce);
    }

    @Override
    public Minted successorOf(RefreshToken presented, String nonce) {
        byte[] successor =
                Hmac.sha256(successorKey, (presented.value() + ":" + nonce).getBytes(StandardCharsets.US_ASCII));
        return minted(HEX.formatHex(successor));
    }

    @Override
    public Optional<RefreshTokenHash> hashOf(RefreshToken presented) {
        String token = presented.value();
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return Optional.of(hash(token));
    }

    private static Minted minted(String token) {
        return new Minted(new RefreshToken(token), hash(token));
    }

    private static RefreshTokenHash hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return new RefreshTokenHash(HEX.formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
