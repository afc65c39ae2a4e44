package io.gerbang.application.port.in.session;

import io.gerbang.domain.session.SessionId;
import java.time.Instant;
import java.util.List;

/** Which tokens a user holds, by id only: never a token itself. */
public record TokenInventory(List<AccessTokenEntry> accessTokens, List<RefreshTokenEntry> refreshTokens) {

    public record AccessTokenEntry(String tokenId, Instant expiresAt, String userAgent, String ip) {}

    public record RefreshTokenEntry(String tokenId, SessionId familyId, Instant createdAt, Instant expiresAt) {}
}
