package io.gerbang.adapters.rest.dto;

/** POST /users. {@code is_active} defaults to true; {@code unit_id} null makes a tenant-wide user. */
public record UserCreateRequest(String userIdentity, String email, String name, String password, Long unitId,
                                Boolean isActive) {

    @Override
    public String toString() {
        return "UserCreateRequest[" + userIdentity + ", " + email + ", ****]";
    }
}
