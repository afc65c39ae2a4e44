package io.gerbang.application.service;

import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.in.UserProfile;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.user.User;
import java.time.Instant;

/** The last step of every sign-in, with or without a second factor: a new session and its token pair. */
public class SessionOpening {

    private final ProfileAssembler profiles;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Identifiers identifiers;
    private final TokenMint mint;
    private final SessionSettings settings;

    public SessionOpening(ProfileAssembler profiles, Sessions sessions, RefreshTokens refreshTokens,
                          Identifiers identifiers, TokenMint mint, SessionSettings settings) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.identifiers = identifiers;
        this.mint = mint;
        this.settings = settings;
    }

    LoginResult open(User user, ClientInfo client, Instant now) {
        UserProfile profile = profiles.profileOf(user.id());
        SessionId sessionId = identifiers.newSessionId();
        RefreshTokens.Minted refresh = refreshTokens.mint();
        TokenMint.Issued access = mint.issue(profile, sessionId, now);
        sessions.open(Session.open(sessionId, user.id(), user.tenant(), client, refresh.hash(),
                access.issued(), now, settings.refreshTtl()));
        return new LoginResult(mint.pair(access.token(), access.issued(), refresh.token(), user.id(), now), profile);
    }
}
