package io.gerbang.adapters.rest.dto;

import java.util.List;

/** POST /roles. */
public record RoleCreateRequest(String name, String description, List<String> permissions) {
}
