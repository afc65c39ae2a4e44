package io.gerbang.domain.access;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unit's short code (a study programme's {@code TI}, {@code SI}): 1 to 16 of {@code A-Z}, {@code 0-9} and
 * {@code -}, unique in its tenant. What a campus app calls a {@code prodi_id}. Given in either case, kept in
 * upper case.
 */
public record UnitCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9-]{1,16}");

    public UnitCode {
        if (value == null) {
            throw new IllegalArgumentException("a unit code is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a unit code is 1 to 16 of A-Z, 0-9 and -");
        }
    }

    /** A stored code that may be absent. */
    public static UnitCode ofNullable(String value) {
        return value == null ? null : new UnitCode(value);
    }

    /** The text of a code that may be absent, for a store or an answer to write. */
    public static String valueOf(UnitCode code) {
        return code == null ? null : code.value;
    }

    @Override
    public String toString() {
        return value;
    }
}
