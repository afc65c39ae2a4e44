package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Caller;
import io.gerbang.domain.access.Role;
import java.util.List;

/** The roles of the caller's tenant, with their permissions (roles.read). */
public interface ListRoles {

    List<Role> list(Caller caller);
}
