package io.gerbang.application.service.session;

import static io.gerbang.domain.session.RefreshVerdict.ROTATE;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.application.port.in.refusal.RefreshTokenReused;
import io.gerbang.application.port.in.refusal.SessionContended;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.application.service.signin.SessionAdmission;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.session.GraceReplay;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.shared.Refused;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotation is optimistic: read the session (or take this node's own last write of it, which spares the read when the
 * refresh comes back here), let the domain judge the presented token, and write the rotated session only if nobody
 * changed it meanwhile. The loser of a race reads again and, finding its token just rotated away, gets the winner's
 * pair; a logout in between leaves nothing to write to. A session opened through a client that keeps its refresh
 * token ({@code refresh: reuse}) gets a new access token and keeps its refresh token, which stays good until the
 * session ends: no rotation, so no reuse detection for it.
 */
public class RefreshSessionService implements RefreshSession {

    private static final int MAX_ATTEMPTS = 8;

    private final Sessions sessions;
    private final Tenants tenants;
    private final RefreshTokens refreshTokens;
    private final ProfileAssembler profiles;
    private final TokenMint mint;
    private final SessionSettings settings;
    private final RequestLimits limits;
    private final SecurityEvents events;
    private final SessionClients clients;
    private final Clock clock;

    public RefreshSessionService(
            Sessions sessions,
            Tenants tenants,
            RefreshTokens refreshTokens,
            ProfileAssembler profiles,
            TokenMint mint,
            SessionSettings settings,
            RequestLimits limits,
            SecurityEvents events,
            SessionClients clients,
            Clock clock) {
        this.clients = clients;
        this.tenants = tenants;
        this.limits = limits;
        this.events = events;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.profiles = profiles;
        this.mint = mint;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(Command command) {
        RefreshToken presentedToken = command.refreshToken();
        RefreshTokenHash presented = refreshTokens.hashOf(presentedToken).orElseThrow(RefreshSessionService::invalid);
        // this node's own last write of the session, if it made it, spares a read: only a rotation goes ahead on it
        // (its write fails if the copy is stale); whatever else it would decide is decided on the stored session
        Optional<Session> writtenHere = sessions.writtenHere(presented);
        boolean stored = writtenHere.isEmpty();
        Session session = writtenHere.or(() -> sessions.holding(presented)).orElseThrow(RefreshSessionService::invalid);
        if (command.issuedTo() != null
                && (!command.issuedTo().tenant().equals(session.tenant())
                        || !command.issuedTo().client().equals(session.client().app()))) {
            // another issuer's or another client's refresh token: not ours to refresh here (nothing is ended)
            throw invalid();
        }
        limits.admitRefresh(session.tenant(), session.user());
        SessionRef ref = session.ref();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            if (attempt > 0 || !stored && session.judge(presented, now, settings.refreshGrace()) != ROTATE) {
                // a lost race, or this node's copy deciding anything but a rotation: the stored session decides
                session = sessions.byId(ref).orElseThrow(RefreshSessionService::invalid);
                stored = true;
            }
            switch (session.judge(presented, now, settings.refreshGrace())) {
                case EXPIRED -> {
                    sessions.end(ref);
                    throw invalid();
                }
                case REUSED -> {
                    sessions.end(ref);
                    events.record(Event.of(Kind.REFRESH_REUSE_DETECTED, session.tenant(), session.user()));
                    throw new RefreshTokenReused();
                }
                case REPEAT_WITHIN_GRACE -> {
                    return repeat(session, presentedToken, now);
                }
                case ROTATE -> {
                    TokenPair rotated = rotate(session, presented, presentedToken, now);
                    if (rotated != null) {
                        events.record(Event.of(Kind.REFRESHED, session.tenant(), session.user()));
                        return rotated;
                    }
                }
            }
        }
        // Only a storm of writers on one session gets here; refusing is safer than guessing.
        throw new SessionContended();
    }

    private TokenPair rotate(Session session, RefreshTokenHash presented, RefreshToken presentedToken, Instant now) {
        UserProfile profile = profiles.find(session.user()).orElse(null);
        ClientApp client;
        try {
            // the session follows its client's policies as they are now; a deleted client's sessions are over
            client = clients.of(session.client().app()).orElseThrow(RefreshTokenInvalid::new);
            if (profile == null) {
                throw new RefreshTokenInvalid();
            }
            // the profile may be cached (a person's change evicts it on every node); the tenant is read now
            SessionAdmission.ensureMayHoldSession(
                    profile.user(), tenants.byId(session.tenant()).orElseThrow(() -> new TenantClosed()));
        } catch (Refused refusal) {
            // A refresh re-reads the user: one who is gone or inactive ends the session here.
            sessions.end(session.ref());
            throw refusal;
        }
        if (client.keepsRefreshToken()) {
            TokenMint.Issued access = mint.issue(profile, session.id(), now, client);
            Session next = session.reissue(presented, access.issued(), now, settings.refreshGrace());
            return sessions.replace(session.version(), next)
                    ? mint.pair(access.token(), access.issued(), presentedToken, session.user(), now)
                    : null;
        }
        String nonce = refreshTokens.newNonce();
        RefreshTokens.Minted successor = refreshTokens.successorOf(presentedToken, nonce);
        TokenMint.Issued access = mint.issue(profile, session.id(), now, client);
        Session next = session.rotate(
                presented,
                successor.hash(),
                new GraceReplay(nonce, access.token()),
                access.issued(),
                now,
                settings.refreshTtl(),
                settings.refreshGrace());
        if (!sessions.replace(session.version(), next)) {
            return null;
        }
        return mint.pair(access.token(), access.issued(), successor.token(), session.user(), now);
    }

    private TokenPair repeat(Session session, RefreshToken presentedToken, Instant now) {
        GraceReplay replay = session.replay();
        RefreshTokens.Minted successor = refreshTokens.successorOf(presentedToken, replay.successorNonce());
        if (!successor.hash().equals(session.current())) {
            // The family moved on more than one step: this is not the racing twin of the last refresh.
            sessions.end(session.ref());
            throw new RefreshTokenReused();
        }
        return mint.pair(replay.accessToken(), session.access(), successor.token(), session.user(), now);
    }

    private static RefreshTokenInvalid invalid() {
        return new RefreshTokenInvalid();
    }
}
