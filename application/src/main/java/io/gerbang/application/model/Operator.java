package io.gerbang.application.model;

import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;

/**
 * The operator at the admin command line, acting on one tenant. Whoever can reach the stores can change
 * anything in them, so the operator holds every permission over the whole tenant, and grants any role
 * anywhere in it; every other rule (the tenant wall, unique e-mails, the last administrator, password
 * rules) applies as it does to a person. The operator has no session of their own.
 */
public record Operator(TenantId tenant) implements Caller {

    public Operator {
        Objects.requireNonNull(tenant, "tenant");
    }
}
