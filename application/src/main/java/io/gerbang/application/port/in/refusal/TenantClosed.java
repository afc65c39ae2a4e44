package io.gerbang.application.port.in.refusal;

/** The tenant is unknown or does not admit sign-ins. */
public final class TenantClosed extends Refused {

    public TenantClosed() {
        super("TenantClosed");
    }
}
