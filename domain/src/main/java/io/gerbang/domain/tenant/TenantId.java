package io.gerbang.domain.tenant;

public record TenantId(long value) {

    public static final TenantId DEFAULT = new TenantId(1);

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
