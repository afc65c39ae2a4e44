package io.gerbang.adapters.persistence.telemetry;

import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.domain.limit.RateLimit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Security events counted in Micrometer and written as log lines of their own (logger {@code io.gerbang.security},
 * with an {@code event} key): sign-ins by outcome, refreshes, reuse detections, limit refusals by limit
 * (a lockout is the refusal of {@code fail-pair}), slow-downs, and every other kind as
 * {@code gerbang_security_events_total{event}}. Every meter exists from the start, at 0, so a dashboard sees
 * it before the first event.
 */
public class MeteredSecurityEvents implements SecurityEvents {

    private static final Logger LOG = LoggerFactory.getLogger("io.gerbang.security");

    private final Map<Kind, Counter> counters = new EnumMap<>(Kind.class);
    private final Map<String, Counter> refusals = new HashMap<>();

    public MeteredSecurityEvents(MeterRegistry registry) {
        signIns(registry, Kind.SIGN_IN_SUCCEEDED, "succeeded");
        signIns(registry, Kind.SECOND_FACTOR_REQUIRED, "second_factor_required");
        signIns(registry, Kind.SIGN_IN_FAILED, "failed");
        signIns(registry, Kind.SECOND_FACTOR_FAILED, "second_factor_failed");
        counters.put(
                Kind.SLOWED_DOWN,
                Counter.builder("gerbang.sign.in.slowdowns")
                        .description("failed sign-ins answered late: their account was past its hourly failures")
                        .register(registry));
        counters.put(
                Kind.REFRESHED,
                Counter.builder("gerbang.refreshes")
                        .description("refresh tokens rotated")
                        .register(registry));
        counters.put(
                Kind.REFRESH_REUSE_DETECTED,
                Counter.builder("gerbang.refresh.reuse.detected")
                        .description("already rotated refresh tokens presented; their sessions were ended")
                        .register(registry));
        for (RateLimit limit : RateLimit.values()) {
            refusals.put(limit.code(), refusal(registry, limit.code()));
        }
        // a locked account-and-address pair is its limit's refusal
        counters.put(Kind.LOCKED_OUT, refusals.get(RateLimit.FAILURES_PER_ACCOUNT_AND_CLIENT.code()));
        for (Kind kind : Kind.values()) {
            if (kind != Kind.RATE_LIMITED && !counters.containsKey(kind)) {
                counters.put(
                        kind,
                        Counter.builder("gerbang.security.events")
                                .tag("event", eventName(kind))
                                .description("security events of other kinds")
                                .register(registry));
            }
        }
    }

    /** The name an operator reads in logs and metrics: the kind's, but for ended sessions, "session_revoked". */
    static String eventName(Kind kind) {
        return kind == Kind.SESSIONS_ENDED ? "session_revoked" : kind.name().toLowerCase(Locale.ROOT);
    }

    private void signIns(MeterRegistry registry, Kind kind, String outcome) {
        counters.put(
                kind,
                Counter.builder("gerbang.sign.ins")
                        .tag("outcome", outcome)
                        .description("sign-in steps by outcome")
                        .register(registry));
    }

    private static Counter refusal(MeterRegistry registry, String limit) {
        return Counter.builder("gerbang.rate.limit.refusals")
                .tag("limit", limit)
                .description("requests refused 429 by a limit")
                .register(registry);
    }

    @Override
    public void record(Event event) {
        Counter counter = event.kind() == Kind.RATE_LIMITED ? refusals.get(event.detail()) : counters.get(event.kind());
        if (counter != null) {
            counter.increment();
        }
        if (event.kind() == Kind.REFRESHED && !LOG.isDebugEnabled()) {
            return; // counted only: a line per refresh would be most of the log and tell an operator little
        }
        String name = eventName(event.kind());
        // the event's tenant and user in the same fields as every request line's (MDC), for this line only
        Map<String, String> request = MDC.getCopyOfContextMap();
        try {
            MDC.put("tenant_id", String.valueOf(event.tenant().value()));
            if (event.user() == null) {
                MDC.remove("user_id");
            } else {
                MDC.put("user_id", String.valueOf(event.user().value()));
            }
            var line = (event.kind() == Kind.REFRESHED ? LOG.atDebug() : LOG.atInfo()).addKeyValue("event", name);
            if (event.detail() != null) {
                line = line.addKeyValue("detail", event.detail());
            }
            line.log("security event {}{}", name, event.detail() == null ? "" : " (" + event.detail() + ")");
        } finally {
            if (request == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(request);
            }
        }
    }
}
