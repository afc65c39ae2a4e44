package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Caller;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.domain.user.DisplayName;

/** POST /users. {@code is_active} defaults to true; {@code unit_id} null makes a tenant-wide user. */
public record UserCreateRequest(
        String userIdentity, String email, String name, String password, Long unitId, Boolean isActive) {

    public CreateUser.Command command(Caller caller) {
        RequestFields inputs = new RequestFields();
        var identity = Credentials.identity(inputs, "user_identity", userIdentity);
        var address = Credentials.email(inputs, "email", email);
        DisplayName displayName = inputs.ruled("name", name, DisplayName::new);
        var secret = Credentials.newPassword(inputs, "password", password);
        var unit = inputs.unitId("unit_id", unitId);
        inputs.check();
        return new CreateUser.Command(
                caller, identity, address, displayName, secret, unit, isActive == null || isActive);
    }

    @Override
    public String toString() {
        return "UserCreateRequest[" + userIdentity + ", " + email + ", ****]";
    }
}
