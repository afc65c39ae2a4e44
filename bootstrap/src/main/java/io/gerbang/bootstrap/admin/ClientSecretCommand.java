package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.ClientDto;
import io.gerbang.application.port.in.client.ChangeClientApp;
import io.gerbang.domain.client.ClientId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "client-secret",
        description = "New secrets for a client app (a confidential client's secret, a shared-secret client's signing "
                + "key): the old ones stop working at once. Prints the client with them, this once.")
final class ClientSecretCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--id", required = true, description = "the client_id")
    private ClientId id;

    @Override
    public Integer call() {
        return inSession(session ->
                ClientDto.Issued.of(session.port(ChangeClientApp.class).renewSecrets(tenant.operator(), id)));
    }
}
