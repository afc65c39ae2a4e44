package io.gerbang.application.service.signin;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.refusal.UnknownClient;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.session.SessionClients;
import io.gerbang.application.service.session.SessionSettings;
import io.gerbang.application.service.session.TokenMint;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * The last step of every sign-in, with or without a second factor: a new session and its token pair, opened
 * only under the {@link SessionEpoch} the sign-in read before its check.
 */
public class SessionOpening {

    private final ProfileAssembler profiles;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Identifiers identifiers;
    private final TokenMint mint;
    private final SessionSettings settings;
    private final SessionClients clients;

    public SessionOpening(
            ProfileAssembler profiles,
            Sessions sessions,
            RefreshTokens refreshTokens,
            Identifiers identifiers,
            TokenMint mint,
            SessionSettings settings,
            SessionClients clients) {
        this.clients = clients;
        this.profiles = profiles;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.identifiers = identifiers;
        this.mint = mint;
        this.settings = settings;
    }

    /** The new session's answer; empty when every session of the user was ended since the epoch was read. */
    Optional<LoginResult> open(User user, ClientInfo client, SessionEpoch epoch, Instant now) {
        ClientApp app = clients.of(client.app()).orElseThrow(UnknownClient::new);
        UserProfile profile = profiles.profileOf(user.id());
        SessionId sessionId = identifiers.newSessionId();
        RefreshTokens.Minted refresh = refreshTokens.mint();
        TokenMint.Issued access = mint.issue(profile, sessionId, now, app);
        boolean opened = sessions.open(
                Session.open(
                        sessionId,
                        user.id(),
                        user.tenant(),
                        client,
                        refresh.hash(),
                        access.issued(),
                        now,
                        settings.refreshTtl()),
                epoch);
        if (!opened) {
            return Optional.empty();
        }
        return Optional.of(
                new LoginResult(mint.pair(access.token(), access.issued(), refresh.token(), user.id(), now), profile));
    }
}
