package io.gerbang.domain.twofactor;

import java.util.Locale;

/**
 * What a person types as their second factor: a 6-digit TOTP code, or one of their recovery codes. Anything
 * else is not a code at all (a bad request), as opposed to a code that is wrong.
 */
public sealed interface SecondFactorCode {

    /** Reads a typed code; {@link IllegalArgumentException} when it has neither shape. */
    static SecondFactorCode parse(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("a code is required");
        }
        String trimmed = typed.strip();
        if (TotpCode.SHAPE.matcher(trimmed).matches()) {
            return new TotpCode(trimmed);
        }
        return RecoveryCode.parse(trimmed);
    }

    /** Six ASCII digits. */
    record TotpCode(String digits) implements SecondFactorCode {

        static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[0-9]{6}");

        public TotpCode {
            if (digits == null || !SHAPE.matcher(digits).matches()) {
                throw new IllegalArgumentException("a TOTP code is 6 digits");
            }
        }

        @Override
        public String toString() {
            return "TotpCode[******]";
        }
    }

    /**
     * A one-time recovery code: 10 characters of {@link #ALPHABET}, shown as two groups of five
     * ({@code abcde-fghij}); typed in either case, with or without the dash.
     */
    record RecoveryCode(String characters) implements SecondFactorCode {

        /** Lower-case letters and digits without the look-alikes 0, o, 1, l, i. */
        public static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

        public static final int LENGTH = 10;
        /** How many a person gets when they turn two-factor on. */
        public static final int COUNT = 10;

        public RecoveryCode {
            if (characters == null
                    || characters.length() != LENGTH
                    || !characters.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
                throw new IllegalArgumentException("a recovery code is 10 letters and digits");
            }
        }

        static RecoveryCode parse(String typed) {
            String plain = typed.toLowerCase(Locale.ROOT);
            if (plain.length() == LENGTH + 1 && plain.charAt(5) == '-') {
                plain = plain.substring(0, 5) + plain.substring(6);
            }
            return new RecoveryCode(plain);
        }

        /** As it is shown to the person: two groups of five. */
        public String shown() {
            return characters.substring(0, 5) + "-" + characters.substring(5);
        }

        @Override
        public String toString() {
            return "RecoveryCode[*****-*****]";
        }
    }
}
