package io.gerbang.domain.tenant;

import io.gerbang.domain.shared.Text;
import java.util.Objects;

/**
 * A tenant about to be opened. It starts active, with one company of its own name (the root of its
 * organisation tree, where company-level roles are given) and one role, {@value #ADMINISTRATOR_ROLE},
 * holding every permission, so that its first administrator can be appointed.
 */
public record NewTenant(String name, TenantType type) {

    public static final String ADMINISTRATOR_ROLE = "CONSOLE ADMIN";
    public static final String ADMINISTRATOR_ROLE_DESCRIPTION = "Console admin role for manage system";
    public static final int MAX_NAME_LENGTH = 200;

    public NewTenant {
        Objects.requireNonNull(type, "type");
        name = checkedName(name);
    }

    /** A tenant name: 1 to 200 printable characters, trimmed. Two tenants never share one, whatever its case. */
    public static String checkedName(String name) {
        return Text.checkedLine(name, MAX_NAME_LENGTH, "a tenant name");
    }
}
