package io.gerbang.adapters.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Caller;
import io.gerbang.application.port.in.user.UpdateUser;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;

/**
 * PATCH /users/{id}: only the fields present change, so the body is read as a tree, where a field set to null
 * ({@code "unit_id": null}, making a user tenant-wide) differs from one left out.
 */
public final class UserPatch {

    private UserPatch() {}

    public static UpdateUser.Command command(Caller caller, UserId user, JsonNode patch) {
        if (!RequestFields.body(patch).isObject()) {
            throw InvalidRequest.notJson();
        }
        RequestFields inputs = new RequestFields();
        DisplayName name = patch.has("name") ? inputs.ruled("name", text(patch, "name"), DisplayName::new) : null;
        Boolean active = null;
        if (patch.has("is_active")) {
            if (patch.get("is_active").isBoolean()) {
                active = patch.get("is_active").booleanValue();
            } else {
                inputs.problem("is_active", FieldErrors.WRONG_TYPE);
            }
        }
        boolean unitGiven = patch.has("unit_id");
        UnitId unit = null;
        if (unitGiven && !patch.get("unit_id").isNull()) {
            JsonNode given = patch.get("unit_id");
            if (given.isIntegralNumber() && given.canConvertToExactIntegral() && given.canConvertToLong()) {
                unit = inputs.unitId("unit_id", given.longValue());
            } else {
                inputs.problem("unit_id", FieldErrors.WRONG_TYPE);
            }
        }
        boolean twoFactorOff = false;
        if (patch.has("two_factor_enabled")) {
            // an administrator may only turn it off; a person turns it on for themself, with their own phone
            if (!patch.get("two_factor_enabled").isBoolean()) {
                inputs.problem("two_factor_enabled", FieldErrors.WRONG_TYPE);
            } else if (patch.get("two_factor_enabled").booleanValue()) {
                inputs.problem("two_factor_enabled", FieldErrors.ONLY_OFF);
            } else {
                twoFactorOff = true;
            }
        }
        PlainPassword password =
                patch.has("password") ? Credentials.newPassword(inputs, "password", text(patch, "password")) : null;
        inputs.check();
        return new UpdateUser.Command(caller, user, name, active, unitGiven, unit, password, twoFactorOff);
    }

    /** A text field's value; any other kind of value reads as none, which the field's rule refuses. */
    private static String text(JsonNode patch, String field) {
        return patch.get(field).isTextual() ? patch.get(field).textValue() : null;
    }
}
