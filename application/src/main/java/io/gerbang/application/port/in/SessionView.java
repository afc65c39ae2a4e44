package io.gerbang.application.port.in;

import io.gerbang.domain.session.SessionId;
import java.time.Instant;

public record SessionView(SessionId id, Instant createdAt, Instant lastUsedAt, Instant expiresAt, String userAgent,
                          String ip, boolean current) {
}
