package org.walkstudy.cli.command;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --out} and {@code --force}, shared by every command that writes files (chart, import, report,
 * summary), with the rule of {@link Overwrite}.
 */
public final class OutputOptions {
    @Option(names = "--out", paramLabel = "PATH",
            description = "Where to write (see the command's description); written atomically, never over one of "
                    + "the command's inputs.")
    Path out;

    @Mixin
    Overwrite overwrite;

    /** --out, which this command requires: a usage error (exit 2) when it is missing. */
    public Path required(CommandSpec spec) {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=PATH'");
        }
        return out;
    }

    /** --out when given. */
    public Optional<Path> optional() {
        return Optional.ofNullable(out);
    }

    public boolean force() {
        return overwrite.force();
    }

    /** See {@link Overwrite#check(Path, Collection)}. */
    public void check(Path target, Collection<Path> inputs) {
        overwrite.check(target, inputs);
    }
}
