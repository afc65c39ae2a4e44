package io.gerbang.application.port.in.session;

import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionId;
import java.time.Instant;

/** A session as its owner sees it; {@code client}: the client app it was opened through. */
public record SessionView(
        SessionId id,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        String userAgent,
        String ip,
        ClientId client,
        boolean current) {}
