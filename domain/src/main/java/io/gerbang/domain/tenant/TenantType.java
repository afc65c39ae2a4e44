package io.gerbang.domain.tenant;

import java.util.Arrays;

/** What a tenant is to the organisation that runs Gerbang: its own staff, or a partner. */
public enum TenantType {
    INTERNAL("internal"),
    PARTNER("partner");

    private final String code;

    TenantType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The type of that code ({@code internal} or {@code partner}). */
    public static TenantType ofCode(String code) {
        return Arrays.stream(values())
                .filter(type -> type.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("tenant type must be internal or partner"));
    }
}
