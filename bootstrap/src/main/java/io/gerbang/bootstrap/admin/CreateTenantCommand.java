package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.organisation.CreateTenant;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.TenantType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "create-tenant",
        description = "Open a tenant, with a company of its name and a CONSOLE ADMIN role holding every permission. "
                + "Prints {id, name, type, company_id, administrator_role_id}.")
final class CreateTenantCommand extends AdminSubcommand {

    @Option(names = "--name", required = true, description = "the tenant's name, unique whatever its case")
    private String name;

    @Option(names = "--type", required = true, paramLabel = "internal|partner", description = "internal or partner")
    private TenantType type;

    @Override
    public Integer call() {
        NewTenant tenant = new NewTenant(name, type);
        return inSession(session -> {
            OpenedTenant opened = session.port(CreateTenant.class).create(tenant);
            return new Opened(
                    opened.id().value(),
                    opened.name(),
                    opened.type().code(),
                    opened.companyId().value(),
                    opened.administratorRoleId().value());
        });
    }

    record Opened(long id, String name, String type, long companyId, long administratorRoleId) {}
}
