package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;

/**
 * The number or code a person signs in with (an employee or student number), unique within a tenant, kept and
 * compared in its {@link Text#canonical} form (NFKC, lower case). Its digits are 0-9 (a full-width digit is
 * one of them; an Arabic-Indic or Devanagari one is refused), and one made of digits only is a number: its
 * leading zeros are not part of it ({@code 05} is {@code 5}), so no two accounts differ by them.
 */
public record UserIdentity(String value) {

    public static final int MAX_LENGTH = 64;

    public UserIdentity {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("user_identity is required");
        }
        if (Text.hasUnprintable(value)) {
            throw new IllegalArgumentException("user_identity must not hold control characters");
        }
        value = Text.canonical(value.strip());
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("user_identity must be at most 64 characters without spaces");
        }
        if (value.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            throw new IllegalArgumentException("user_identity may hold only the digits 0-9");
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            value = withoutLeadingZeros(value);
        }
    }

    private static String withoutLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }

    @Override
    public String toString() {
        return value;
    }
}
