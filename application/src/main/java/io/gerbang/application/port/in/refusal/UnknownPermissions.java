package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.access.Permission;
import io.gerbang.domain.shared.Refused;
import java.util.Set;

/**
 * A role holds one or more permissions, each one Gerbang knows: {@link #unknown()} lists the others (none when none was
 * given).
 */
public final class UnknownPermissions extends Refused {

    private final Set<Permission> unknown;

    public UnknownPermissions(Set<Permission> unknown) {
        super("UnknownPermissions");
        this.unknown = unknown;
    }

    public Set<Permission> unknown() {
        return unknown;
    }
}
