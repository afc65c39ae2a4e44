package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.session.TokenPair;

public record TokenPairDto(
        String accessToken, String refreshToken, String tokenType, long expiresIn, long expiresAt, long userId) {

    public static TokenPairDto of(TokenPair pair) {
        return new TokenPairDto(
                pair.accessToken().value(),
                pair.refreshToken().value(),
                "Bearer",
                pair.expiresIn(),
                pair.expiresAt().getEpochSecond(),
                pair.userId().value());
    }
}
