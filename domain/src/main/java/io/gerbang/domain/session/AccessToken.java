package io.gerbang.domain.session;

import java.util.Objects;

/**
 * An access token as issued (a signed JWT, in its compact form): a bearer secret, so it is never printed. Whether a
 * string someone presents is one of ours only the token reader can tell ({@code AccessTokens#read}).
 */
public record AccessToken(String value) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "AccessToken[****]";
    }
}
