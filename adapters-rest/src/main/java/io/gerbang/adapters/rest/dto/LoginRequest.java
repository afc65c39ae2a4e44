package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.SignInName;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserIdentity;

/** POST /auth/login and /auth/login-email. */
public record LoginRequest(String userIdentity, String email, String password, String userAgent, String ip) {

    /**
     * The sign-in of clients that send one {@code username} (a campus app's login, the OAuth2 password form): an
     * e-mail when it has an {@code @}, else an identity number.
     */
    public static LoginRequest byUsername(String username, String password) {
        boolean email = username != null && username.indexOf('@') >= 0;
        return new LoginRequest(email ? null : username, email ? username : null, password, null, null);
    }

    /**
     * POST /auth/login: an identity number, or else an e-mail address, and a password. The client's own
     * {@code user_agent} and {@code ip} (a connector's, on behalf of its user) win over the request's.
     */
    public LogIn.Command byIdentityOrEmail(TenantId tenant, String agentHeader, String clientIp) {
        RequestFields inputs = new RequestFields();
        SignInName name;
        if (RequestFields.given(userIdentity)) {
            UserIdentity identity = Credentials.identity(inputs, "user_identity", userIdentity);
            name = identity == null ? null : new SignInName.ByIdentity(identity);
        } else if (RequestFields.given(email)) {
            name = byEmail(inputs);
        } else {
            inputs.problem("user_identity", FieldErrors.ONE_OF_IDENTITY_OR_EMAIL);
            name = null;
        }
        return command(inputs, name, tenant, agentHeader, clientIp);
    }

    /** POST /auth/login-email: an e-mail address and a password. */
    public LogIn.Command byEmail(TenantId tenant, String agentHeader, String clientIp) {
        RequestFields inputs = new RequestFields();
        return command(inputs, byEmail(inputs), tenant, agentHeader, clientIp);
    }

    private SignInName byEmail(RequestFields inputs) {
        Email address = Credentials.email(inputs, "email", email);
        return address == null ? null : new SignInName.ByEmail(address);
    }

    private LogIn.Command command(
            RequestFields inputs, SignInName name, TenantId tenant, String agentHeader, String clientIp) {
        PlainPassword presented = Credentials.presentedPassword(inputs, "password", password);
        inputs.check();
        ClientInfo client = new ClientInfo(
                RequestFields.given(userAgent) ? userAgent : agentHeader, RequestFields.given(ip) ? ip : clientIp);
        return new LogIn.Command(tenant, name, presented, client, ClientAddress.ofNullable(clientIp));
    }

    @Override
    public String toString() {
        return "LoginRequest[" + userIdentity + ", " + email + ", ****]";
    }
}
