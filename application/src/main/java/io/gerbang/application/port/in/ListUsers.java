package io.gerbang.application.port.in;

import io.gerbang.domain.user.User;

/** The users the caller's users.read scope covers, by id, a page at a time. */
public interface ListUsers {

    Page<User> list(Principal caller, PageRequest page);
}
