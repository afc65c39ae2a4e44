package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.session.TokenInventory;
import java.util.List;

/** Token ids only: a token itself is never listed. */
public record TokenInventoryDto(List<AccessTokenDto> accessTokens, List<RefreshTokenDto> refreshTokens) {

    public record AccessTokenDto(String tokenId, String expiresAt, String userAgent, String ip) {}

    public record RefreshTokenDto(String tokenId, String familyId, String createdAt, String expiresAt) {}

    public static TokenInventoryDto of(TokenInventory inventory) {
        return new TokenInventoryDto(
                inventory.accessTokens().stream()
                        .map(token -> new AccessTokenDto(
                                token.tokenId(), Times.iso(token.expiresAt()), token.userAgent(), token.ip()))
                        .toList(),
                inventory.refreshTokens().stream()
                        .map(token -> new RefreshTokenDto(
                                token.tokenId(),
                                token.familyId().value(),
                                Times.iso(token.createdAt()),
                                Times.iso(token.expiresAt())))
                        .toList());
    }
}
