package io.gerbang.bootstrap.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.error.Refusals;
import io.gerbang.adapters.rest.json.Json;
import io.gerbang.application.port.Unavailable;
import io.gerbang.bootstrap.config.ConfigurationError;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.domain.shared.Refused;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar gerbang.jar admin <command>}: users, roles and tenants from the shell, through the same
 * use cases (inbound ports) and rules as the API, against the stores the environment configures. Exit 0 when
 * done, 1 when a rule refused (the contract's code and message on standard error), 2 for bad usage (nothing
 * opened, nothing written). Results are JSON on standard output, one object a line.
 */
@Command(
        name = "gerbang admin",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = AdminCommandLine.JarVersion.class,
        description = "Administer Gerbang's tenants, their organisation, users and roles against the configured "
                + "stores (the server's environment: GERBANG_DB_URL, GERBANG_REDIS_URL, GERBANG_DATA_DIR, ...).",
        subcommands = {
            CreateTenantCommand.class,
            CreateBranchCommand.class,
            CreateUnitCommand.class,
            UpdateUnitCommand.class,
            CreateUserCommand.class,
            AssignRoleCommand.class,
            ResetPasswordCommand.class,
            DisableTwoFactorCommand.class,
            RevokeSessionsCommand.class,
            ListUsersCommand.class,
            CreateClientCommand.class,
            ListClientsCommand.class,
            ClientSecretCommand.class,
            RotateKeysCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:refused by a rule (its code and message on standard error)",
            "2:bad usage (nothing written)"
        })
public final class AdminCommandLine implements Runnable {

    static final int REFUSED = 1;
    private static final ObjectMapper JSON = Json.mapper();

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    private AdminCommandLine(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs one command line; the exit code. */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = OptionValues.registeredOn(new CommandLine(new AdminCommandLine(environment)))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((thrown, command, parsed) -> {
                    if (thrown instanceof Refused refused) {
                        command.getErr().println(said(Refusals.of(refused)));
                        return REFUSED;
                    }
                    if (thrown instanceof Unavailable) {
                        command.getErr()
                                .println("UNAVAILABLE: " + Messages.text(Messages.Language.EN, "error.UNAVAILABLE"));
                        return REFUSED;
                    }
                    if (thrown instanceof ConfigurationError wrong) {
                        command.getErr().println("gerbang admin: " + wrong.getMessage());
                        return CommandLine.ExitCode.USAGE;
                    }
                    if (thrown instanceof IllegalArgumentException badValue) {
                        // a domain rule on a value that is not an option by itself (a tenant name, say)
                        command.getErr().println("gerbang admin: " + badValue.getMessage());
                        command.usage(command.getErr());
                        return CommandLine.ExitCode.USAGE;
                    }
                    throw thrown;
                });
        return commandLine.execute(args);
    }

    /** The refusal as the API would word it: {@code CONFLICT: the resource already exists ... (email)}. */
    static String said(Refusals.Answer refusal) {
        return refusal.code() + ": " + Messages.text(Messages.Language.EN, refusal.messageKey())
                + (refusal.field() == null ? "" : " (" + refusal.field() + ")");
    }

    /** The version the jar's manifest names. */
    static final class JarVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AdminCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"Gerbang " + (version == null ? "(classes, not the jar)" : version)};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Opens the stores and the use cases, does the work, and closes them again. */
    int withSession(Function<AdminSession, Object> work, CommandSpec command) {
        GerbangConfig config = GerbangConfig.from(environment);
        try (AdminSession session = AdminSession.open(config)) {
            print(command, work.apply(session));
            return CommandLine.ExitCode.OK;
        }
    }

    private static void print(CommandSpec command, Object result) {
        Iterable<?> lines = result instanceof Iterable<?> many ? many : java.util.List.of(result);
        for (Object line : lines) {
            try {
                command.commandLine().getOut().println(JSON.writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        command.commandLine().getOut().flush();
    }
}
