package io.gerbang.adapters.persistence.token;

import io.gerbang.adapters.persistence.secret.Hmac;
import io.gerbang.adapters.persistence.secret.JwtSecret;
import io.gerbang.application.port.out.Cursors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Cursors as {@code base64url("a:<id>" | "b:<id>") "." base64url(HMAC-SHA256, first 16 bytes)}, with a key
 * derived from the server secret: a cursor changed by hand does not open.
 */
public class HmacCursors implements Cursors {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    public HmacCursors(JwtSecret secret) {
        this.key = secret.derive("gerbang list cursor v1");
    }

    @Override
    public String seal(Position position) {
        byte[] body = ((position.after() ? "a:" : "b:") + position.id()).getBytes(StandardCharsets.US_ASCII);
        return ENCODE.encodeToString(body) + "." + ENCODE.encodeToString(mac(body));
    }

    @Override
    public Optional<Position> open(String cursor) {
        if (cursor == null || cursor.length() > 200) {
            return Optional.empty();
        }
        int dot = cursor.indexOf('.');
        try {
            byte[] body = DECODE.decode(cursor.substring(0, Math.max(dot, 0)));
            byte[] seal = DECODE.decode(cursor.substring(dot + 1));
            if (dot < 0 || !MessageDigest.isEqual(seal, mac(body))) {
                return Optional.empty();
            }
            String text = new String(body, StandardCharsets.US_ASCII);
            boolean after = text.startsWith("a:");
            if (!after && !text.startsWith("b:")) {
                return Optional.empty();
            }
            return Optional.of(new Position(after, Long.parseLong(text.substring(2))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] body) {
        return Arrays.copyOf(Hmac.sha256(key, body), 16);
    }
}
