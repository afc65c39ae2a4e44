package io.gerbang.adapters.rest.issuer;

import io.gerbang.adapters.rest.dto.LoginRequest;
import io.gerbang.adapters.rest.http.LateAnswers;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.application.port.in.client.RecogniseClient;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.in.token.IntrospectToken;
import io.gerbang.application.port.in.token.RevokeToken;
import io.gerbang.application.port.in.token.ShowSigningKeys;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.signing.Issuers;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Each tenant as an OAuth 2.0 authorization server that other services can check tokens with: its metadata (RFC 8414
 * and OpenID Connect Discovery), its public keys (JWKS), the token endpoint (RFC 6749: the password and refresh_token
 * grants, through the same sign-in and refresh use cases and limits as {@code /auth/login} and {@code /auth/refresh}),
 * introspection (RFC 7662) and revocation (RFC 7009). Failures are in the RFCs' shape ({@link OAuthErrors}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class IssuerResource {

    private static final Pattern TENANT = Pattern.compile("[1-9][0-9]{0,17}");
    /** How long a verifier may keep a tenant's key set: a new key is published longer than this before it signs. */
    static final String KEY_SET_CACHING = "public, max-age=300";

    private final ShowSigningKeys keys;
    private final Issuers issuers;
    private final RecogniseClient clients;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final IntrospectToken introspectToken;
    private final RevokeToken revokeToken;
    private final LateAnswers lateAnswers;

    public IssuerResource(
            ShowSigningKeys keys,
            Issuers issuers,
            RecogniseClient clients,
            LogIn logIn,
            RefreshSession refreshSession,
            IntrospectToken introspectToken,
            RevokeToken revokeToken,
            LateAnswers lateAnswers) {
        this.keys = keys;
        this.issuers = issuers;
        this.clients = clients;
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.introspectToken = introspectToken;
        this.revokeToken = revokeToken;
        this.lateAnswers = lateAnswers;
    }

    private static TenantId tenant(String path) {
        if (!TENANT.matcher(path).matches()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return new TenantId(Long.parseLong(path));
    }

    @GET
    @Path("t/{tenant}/jwks.json")
    public Response keySet(@PathParam("tenant") String tenant) {
        List<Map<String, Object>> published = keys.publishedKeys(tenant(tenant)).stream()
                .map(IssuerResource::jwk)
                .toList();
        return Response.ok(Map.of("keys", published))
                .header("Cache-Control", KEY_SET_CACHING)
                .build();
    }

    /** RFC 7517 and RFC 7518 section 6.2: the public part of a P-256 key, nothing of its private part. */
    private static Map<String, Object> jwk(SigningKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", key.publicPart().x());
        jwk.put("y", key.publicPart().y());
        jwk.put("kid", key.id().value());
        jwk.put("use", "sig");
        jwk.put("alg", "ES256");
        return jwk;
    }

    @GET
    @Path("t/{tenant}/.well-known/openid-configuration")
    public Response openIdConfiguration(@PathParam("tenant") String tenant) {
        return metadata(tenant(tenant));
    }

    @GET
    @Path(".well-known/oauth-authorization-server/t/{tenant}")
    public Response authorizationServer(@PathParam("tenant") String tenant) {
        return metadata(tenant(tenant));
    }

    /** The fields RFC 8414 and OpenID Connect Discovery 1.0 require, saying what each tenant supports. */
    private Response metadata(TenantId tenant) {
        // an unknown or closed tenant publishes nothing
        keys.publishedKeys(tenant);
        String issuer = issuers.of(tenant);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("jwks_uri", issuer + "/jwks.json");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("introspection_endpoint", issuer + "/introspect");
        metadata.put("revocation_endpoint", issuer + "/revoke");
        metadata.put("grant_types_supported", List.of("password", "refresh_token"));
        // no authorization endpoint: nothing is answered by redirection
        metadata.put("response_types_supported", List.of());
        metadata.put(
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
        metadata.put(
                "introspection_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put(
                "revocation_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post", "none"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("ES256"));
        metadata.put("token_endpoint_auth_signing_alg_values_supported", List.of("ES256"));
        metadata.put(
                "claims_supported",
                List.of("iss", "aud", "sub", "exp", "iat", "jti", "tid", "sid", "name", "email", "unit_id", "scope"));
        return Response.ok(metadata).header("Cache-Control", KEY_SET_CACHING).build();
    }

    /** A client's credentials: HTTP Basic (RFC 6749 section 2.3.1, each part form-encoded) or the form's fields. */
    private record Credentials(String clientId, String secret) {}

    private static Credentials credentials(ContainerRequestContext request, MultivaluedMap<String, String> form) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon < 0 || form.containsKey("client_secret")) {
                    return new Credentials(null, null);
                }
                return new Credentials(
                        URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return new Credentials(null, null);
            }
        }
        return new Credentials(single(form, "client_id"), single(form, "client_secret"));
    }

    /** A form field given once; null when absent, and also when repeated (RFC 6749 section 3.2). */
    private static String single(MultivaluedMap<String, String> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static boolean repeated(MultivaluedMap<String, String> form) {
        return form.values().stream().anyMatch(values -> values.size() > 1);
    }

    private ClientApp client(TenantId tenant, ContainerRequestContext request, MultivaluedMap<String, String> form) {
        Credentials credentials = credentials(request, form);
        return clients.recognise(tenant, credentials.clientId(), credentials.secret());
    }

    @POST
    @Path("t/{tenant}/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void token(
            @PathParam("tenant") String tenantPath,
            @Context ContainerRequestContext request,
            MultivaluedMap<String, String> form,
            @Suspended AsyncResponse async) {
        TenantId tenant = tenant(tenantPath);
        lateAnswers.answer(async, () -> {
            if (repeated(form)) {
                return OAuthAnswers.problem(400, "invalid_request", "a parameter is given more than once");
            }
            String grant = single(form, "grant_type");
            if (grant == null) {
                return OAuthAnswers.problem(400, "invalid_request", "grant_type is required");
            }
            if (!"password".equals(grant) && !"refresh_token".equals(grant)) {
                return OAuthAnswers.problem(400, "unsupported_grant_type", "password and refresh_token are supported");
            }
            ClientApp client = client(tenant, request, form);
            return "password".equals(grant) ? password(tenant, client, request, form) : refresh(tenant, client, form);
        });
    }

    private Response password(
            TenantId tenant, ClientApp client, ContainerRequestContext request, MultivaluedMap<String, String> form) {
        RequestInfo info = RequestInfo.of(request);
        LogIn.Command command = LoginRequest.byUsername(single(form, "username"), single(form, "password"))
                .byIdentityOrEmail(tenant, request.getHeaderString("User-Agent"), info.clientIp())
                .through(client.id());
        SignInOutcome outcome = logIn.logIn(command);
        if (outcome instanceof SignInOutcome.SecondFactorRequired) {
            return OAuthAnswers.problem(400, "invalid_grant", "two-factor sign-in needs /login");
        }
        return OAuthAnswers.ok(tokens(((LoginResult) outcome).tokens()));
    }

    private Response refresh(TenantId tenant, ClientApp client, MultivaluedMap<String, String> form) {
        String token = single(form, "refresh_token");
        if (token == null || token.isEmpty()) {
            return OAuthAnswers.problem(400, "invalid_request", "refresh_token is required");
        }
        TokenPair pair = refreshSession.refresh(
                new RefreshSession.Command(new RefreshToken(token), new RefreshSession.Audience(tenant, client.id())));
        return OAuthAnswers.ok(tokens(pair));
    }

    private static Map<String, Object> tokens(TokenPair pair) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", pair.accessToken().value());
        tokens.put("token_type", "Bearer");
        tokens.put("expires_in", pair.expiresIn());
        tokens.put("refresh_token", pair.refreshToken().value());
        return tokens;
    }

    @POST
    @Path("t/{tenant}/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response introspect(
            @PathParam("tenant") String tenantPath,
            @Context ContainerRequestContext request,
            MultivaluedMap<String, String> form) {
        TenantId tenant = tenant(tenantPath);
        if (repeated(form)) {
            return OAuthAnswers.problem(400, "invalid_request", "a parameter is given more than once");
        }
        Credentials credentials = credentials(request, form);
        IntrospectToken.Introspection answer = introspectToken.introspect(new IntrospectToken.Command(
                tenant, credentials.clientId(), credentials.secret(), single(form, "token")));
        if (!(answer instanceof IntrospectToken.Active active)) {
            return OAuthAnswers.ok(Map.of("active", false));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("active", true);
        body.put("sub", active.user().toString());
        body.put("tid", active.tenant().value());
        body.put("sid", active.session().value());
        body.put("client_id", active.client().value());
        body.put("username", active.username());
        if (active.scope() != null) {
            body.put("scope", active.scope());
        }
        body.put("exp", active.expiresAt().getEpochSecond());
        body.put("iat", active.issuedAt().getEpochSecond());
        body.put("token_type", active.tokenType());
        body.put("iss", issuers.of(active.tenant()));
        return OAuthAnswers.ok(body);
    }

    @POST
    @Path("t/{tenant}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(
            @PathParam("tenant") String tenantPath,
            @Context ContainerRequestContext request,
            MultivaluedMap<String, String> form) {
        TenantId tenant = tenant(tenantPath);
        if (repeated(form)) {
            return OAuthAnswers.problem(400, "invalid_request", "a parameter is given more than once");
        }
        String token = single(form, "token");
        Credentials credentials = credentials(request, form);
        if (token == null) {
            // the client is checked first: an unknown one learns nothing more
            clients.recognise(tenant, credentials.clientId(), credentials.secret());
            return OAuthAnswers.problem(400, "invalid_request", "token is required");
        }
        revokeToken.revoke(new RevokeToken.Command(tenant, credentials.clientId(), credentials.secret(), token));
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
