package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.token.RotateSigningKeys;
import io.gerbang.domain.signing.SigningKey;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "rotate-keys",
        description = "Starts a rotation of the tenant's signing key now: the next key is published at once and signs "
                + "once verifiers hold it (GERBANG_ACCESS_TTL + 300 s). With --revoke-current the current key is "
                + "trusted no more and the new one signs at once (a leaked key). Every node hears of it within a "
                + "second. Prints the key that signs next.")
final class RotateKeysCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(
            names = "--revoke-current",
            description = "stop trusting the current key at once: tokens it signed are " + "refused from now on")
    private boolean revokeCurrent;

    @Override
    public Integer call() {
        return inSession(session -> {
            SigningKey next = session.port(RotateSigningKeys.class)
                    .rotate(tenant.operator().tenant(), revokeCurrent);
            Map<String, Object> printed = new LinkedHashMap<>();
            printed.put("tenant_id", next.tenant().value());
            printed.put("kid", next.id().value());
            printed.put("generation", next.generation());
            printed.put("signs_from", next.signsFrom().toString());
            return printed;
        });
    }
}
