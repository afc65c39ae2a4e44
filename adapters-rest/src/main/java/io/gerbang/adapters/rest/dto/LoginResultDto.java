package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.signin.LoginResult;

/** {@code LoginResult} = {@code TokenPair} + {@code user}. */
public record LoginResultDto(
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        long expiresAt,
        long userId,
        UserDto user) {

    public static LoginResultDto of(LoginResult result) {
        TokenPairDto pair = TokenPairDto.of(result.tokens());
        return new LoginResultDto(
                pair.accessToken(),
                pair.refreshToken(),
                pair.tokenType(),
                pair.expiresIn(),
                pair.expiresAt(),
                pair.userId(),
                UserDto.of(result.user()));
    }
}
