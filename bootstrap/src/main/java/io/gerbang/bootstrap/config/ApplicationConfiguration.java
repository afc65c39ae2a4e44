package io.gerbang.bootstrap.config;

import io.gerbang.application.port.in.client.ShowClientApp;
import io.gerbang.application.port.in.operations.CheckReadiness;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.ChangeUnit;
import io.gerbang.application.port.in.organisation.CreateRole;
import io.gerbang.application.port.in.organisation.CreateTenant;
import io.gerbang.application.port.in.organisation.ListRoles;
import io.gerbang.application.port.in.organisation.OpenBranch;
import io.gerbang.application.port.in.organisation.OpenUnit;
import io.gerbang.application.port.in.organisation.RemoveRoleAssignment;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.CleanUpExpiredSessions;
import io.gerbang.application.port.in.session.CountSessions;
import io.gerbang.application.port.in.session.InspectTokens;
import io.gerbang.application.port.in.session.ListSessions;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.RevokeSession;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.token.IntrospectToken;
import io.gerbang.application.port.in.token.RevokeToken;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import io.gerbang.application.port.in.user.ChangePassword;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.application.port.in.user.ListUsers;
import io.gerbang.application.port.in.user.ShowProfile;
import io.gerbang.application.port.in.user.ShowUser;
import io.gerbang.application.port.in.user.UpdateUser;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.application.port.out.Roles;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.application.port.out.StoreProbe;
import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Totp;
import io.gerbang.application.port.out.Transactions;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.application.port.out.UsedCodes;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.client.ClientAppsService;
import io.gerbang.application.service.client.ClientCredentials;
import io.gerbang.application.service.client.ShowClientAppService;
import io.gerbang.application.service.operations.CheckReadinessService;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.application.service.organisation.AssignRoleService;
import io.gerbang.application.service.organisation.ChangeUnitService;
import io.gerbang.application.service.organisation.CreateRoleService;
import io.gerbang.application.service.organisation.CreateTenantService;
import io.gerbang.application.service.organisation.ListRolesService;
import io.gerbang.application.service.organisation.OpenBranchService;
import io.gerbang.application.service.organisation.OpenUnitService;
import io.gerbang.application.service.organisation.RemoveRoleAssignmentService;
import io.gerbang.application.service.session.AuthenticateService;
import io.gerbang.application.service.session.CleanUpExpiredSessionsService;
import io.gerbang.application.service.session.CountSessionsService;
import io.gerbang.application.service.session.InspectTokensService;
import io.gerbang.application.service.session.ListSessionsService;
import io.gerbang.application.service.session.LogOutService;
import io.gerbang.application.service.session.RefreshSessionService;
import io.gerbang.application.service.session.RevokeSessionService;
import io.gerbang.application.service.session.SessionClients;
import io.gerbang.application.service.session.SessionGuard;
import io.gerbang.application.service.session.SessionSettings;
import io.gerbang.application.service.session.TokenMint;
import io.gerbang.application.service.signin.LogInService;
import io.gerbang.application.service.signin.LogInWithSecondFactorService;
import io.gerbang.application.service.signin.PasswordCheck;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.application.service.signin.SessionOpening;
import io.gerbang.application.service.token.IntrospectTokenService;
import io.gerbang.application.service.token.RevokeTokenService;
import io.gerbang.application.service.token.TenantKeys;
import io.gerbang.application.service.token.TokenHolders;
import io.gerbang.application.service.twofactor.ManageTwoFactorService;
import io.gerbang.application.service.twofactor.SecondFactorCheck;
import io.gerbang.application.service.user.ChangePasswordService;
import io.gerbang.application.service.user.CreateUserService;
import io.gerbang.application.service.user.ListUsersService;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.application.service.user.ShowProfileService;
import io.gerbang.application.service.user.ShowUserService;
import io.gerbang.application.service.user.UpdateUserService;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.signing.KeyPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, each a plain service built with its collaborators. */
@Configuration(proxyBeanMethods = false)
public class ApplicationConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SessionSettings sessionSettings(GerbangConfig config) {
        return new SessionSettings(config.accessTtl(), config.refreshTtl(), config.refreshGrace());
    }

    @Bean
    ProfileAssembler profileAssembler(UserProfiles profiles) {
        return new ProfileAssembler(profiles);
    }

    @Bean
    TokenMint tokenMint(AccessTokens accessTokens, Identifiers identifiers, SessionSettings settings, TenantKeys keys) {
        return new TokenMint(accessTokens, identifiers, settings, keys);
    }

    /**
     * The tenants' signing keys: rotated every {@code GERBANG_KEY_ROTATION_DAYS}, published an access token's life
     * and five minutes ahead, a retired key kept as long as the longest token it can have signed (a client's
     * {@code access_ttl} goes up to a day).
     */
    @Bean
    TenantKeys tenantKeys(SigningKeys keys, Tenants tenants, SecurityEvents events, GerbangConfig config, Clock clock) {
        Duration longest = config.accessTtl().compareTo(ClientApp.LONGEST_ACCESS_TTL) > 0
                ? config.accessTtl()
                : ClientApp.LONGEST_ACCESS_TTL;
        return new TenantKeys(
                keys, tenants, KeyPolicy.of(config.keyRotationDays(), config.accessTtl(), longest), events, clock);
    }

    @Bean
    ClientCredentials clientCredentials(SessionClients clients, ClientApps store) {
        return new ClientCredentials(clients, store);
    }

    @Bean
    TokenHolders tokenHolders(
            AccessTokens accessTokens, RefreshTokens refreshTokens, Sessions sessions, TenantKeys keys, Clock clock) {
        return new TokenHolders(accessTokens, refreshTokens, sessions, keys, clock);
    }

    @Bean
    IntrospectToken introspectToken(ClientCredentials credentials, TokenHolders holders, UserProfiles profiles) {
        return new IntrospectTokenService(credentials, holders, profiles);
    }

    @Bean
    RevokeToken revokeToken(
            ClientCredentials credentials, TokenHolders holders, Sessions sessions, SecurityEvents events) {
        return new RevokeTokenService(credentials, holders, sessions, events);
    }

    @Bean
    SessionGuard sessionGuard(ProfileAssembler profiles, Users users) {
        return new SessionGuard(profiles, users);
    }

    @Bean
    SessionClients sessionClients(ClientApps clients) {
        return new SessionClients(clients);
    }

    @Bean
    ClientAppsService clientAppsService(
            ClientApps clients, AccessGuard guard, Identifiers identifiers, SecurityEvents events) {
        return new ClientAppsService(clients, guard, identifiers, events);
    }

    @Bean
    ShowClientApp showClientApp(SessionClients clients) {
        return new ShowClientAppService(clients);
    }

    @Bean
    SessionOpening sessionOpening(
            ProfileAssembler profiles,
            Sessions sessions,
            RefreshTokens refreshTokens,
            Identifiers identifiers,
            TokenMint mint,
            SessionSettings settings,
            SessionClients clients) {
        return new SessionOpening(profiles, sessions, refreshTokens, identifiers, mint, settings, clients);
    }

    @Bean
    RequestLimits requestLimits(RateLimits counters, SecurityEvents events, GerbangConfig config) {
        return new RequestLimits(counters, events, config.rateLimits());
    }

    @Bean
    PasswordCheck passwordCheck(
            Users users,
            Sessions sessions,
            PasswordHashes hashes,
            ProfileChanges profileChanges,
            RequestLimits limits,
            SecurityEvents events,
            Clock clock) {
        return new PasswordCheck(users, sessions, hashes, profileChanges, limits, events, clock);
    }

    @Bean
    LogIn logIn(
            Tenants tenants,
            PasswordCheck passwords,
            SessionOpening sessions,
            SignInChallenges challenges,
            RequestLimits limits,
            SecurityEvents events,
            Clock clock) {
        return new LogInService(tenants, passwords, sessions, challenges, limits, events, clock);
    }

    @Bean
    SecondFactorCheck secondFactorCheck(Totp totp, TwoFactorSecrets secrets, UsedCodes usedCodes, Clock clock) {
        return new SecondFactorCheck(totp, secrets, usedCodes, clock);
    }

    @Bean
    LogInWithSecondFactor logInWithSecondFactor(
            Tenants tenants,
            SignInChallenges challenges,
            SecondFactorCheck check,
            Users users,
            SessionOpening sessions,
            RequestLimits limits,
            SecurityEvents events) {
        return new LogInWithSecondFactorService(tenants, challenges, check, users, sessions, limits, events);
    }

    @Bean
    ManageTwoFactor manageTwoFactor(
            Users users,
            TwoFactorSecrets secrets,
            Totp totp,
            SecondFactorCheck check,
            Sessions sessions,
            ProfileChanges changes,
            SecurityEvents events) {
        return new ManageTwoFactorService(users, secrets, totp, check, sessions, changes, events);
    }

    @Bean
    RefreshSession refreshSession(
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
        return new RefreshSessionService(
                sessions, tenants, refreshTokens, profiles, mint, settings, limits, events, clients, clock);
    }

    @Bean
    LogOut logOut(
            Sessions sessions,
            RefreshTokens refreshTokens,
            AccessTokens accessTokens,
            SessionGuard guard,
            SecurityEvents events,
            SessionClients clients,
            TenantKeys keys) {
        return new LogOutService(sessions, refreshTokens, accessTokens, guard, events, clients, keys);
    }

    @Bean
    Authenticate authenticate(
            AccessTokens accessTokens, Sessions sessions, SessionClients clients, TenantKeys keys, Clock clock) {
        return new AuthenticateService(accessTokens, sessions, clients, keys, clock);
    }

    @Bean
    ShowProfile showProfile(ProfileAssembler profiles) {
        return new ShowProfileService(profiles);
    }

    @Bean
    ListSessions listSessions(Sessions sessions, RequestLimits limits, Clock clock) {
        return new ListSessionsService(sessions, limits, clock);
    }

    @Bean
    RevokeSession revokeSession(Sessions sessions, SecurityEvents events) {
        return new RevokeSessionService(sessions, events);
    }

    @Bean
    InspectTokens inspectTokens(Sessions sessions, SessionGuard guard, RequestLimits limits, Clock clock) {
        return new InspectTokensService(sessions, guard, limits, clock);
    }

    @Bean
    CountSessions countSessions(Sessions sessions, SessionGuard guard, RequestLimits limits, Clock clock) {
        return new CountSessionsService(sessions, guard, limits, clock);
    }

    @Bean
    CleanUpExpiredSessions cleanUpExpiredSessions(Sessions sessions, SessionGuard guard) {
        return new CleanUpExpiredSessionsService(sessions, guard);
    }

    @Bean
    ChangePassword changePassword(
            Users users,
            PasswordHashes hashes,
            Sessions sessions,
            ProfileChanges changes,
            Clock clock,
            SecurityEvents events) {
        return new ChangePasswordService(users, hashes, sessions, changes, clock, events);
    }

    @Bean
    AccessGuard accessGuard(ProfileAssembler profiles, Users users, Tenants tenants, Organisation organisation) {
        return new AccessGuard(profiles, users, tenants, organisation);
    }

    @Bean
    ListUsers listUsers(Users users, Cursors cursors, AccessGuard guard) {
        return new ListUsersService(users, cursors, guard);
    }

    @Bean
    ShowUser showUser(ProfileAssembler profiles, AccessGuard guard) {
        return new ShowUserService(profiles, guard);
    }

    @Bean
    CreateUser createUser(
            Users users,
            Organisation organisation,
            PasswordHashes hashes,
            ProfileAssembler profiles,
            AccessGuard guard,
            Clock clock) {
        return new CreateUserService(users, organisation, hashes, profiles, guard, clock);
    }

    @Bean
    UpdateUser updateUser(
            Users users,
            TenantAdministration administration,
            Organisation organisation,
            PasswordHashes hashes,
            Sessions sessions,
            ProfileChanges changes,
            ProfileAssembler profiles,
            AccessGuard guard,
            TwoFactorSecrets twoFactor,
            Transactions transactions,
            Clock clock,
            SecurityEvents events) {
        return new UpdateUserService(
                users,
                administration,
                organisation,
                hashes,
                sessions,
                changes,
                profiles,
                guard,
                twoFactor,
                transactions,
                clock,
                events);
    }

    @Bean
    AssignRole assignRole(
            Roles roles,
            RoleAssignments assignments,
            Organisation organisation,
            ProfileChanges changes,
            ProfileAssembler profiles,
            AccessGuard guard,
            SecurityEvents events) {
        return new AssignRoleService(roles, assignments, organisation, changes, profiles, guard, events);
    }

    @Bean
    RemoveRoleAssignment removeRoleAssignment(
            RoleAssignments assignments,
            TenantAdministration administration,
            Transactions transactions,
            Sessions sessions,
            ProfileChanges changes,
            AccessGuard guard,
            SecurityEvents events) {
        return new RemoveRoleAssignmentService(
                assignments, administration, transactions, sessions, changes, guard, events);
    }

    @Bean
    ListRoles listRoles(Roles roles, AccessGuard guard) {
        return new ListRolesService(roles, guard);
    }

    @Bean
    CreateRole createRole(Roles roles, AccessGuard guard) {
        return new CreateRoleService(roles, guard);
    }

    @Bean
    CreateTenant createTenant(Tenants tenants, Roles roles) {
        return new CreateTenantService(tenants, roles);
    }

    @Bean
    OpenBranch openBranch(Organisation organisation, AccessGuard guard) {
        return new OpenBranchService(organisation, guard);
    }

    @Bean
    OpenUnit openUnit(Organisation organisation, ProfileChanges changes, AccessGuard guard) {
        return new OpenUnitService(organisation, changes, guard);
    }

    @Bean
    ChangeUnit changeUnit(Organisation organisation, ProfileChanges changes, AccessGuard guard) {
        return new ChangeUnitService(organisation, changes, guard);
    }

    @Bean
    CheckReadiness checkReadiness(List<StoreProbe> probes) {
        return new CheckReadinessService(probes);
    }
}
