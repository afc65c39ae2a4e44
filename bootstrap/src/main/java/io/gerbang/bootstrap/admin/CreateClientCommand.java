package io.gerbang.bootstrap.admin;

import io.gerbang.adapters.rest.dto.ClientDto;
import io.gerbang.adapters.rest.dto.ClientRequest;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.application.port.in.client.CreateClientApp;
import io.gerbang.domain.client.ClientApp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "create-client",
        description = "Make a client app of the tenant (API.md, \"Client apps\"). Prints it as POST /clients answers "
                + "it, with any secret made for it: shown this once, never again.")
final class CreateClientCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--id", required = true, description = "the client_id: 3 to 40 of a-z, 0-9 and -")
    private String id;

    @Option(names = "--name", required = true, description = "shown to administrators")
    private String name;

    @Option(names = "--dialect", description = "native (default), connector, campus or portal")
    private String dialect;

    @Option(names = "--tenants", description = "own (default): always its tenant; any: X-Tenant-ID picks")
    private String tenants;

    @Option(names = "--access-ttl", description = "access token lifetime in seconds, 60 to 86400")
    private Integer accessTtl;

    @Option(names = "--refresh", description = "rotate (default) or reuse")
    private String refresh;

    @Option(names = "--logout", description = "session (default) or everywhere")
    private String logout;

    @Option(names = "--signing", description = "tenant (default) or shared-secret")
    private String signing;

    @Option(names = "--language", description = "en (default) or id: the language of error words")
    private String language;

    @Option(names = "--role-name", description = "GERBANG_ROLE=WORD, in order; repeat for each")
    private List<String> roleNames = new ArrayList<>();

    @Option(names = "--origin", description = "a browser origin allowed for this client; repeat for each")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--kind", description = "public (default) or confidential (has a secret, may introspect)")
    private String kind;

    @Override
    public Integer call() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String pair : roleNames) {
            int equals = pair.lastIndexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw usage("--role-name is GERBANG_ROLE=WORD: " + pair);
            }
            names.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        ClientApp client;
        try {
            client = new ClientRequest(
                            id, name, dialect, tenants, accessTtl, refresh, logout, signing, language, names, origins,
                            kind)
                    .newClient(tenant.operator().tenant());
        } catch (InvalidRequest invalid) {
            throw usage("not a client app: "
                    + String.join(", ", invalid.fields().keys().keySet()));
        }
        return inSession(session -> ClientDto.Issued.of(
                session.port(CreateClientApp.class).create(new CreateClientApp.Command(tenant.operator(), client))));
    }
}
