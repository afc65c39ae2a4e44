package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.session.CountSessions.SessionCount;

public record SessionCountDto(long userId, int accessTokenCount, int refreshTokenCount, int totalSessions) {

    public static SessionCountDto of(SessionCount count) {
        return new SessionCountDto(
                count.user().value(), count.accessTokenCount(), count.refreshTokenCount(), count.totalSessions());
    }
}
