package io.gerbang.bootstrap.admin;

import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** One command under {@code gerbang admin}: its arguments checked by picocli, its work done in a session. */
abstract class AdminSubcommand implements Callable<Integer> {

    @ParentCommand
    private AdminCommandLine admin;

    @Spec
    private CommandSpec spec;

    /** A usage error of this command (exit 2, nothing written). */
    final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Opens the stores and the use cases, does the work, prints its result as JSON lines, closes them. */
    final int inSession(Function<AdminSession, Object> work) {
        return admin.withSession(work, spec);
    }
}
