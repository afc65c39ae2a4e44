package io.gerbang.bootstrap.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.rest.auth.BearerFilter;
import io.gerbang.adapters.rest.dialect.DialectErrors;
import io.gerbang.adapters.rest.dialect.campus.CampusResource;
import io.gerbang.adapters.rest.dialect.connector.ConnectorResource;
import io.gerbang.adapters.rest.dialect.portal.PortalResource;
import io.gerbang.adapters.rest.error.ErrorMapper;
import io.gerbang.adapters.rest.http.Cors;
import io.gerbang.adapters.rest.http.CorsPreflightFilter;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestContextFilter;
import io.gerbang.adapters.rest.http.ResponseHeadersFilter;
import io.gerbang.adapters.rest.http.RouteTimers;
import io.gerbang.adapters.rest.issuer.IssuerResource;
import io.gerbang.adapters.rest.issuer.OAuthErrors;
import io.gerbang.adapters.rest.json.Json;
import io.gerbang.adapters.rest.json.JsonBodyReader;
import io.gerbang.adapters.rest.json.JsonBodyWriter;
import io.gerbang.adapters.rest.resource.ClientsResource;
import io.gerbang.adapters.rest.resource.HealthResource;
import io.gerbang.adapters.rest.resource.MetricsResource;
import io.gerbang.adapters.rest.resource.ProfileResource;
import io.gerbang.adapters.rest.resource.RoleAssignmentsResource;
import io.gerbang.adapters.rest.resource.RolesResource;
import io.gerbang.adapters.rest.resource.SessionsResource;
import io.gerbang.adapters.rest.resource.SignInResource;
import io.gerbang.adapters.rest.resource.TasksResource;
import io.gerbang.adapters.rest.resource.TwoFactorResource;
import io.gerbang.adapters.rest.resource.UsersResource;
import io.gerbang.application.port.in.client.ChangeClientApp;
import io.gerbang.application.port.in.client.CreateClientApp;
import io.gerbang.application.port.in.client.ListClientApps;
import io.gerbang.application.port.in.client.RecogniseClient;
import io.gerbang.application.port.in.client.ShowClientApp;
import io.gerbang.application.port.in.operations.CheckReadiness;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.CreateRole;
import io.gerbang.application.port.in.organisation.ListRoles;
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
import io.gerbang.application.port.in.token.ShowSigningKeys;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import io.gerbang.application.port.in.user.ChangePassword;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.application.port.in.user.ListUsers;
import io.gerbang.application.port.in.user.ShowProfile;
import io.gerbang.application.port.in.user.ShowUser;
import io.gerbang.application.port.in.user.UpdateUser;
import io.gerbang.application.port.out.StoreEngines;
import io.gerbang.application.service.operations.CheckLivenessService;
import io.gerbang.domain.signing.Issuers;
import io.micrometer.core.instrument.MeterRegistry;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The REST adapter: resources and providers registered as instances in one Jersey application. */
@Configuration(proxyBeanMethods = false)
public class RestConfiguration {

    @Bean
    ObjectMapper restObjectMapper() {
        return Json.mapper();
    }

    @Bean
    Cors cors(GerbangConfig config) {
        return Cors.parse(config.corsOrigins());
    }

    @Bean
    SignInResource signInResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            RefreshSession refresh,
            LogOut logOut,
            Authenticate authenticate,
            LateAnswers lateAnswers) {
        return new SignInResource(logIn, logInWithSecondFactor, refresh, logOut, authenticate, lateAnswers);
    }

    @Bean
    ClientsResource clientsResource(ListClientApps list, CreateClientApp create, ChangeClientApp change) {
        return new ClientsResource(list, create, change);
    }

    @Bean
    ConnectorResource connectorResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            RefreshSession refresh,
            LogOut logOut,
            ShowProfile showProfile,
            Authenticate authenticate,
            LateAnswers lateAnswers) {
        return new ConnectorResource(
                logIn, logInWithSecondFactor, refresh, logOut, showProfile, authenticate, lateAnswers);
    }

    @Bean
    CampusResource campusResource(
            LogIn logIn,
            LogInWithSecondFactor logInWithSecondFactor,
            LogOut logOut,
            ShowProfile showProfile,
            LateAnswers lateAnswers) {
        return new CampusResource(logIn, logInWithSecondFactor, logOut, showProfile, lateAnswers);
    }

    @Bean
    PortalResource portalResource(LogIn logIn, RefreshSession refresh, LogOut logOut, LateAnswers lateAnswers) {
        return new PortalResource(logIn, refresh, logOut, lateAnswers);
    }

    @Bean
    SessionsResource sessionsResource(
            ListSessions listSessions,
            RevokeSession revokeSession,
            InspectTokens inspectTokens,
            CountSessions countSessions,
            CleanUpExpiredSessions cleanUp) {
        return new SessionsResource(listSessions, revokeSession, inspectTokens, countSessions, cleanUp);
    }

    @Bean
    ProfileResource profileResource(ShowProfile showProfile, ChangePassword changePassword) {
        return new ProfileResource(showProfile, changePassword);
    }

    @Bean
    IssuerResource issuerResource(
            ShowSigningKeys keys,
            Issuers issuers,
            RecogniseClient clients,
            LogIn logIn,
            RefreshSession refresh,
            IntrospectToken introspect,
            RevokeToken revoke,
            LateAnswers lateAnswers) {
        return new IssuerResource(keys, issuers, clients, logIn, refresh, introspect, revoke, lateAnswers);
    }

    @Bean
    LateAnswers lateAnswers() {
        return new LateAnswers();
    }

    @Bean
    TwoFactorResource twoFactorResource(ManageTwoFactor twoFactor) {
        return new TwoFactorResource(twoFactor);
    }

    @Bean
    UsersResource usersResource(ListUsers listUsers, ShowUser showUser, CreateUser createUser, UpdateUser updateUser) {
        return new UsersResource(listUsers, showUser, createUser, updateUser);
    }

    @Bean
    RoleAssignmentsResource roleAssignmentsResource(AssignRole assignRole, RemoveRoleAssignment removeRoleAssignment) {
        return new RoleAssignmentsResource(assignRole, removeRoleAssignment);
    }

    @Bean
    RolesResource rolesResource(ListRoles listRoles, CreateRole createRole) {
        return new RolesResource(listRoles, createRole);
    }

    @Bean
    HealthResource healthResource(CheckReadiness readiness, StoreEngines engines) {
        return new HealthResource(readiness, new CheckLivenessService(engines));
    }

    @Bean
    ResourceConfig resourceConfig(
            GerbangConfig config,
            ObjectMapper mapper,
            Cors cors,
            Authenticate authenticate,
            SignInResource signInResource,
            SessionsResource sessionsResource,
            ProfileResource profileResource,
            TwoFactorResource twoFactorResource,
            UsersResource usersResource,
            RolesResource rolesResource,
            RoleAssignmentsResource roleAssignmentsResource,
            HealthResource healthResource,
            TasksResource tasksResource,
            MetricsResource metricsResource,
            MeterRegistry metrics,
            ShowClientApp clients,
            ConnectorResource connector,
            CampusResource campus,
            PortalResource portal,
            ClientsResource clientsResource,
            IssuerResource issuerResource) {
        return new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true)
                .register(new RequestContextFilter(config.trustedProxies(), clients))
                .register(new CorsPreflightFilter(cors))
                .register(new BearerFilter(authenticate))
                .register(new ResponseHeadersFilter(cors))
                .register(new DialectErrors())
                .register(new OAuthErrors())
                .register(new JsonBodyReader(mapper))
                .register(new JsonBodyWriter(mapper))
                .register(ErrorMapper.class)
                .register(signInResource)
                .register(sessionsResource)
                .register(profileResource)
                .register(twoFactorResource)
                .register(usersResource)
                .register(rolesResource)
                .register(roleAssignmentsResource)
                .register(tasksResource)
                .register(healthResource)
                .register(metricsResource)
                .register(clientsResource)
                .register(connector)
                .register(campus)
                .register(portal)
                .register(issuerResource)
                // per route template (never a raw path: no ids in labels), method and status
                .register(new RouteTimers(metrics));
    }
}
