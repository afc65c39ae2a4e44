package io.gerbang.domain.access;

import java.util.Locale;

/** The node of the organisation tree a role assignment is made at. */
public enum AssignmentLevel {
    COMPANY, BRANCH, UNIT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssignmentLevel fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
