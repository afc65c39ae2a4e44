package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.User;
import java.util.Objects;

/** The users the caller's users.read scope covers, by id, a page at a time. */
public interface ListUsers {

    Page<User> list(Query query);

    /** Only those of them whose home unit is {@code unitId} (none when the scope does not reach it). */
    Page<User> listInUnit(InUnit query);

    record Query(Caller caller, PageRequest page) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(page, "page");
        }
    }

    record InUnit(Caller caller, UnitId unitId, PageRequest page) {

        public InUnit {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(page, "page");
        }
    }
}
