package io.gerbang.application.service.token;

import io.gerbang.application.port.in.token.RevokeToken;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.client.ClientCredentials;
import io.gerbang.domain.client.ClientApp;

/**
 * RFC 7009: the client that a token was issued to ends its session. An unknown, ended or expired token needs no
 * revoking; a token issued to another client, or of another tenant, is left alone (section 2.1: a client revokes
 * only its own tokens).
 */
public class RevokeTokenService implements RevokeToken {

    private final ClientCredentials credentials;
    private final TokenHolders holders;
    private final Sessions sessions;
    private final SecurityEvents events;

    public RevokeTokenService(
            ClientCredentials credentials, TokenHolders holders, Sessions sessions, SecurityEvents events) {
        this.credentials = credentials;
        this.holders = holders;
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    public void revoke(Command command) {
        ClientApp client = credentials.recognise(command.tenant(), command.clientId(), command.clientSecret());
        holders.holderOf(command.token(), command.tenant())
                .filter(holder -> holder.client().equals(client.id()))
                .ifPresent(holder -> {
                    if (sessions.end(holder.ref())) {
                        events.record(new Event(
                                Kind.SESSIONS_ENDED,
                                holder.ref().tenant(),
                                holder.ref().user(),
                                "revoked_by_client"));
                    }
                });
    }
}
