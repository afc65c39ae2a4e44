package io.gerbang.domain.access;

/** A company of a tenant's organisation tree: the root every branch and unit lies under. */
public record CompanyId(long value) {

    public CompanyId {
        if (value <= 0) {
            throw new IllegalArgumentException("a company id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
