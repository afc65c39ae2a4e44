package io.gerbang.adapters.persistence.token;

import io.gerbang.application.port.out.Identifiers;
import io.gerbang.domain.session.SessionId;
import java.security.SecureRandom;
import java.util.HexFormat;

/** 128-bit random identifiers, hex; 256-bit secrets, base64url. */
public class RandomIdentifiers implements Identifiers {

    private final SecureRandom random = new SecureRandom();

    @Override
    public SessionId newSessionId() {
        return new SessionId(randomHex());
    }

    @Override
    public String newTokenId() {
        return randomHex();
    }

    @Override
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
