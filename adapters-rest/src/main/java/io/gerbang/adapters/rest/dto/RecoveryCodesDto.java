package io.gerbang.adapters.rest.dto;

import java.util.List;

/** POST /auth/2fa/enable: the one-time recovery codes, shown this once. */
public record RecoveryCodesDto(List<String> recoveryCodes) {

    @Override
    public String toString() {
        return "RecoveryCodesDto[****]";
    }
}
