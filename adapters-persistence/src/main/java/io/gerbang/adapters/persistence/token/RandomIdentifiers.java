package io.gerbang.adapters.persistence.token;

import io.gerbang.application.port.out.Identifiers;
import io.gerbang.domain.session.SessionId;
import java.security.SecureRandom;
import java.util.HexFormat;

/** 128-bit random identifiers, hex. */
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

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
