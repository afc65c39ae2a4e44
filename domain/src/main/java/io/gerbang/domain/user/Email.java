package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;
import java.util.Locale;

/** An e-mail address, compared case-insensitively: it is kept in lower case. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;

    public Email {
        if (value == null) {
            throw new IllegalArgumentException("email is required");
        }
        if (Text.hasUnprintable(value)) {
            throw new IllegalArgumentException("email is not a valid address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !hasAddressShape(value)) {
            throw new IllegalArgumentException("email is not a valid address");
        }
    }

    /**
     * {@code local@domain.tld}: one {@code @} with something before it, a dot inside the domain with something
     * on both sides, no white space anywhere. (A loop rather than a regular expression: every user read from
     * the store passes through here.)
     */
    private static boolean hasAddressShape(String value) {
        int at = value.indexOf('@');
        if (at < 1 || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        int dot = value.lastIndexOf('.');
        if (dot < at + 2 || dot == value.length() - 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
