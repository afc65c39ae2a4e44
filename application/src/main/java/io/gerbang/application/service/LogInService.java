package io.gerbang.application.service;

import io.gerbang.application.port.in.LogIn;
import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.in.SignInName;
import io.gerbang.application.port.in.UserProfile;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public class LogInService implements LogIn {

    private final Tenants tenants;
    private final Users users;
    private final PasswordHashes passwordHashes;
    private final ProfileAssembler profiles;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Identifiers identifiers;
    private final TokenMint mint;
    private final SessionSettings settings;
    private final ProfileChanges profileChanges;
    private final Clock clock;

    public LogInService(Tenants tenants, Users users, PasswordHashes passwordHashes, ProfileAssembler profiles,
                        Sessions sessions, RefreshTokens refreshTokens, Identifiers identifiers, TokenMint mint,
                        SessionSettings settings, ProfileChanges profileChanges, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.passwordHashes = passwordHashes;
        this.profiles = profiles;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.identifiers = identifiers;
        this.mint = mint;
        this.settings = settings;
        this.profileChanges = profileChanges;
        this.clock = clock;
    }

    @Override
    public LoginResult logIn(Command command) {
        Tenant tenant = tenants.byId(command.tenant())
                .filter(Tenant::admitsSignIns)
                .orElseThrow(() -> new Refused(Refusal.TENANT_FORBIDDEN));
        Optional<User> found = command.name() instanceof SignInName.ByEmail byEmail
                ? users.byEmail(tenant.id(), byEmail.email())
                : users.byIdentity(tenant.id(), ((SignInName.ByIdentity) command.name()).identity());
        if (found.isEmpty()) {
            // The same bcrypt work as a real check, so the answer's timing does not tell who exists.
            passwordHashes.matchAgainstDummy(command.password());
            throw new Refused(Refusal.INVALID_CREDENTIALS);
        }
        User user = found.get();
        if (!passwordHashes.matches(command.password(), user.passwordHash())) {
            throw new Refused(Refusal.INVALID_CREDENTIALS);
        }
        if (!user.mayHoldSession()) {
            throw new Refused(Refusal.ACCOUNT_INACTIVE);
        }
        Instant now = clock.instant();
        if (passwordHashes.isOutdated(user.passwordHash())) {
            users.changePasswordHash(user.id(), passwordHashes.hash(command.password()), now);
            profileChanges.changed(user.id());
        }
        UserProfile profile = profiles.profileOf(user.id());

        SessionId sessionId = identifiers.newSessionId();
        RefreshTokens.Minted refresh = refreshTokens.mint();
        TokenMint.Issued access = mint.issue(profile, sessionId, now);
        sessions.open(Session.open(sessionId, user.id(), tenant.id(), command.client(), refresh.hash(),
                access.issued(), now, settings.refreshTtl()));
        return new LoginResult(mint.pair(access.token(), access.issued(), refresh.token(), user.id(), now), profile);
    }
}
