package io.gerbang.application.inmemory;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.RemoveRoleAssignment;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInName;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Transactions;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.application.service.organisation.AssignRoleService;
import io.gerbang.application.service.organisation.RemoveRoleAssignmentService;
import io.gerbang.application.service.session.LogOutService;
import io.gerbang.application.service.session.RefreshSessionService;
import io.gerbang.application.service.session.SessionClients;
import io.gerbang.application.service.session.SessionGuard;
import io.gerbang.application.service.session.SessionSettings;
import io.gerbang.application.service.session.TokenMint;
import io.gerbang.application.service.signin.LogInService;
import io.gerbang.application.service.signin.LogInWithSecondFactorService;
import io.gerbang.application.service.signin.PasswordCheck;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.application.service.signin.SessionOpening;
import io.gerbang.application.service.task.ChangeTaskMembersService;
import io.gerbang.application.service.task.TaskAccess;
import io.gerbang.application.service.token.TenantKeys;
import io.gerbang.application.service.twofactor.ManageTwoFactorService;
import io.gerbang.application.service.twofactor.SecondFactorCheck;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.signing.KeyPolicy;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's services wired on in-memory stores and a clock moved by hand, as {@code bootstrap} wires them
 * on the real ones; and a few words to set up the world a test starts from (a tenant, its tree, people, roles).
 */
public final class InMemoryGerbang {

    public static final TenantId TENANT = new TenantId(1);
    public static final SessionSettings SETTINGS =
            new SessionSettings(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofSeconds(10));

    public final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T08:00:00Z"));
    public final InMemoryTenants tenants =
            new InMemoryTenants().with(new Tenant(TENANT, "PT. Huminor Tech", TenantType.INTERNAL, true));
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryOrganisation organisation = new InMemoryOrganisation(users);
    public final InMemoryUserProfiles profiles = new InMemoryUserProfiles(users, tenants, organisation);
    public final InMemorySessions sessions = new InMemorySessions(clock);
    public final SequentialRefreshTokens refreshTokens = new SequentialRefreshTokens();
    public final ReadableAccessTokens accessTokens = new ReadableAccessTokens(clock);
    public final ReadablePasswordHashes hashes = new ReadablePasswordHashes();
    public final InMemoryRateLimits counters = new InMemoryRateLimits(clock);
    public final InMemorySignInChallenges challenges = new InMemorySignInChallenges(clock);
    public final InMemoryClientApps clients = new InMemoryClientApps();
    public final InMemorySigningKeys signingKeys = new InMemorySigningKeys();
    public final InMemoryTwoFactorSecrets secrets = new InMemoryTwoFactorSecrets(users);
    public final PredictableTotp totp = new PredictableTotp();
    public final InMemoryUsedCodes usedCodes = new InMemoryUsedCodes();
    public final InMemoryTasks tasks = new InMemoryTasks();
    public final RecordedRoomEvents roomEvents = new RecordedRoomEvents();
    public final RecordedEvents events = new RecordedEvents();
    public final RecordedProfileChanges profileChanges = new RecordedProfileChanges();
    public final CountingIdentifiers identifiers = new CountingIdentifiers();
    /** One node, one thread at a time: the work itself is the transaction. */
    public final Transactions transactions = new Transactions() {
        @Override
        public <T> T inOne(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };

    private final CompanyId company = organisation.addCompany(TENANT, "PT. Huminor Tech");
    private final ProfileAssembler assembler = new ProfileAssembler(profiles);
    private final SessionClients sessionClients = new SessionClients(clients);
    private final TenantKeys keys = new TenantKeys(
            signingKeys, tenants, KeyPolicy.of(30, SETTINGS.accessTtl(), ClientApp.LONGEST_ACCESS_TTL), events, clock);
    private final TokenMint mint = new TokenMint(accessTokens, identifiers, SETTINGS, keys);
    private final RequestLimits limits = new RequestLimits(counters, events, true);
    private final SessionOpening opening =
            new SessionOpening(assembler, sessions, refreshTokens, identifiers, mint, SETTINGS, sessionClients);
    private final SecondFactorCheck secondFactor = new SecondFactorCheck(totp, secrets, usedCodes, clock);
    private final AccessGuard guard = new AccessGuard(assembler, users, tenants, organisation);

    public LogIn logIn() {
        return new LogInService(
                tenants,
                new PasswordCheck(users, sessions, hashes, profileChanges, limits, events, clock),
                opening,
                challenges,
                limits,
                events,
                clock);
    }

    public LogInWithSecondFactor logInWithSecondFactor() {
        return new LogInWithSecondFactorService(tenants, challenges, secondFactor, users, opening, limits, events);
    }

    public ManageTwoFactor manageTwoFactor() {
        return new ManageTwoFactorService(users, secrets, totp, secondFactor, sessions, profileChanges, events);
    }

    public RefreshSession refresh() {
        return refreshOn(sessions);
    }

    /** Refresh on another node: the same stores, its own writes of sessions (see {@code Sessions.writtenHere}). */
    public RefreshSession refreshOnAnotherNode() {
        return refreshOn(sessions.anotherNode());
    }

    private RefreshSession refreshOn(Sessions node) {
        return new RefreshSessionService(
                node, tenants, refreshTokens, assembler, mint, SETTINGS, limits, events, sessionClients, clock);
    }

    public LogOut logOut() {
        return new LogOutService(
                sessions,
                refreshTokens,
                accessTokens,
                new SessionGuard(assembler, users),
                events,
                sessionClients,
                keys);
    }

    public AssignRole assignRole() {
        return new AssignRoleService(
                organisation, organisation, organisation, profileChanges, assembler, guard, events);
    }

    public RemoveRoleAssignment removeRoleAssignment() {
        return new RemoveRoleAssignmentService(
                organisation, organisation, transactions, sessions, profileChanges, guard, events);
    }

    public ChangeTaskMembers changeTaskMembers() {
        return new ChangeTaskMembersService(new TaskAccess(tasks, guard), tasks, users, roomEvents, clock);
    }

    public CompanyId company() {
        return company;
    }

    public BranchId branch(String name) {
        return organisation.addBranch(TENANT, company, new PlaceName(name)).orElseThrow();
    }

    public UnitId unit(BranchId branch, String name, String code) {
        return organisation
                .addUnit(TENANT, branch, new PlaceName(name), code == null ? null : new UnitCode(code))
                .orElseThrow();
    }

    /** Someone whose password is {@code password}, kept under the current hash, at home in {@code unit}. */
    public User person(String identity, String password, UnitId unit) {
        return personHashed(identity, new PasswordHash("current:" + password), unit);
    }

    public User personHashed(String identity, PasswordHash hash, UnitId unit) {
        return users.add(
                        new NewUser(
                                TENANT,
                                new UserIdentity(identity),
                                new Email(identity + "@huminor.test"),
                                new DisplayName(identity),
                                hash,
                                unit,
                                true),
                        clock.instant())
                .orElseThrow();
    }

    public RoleId role(String name, Permission... permissions) {
        return organisation
                .add(TENANT, name, name, Set.of(permissions))
                .orElseThrow()
                .id();
    }

    public void holds(User user, RoleId role, OrgNode node) {
        organisation.add(TENANT, user.id(), role, node).orElseThrow();
    }

    public OrgNode wholeTenant() {
        return OrgNode.company(company);
    }

    public OrgNode atUnit(UnitId unit) {
        return OrgNode.unit(organisation.unit(TENANT, unit).orElseThrow());
    }

    /** A client app of the tenant with the contract's defaults but for how it refreshes and logs out. */
    public ClientId clientApp(String id, ClientPolicies.Refresh refresh, ClientPolicies.Logout logout) {
        ClientApp defaults = ClientApp.withDefaults(new ClientId(id), TENANT, id);
        clients.create(
                new ClientApp(
                        defaults.id(),
                        TENANT,
                        id,
                        defaults.dialect(),
                        defaults.tenants(),
                        null,
                        refresh,
                        logout,
                        defaults.signing(),
                        defaults.language(),
                        Map.of(),
                        List.of(),
                        defaults.kind()),
                ClientApps.Secrets.NONE);
        return defaults.id();
    }

    public void deactivate(User user) {
        User now = users.byId(user.id()).orElseThrow();
        users.save(now, now.activated(false, clock.instant()));
    }

    /** A password sign-in of {@code who} through a client app, from one address. */
    public SignInOutcome signIn(User who, String password, ClientId through) {
        return logIn().logIn(new LogIn.Command(
                        TENANT,
                        new SignInName.ByIdentity(who.identity()),
                        PlainPassword.presented(password),
                        new ClientInfo("JUnit", "10.0.0.1"),
                        new ClientAddress("10.0.0.1"))
                .through(through));
    }

    /** The tokens of a sign-in of someone without two-factor. */
    public TokenPair tokens(User who, String password, ClientId through) {
        return ((LoginResult) signIn(who, password, through)).tokens();
    }

    /** Signs {@code who} in and answers them as a caller on that session. */
    public Principal signedIn(User who, String password) {
        signIn(who, password, ClientId.NATIVE);
        return signedIn(who);
    }

    /** A caller signed in as {@code user}, on a session of theirs that is live. */
    public Principal signedIn(User user) {
        Session session = sessions.of(TENANT, user.id()).stream().findFirst().orElseThrow();
        return new Principal(
                user.id(), TENANT, session.id(), "jti", clock.instant().plusSeconds(60));
    }

    public AssignRole.Command assignAt(Principal caller, UserId user, RoleId role, OrgNode node) {
        return new AssignRole.Command(
                caller,
                user,
                role,
                node.level(),
                node.companyId(),
                node.level() == AssignmentLevel.COMPANY ? null : node.branchId(),
                node.unitId());
    }
}
