package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.session.SessionView;

/** One of the caller's sessions; {@code client_id}: the client app it was opened through. */
public record SessionDto(
        String sessionId,
        String createdAt,
        String lastUsedAt,
        String expiresAt,
        String userAgent,
        String ip,
        String clientId,
        boolean current) {

    public static SessionDto of(SessionView view) {
        return new SessionDto(
                view.id().value(),
                Times.iso(view.createdAt()),
                Times.iso(view.lastUsedAt()),
                Times.iso(view.expiresAt()),
                view.userAgent(),
                view.ip(),
                view.client().value(),
                view.current());
    }
}
