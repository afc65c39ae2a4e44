package io.gerbang.adapters.persistence.secret;

import io.gerbang.application.port.out.StoreUnavailable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM (the JDK's) for secrets at rest: a fresh 12-byte nonce, then the ciphertext and its 16-byte tag.
 * The context (say, the user id) is bound as associated data, so a sealed secret copied to another row does
 * not open there. Also keyed hashes (HMAC-SHA256) for what is only ever compared, like recovery codes.
 */
public final class SecretBox {

    /** The store a secret that does not open makes unavailable. */
    public static final String SEALED = "sealed secrets";

    private static final Logger LOG = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec encryption;
    private final byte[] hashing;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(DataKey key) {
        this.encryption = new SecretKeySpec(key.derive("gerbang secret box aes-gcm"), "AES");
        this.hashing = key.derive("gerbang secret box hmac");
    }

    public byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The plain bytes; {@link IllegalStateException} when the box was sealed with another key or context. */
    public byte[] open(byte[] box, String context) {
        if (box.length <= NONCE_BYTES) {
            throw new IllegalStateException("not a sealed secret");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    encryption,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(box, 0, NONCE_BYTES)));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(box, NONCE_BYTES, box.length - NONCE_BYTES);
        } catch (AEADBadTagException wrongKeyOrContext) {
            throw new IllegalStateException("a stored secret does not open with this GERBANG_DATA_KEY");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * A secret read back from a store: as {@link #open}, but one that does not open (the node's
     * {@code GERBANG_DATA_KEY} is not the one it was sealed with) makes the store unavailable, logged once per
     * attempt, so the request fails closed with 503 and is never served without what the secret protects.
     */
    public byte[] openStored(byte[] box, String context) {
        try {
            return open(box, context);
        } catch (IllegalStateException wrongDataKey) {
            LOG.error("a stored secret ({}) does not open with this node's GERBANG_DATA_KEY", kindOf(context));
            throw new StoreUnavailable(SEALED, wrongDataKey);
        }
    }

    /** What a context names, without its id: {@code totp}, {@code tenant signing key}, ... */
    private static String kindOf(String context) {
        int end = context.length();
        while (end > 0
                && (Character.isLetterOrDigit(context.charAt(end - 1))
                        || context.charAt(end - 1) == '-'
                        || context.charAt(end - 1) == '_')) {
            end--;
        }
        return context.substring(0, end).strip().replaceAll(":$", "");
    }

    public byte[] hash(String text) {
        return Hmac.sha256(hashing, text);
    }

    @Override
    public String toString() {
        return "SecretBox[****]";
    }
}
