package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.ClientDto;
import io.gerbang.application.port.in.client.ListClientApps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "list-clients",
        description = "The client apps of a tenant, by id: one JSON object a line, as GET /clients gives each.")
final class ListClientsCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Override
    public Integer call() {
        return inSession(session -> session.port(ListClientApps.class).list(tenant.operator()).stream()
                .map(ClientDto::of)
                .toList());
    }
}
