package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;

/**
 * An e-mail address, kept and compared in its {@link Text#canonical} form (NFKC, lower case). Its local part
 * and each label of its domain are each written in one script, so a Cyrillic or full-width twin of an address
 * is refused or is the same address, never a second account that reads as the first.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;

    public Email {
        if (value == null) {
            throw new IllegalArgumentException("email is required");
        }
        if (Text.hasUnprintable(value)) {
            throw new IllegalArgumentException("email is not a valid address");
        }
        value = Text.canonical(value.strip());
        if (value.length() > MAX_LENGTH || !hasAddressShape(value)) {
            throw new IllegalArgumentException("email is not a valid address");
        }
        if (!eachPartInOneScript(value)) {
            throw new IllegalArgumentException("email mixes scripts (a look-alike of another address)");
        }
    }

    private static boolean eachPartInOneScript(String value) {
        int at = value.indexOf('@');
        if (!Text.isSingleScript(value.substring(0, at))) {
            return false;
        }
        for (String label : value.substring(at + 1).split("\\.")) {
            if (!Text.isSingleScript(label)) {
                return false;
            }
        }
        return true;
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
