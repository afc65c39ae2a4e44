package io.gerbang.application.model;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;

/** Somebody connected to a task room, on any node. */
public record PresentUser(UserId user, DisplayName userName) {}
