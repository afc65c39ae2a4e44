package io.gerbang.application.model;

import io.gerbang.domain.tenant.TenantId;

/**
 * Who asks a use case for something: a person signed in through the API ({@link Principal}), whose roles
 * decide what they may do, or the operator at the admin command line ({@link Operator}), who holds the
 * stores' own credentials. Both stay inside one tenant.
 */
public sealed interface Caller permits Principal, Operator {

    TenantId tenant();
}
