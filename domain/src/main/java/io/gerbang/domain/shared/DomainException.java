package io.gerbang.domain.shared;

/** A business rule refused a change. {@link #rule()} names the rule so adapters can map it to a code. */
public class DomainException extends RuntimeException {

    private final String rule;

    public DomainException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
