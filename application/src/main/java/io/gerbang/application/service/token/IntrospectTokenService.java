package io.gerbang.application.service.token;

import io.gerbang.application.port.in.token.IntrospectToken;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.application.service.client.ClientCredentials;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RFC 7662 for confidential clients: active only while the token's session, person and tenant are. */
public class IntrospectTokenService implements IntrospectToken {

    private static final Inactive INACTIVE = new Inactive();

    private final ClientCredentials credentials;
    private final TokenHolders holders;
    private final UserProfiles profiles;

    public IntrospectTokenService(ClientCredentials credentials, TokenHolders holders, UserProfiles profiles) {
        this.credentials = credentials;
        this.holders = holders;
        this.profiles = profiles;
    }

    @Override
    public Introspection introspect(Command command) {
        credentials.recogniseConfidential(command.tenant(), command.clientId(), command.clientSecret());
        Optional<TokenHolders.Holder> found = holders.holderOf(command.token(), command.tenant());
        if (found.isEmpty()) {
            return INACTIVE;
        }
        TokenHolders.Holder holder = found.get();
        Optional<UserProfiles.ProfileSource> source = profiles.of(holder.ref().user());
        if (source.isEmpty()
                || !source.get().user().active()
                || !source.get().tenant().active()) {
            return INACTIVE;
        }
        User user = source.get().user();
        var access = holder.access();
        if (access != null) {
            return new Active(
                    user.id(),
                    access.tenant(),
                    access.session(),
                    access.client(),
                    user.identity().value(),
                    words(access.scope()),
                    access.expiresAt(),
                    access.issuedAt(),
                    "access_token");
        }
        Session session = holder.session();
        return new Active(
                user.id(),
                session.tenant(),
                session.id(),
                session.client().app(),
                user.identity().value(),
                null,
                session.expiresAt(),
                session.createdAt(),
                "refresh_token");
    }

    /** An access token's scope as RFC 7662 writes scopes: words separated by spaces. */
    static String words(Coverage coverage) {
        if (coverage.tenant()) {
            return "tenant";
        }
        List<String> words = new ArrayList<>();
        coverage.branches().forEach(branch -> words.add("branch:" + branch.value()));
        coverage.units().forEach(unit -> words.add("unit:" + unit.value()));
        return String.join(" ", words);
    }
}
