package io.gerbang.domain.access;

import java.util.Locale;

/** The node of the organisation tree a role assignment is made at. */
public enum AssignmentLevel {
    COMPANY,
    BRANCH,
    UNIT;

    // made once: every /auth/me answer writes the level of each of the caller's roles
    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static AssignmentLevel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
