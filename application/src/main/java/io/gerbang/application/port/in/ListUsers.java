package io.gerbang.application.port.in;

import io.gerbang.domain.user.User;

/** The users the caller's users.read scope covers, by id, a page at a time. */
public interface ListUsers {

    Page<User> list(Caller caller, PageRequest page);

    /** Only those of them whose home unit is {@code unitId} (none when the scope does not reach it). */
    Page<User> listInUnit(Caller caller, long unitId, PageRequest page);
}
