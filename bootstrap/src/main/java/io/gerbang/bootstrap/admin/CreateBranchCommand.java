package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.organisation.OpenBranch;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.PlaceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "create-branch",
        description = "Open a branch under a company of the tenant. Prints {id, company_id, name}.")
final class CreateBranchCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--company", required = true, description = "the company's id (create-tenant prints it)")
    private CompanyId company;

    @Option(
            names = "--name",
            required = true,
            description = "the branch's name, unique in its company whatever its case")
    private PlaceName name;

    @Override
    public Integer call() {
        return inSession(session -> {
            OpenBranch.OpenedBranch opened =
                    session.port(OpenBranch.class).open(new OpenBranch.Command(tenant.operator(), company, name));
            return new Opened(
                    opened.id().value(), opened.company().value(), opened.name().value());
        });
    }

    record Opened(long id, long companyId, String name) {}
}
