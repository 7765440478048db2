package org.walkstudy.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;

import picocli.CommandLine.Option;

/**
 * {@code --force} and the one rule every writing command applies to the paths it will write: never one of the
 * command's own inputs (not even with --force), never a folder, and an existing path (a dangling link counts)
 * only with --force. Checked before any work, so nobody waits for a result to learn the name is taken.
 */
public final class Overwrite {
    @Option(names = "--force", description = "Replace existing output files (a dangling link counts as existing). "
            + "One of the command's own inputs is never replaced.")
    boolean force;

    /** Whether existing outputs may be replaced. */
    public boolean force() {
        return force;
    }

    /**
     * Refuses {@code target} when it names one of {@code inputs}, is a folder, or exists without --force.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    public void check(Path target, Collection<Path> inputs) {
        check(target, inputs, force);
    }

    static void check(Path target, Collection<Path> inputs, boolean overwrite) {
        Objects.requireNonNull(target, "target");
        for (Path input : inputs) {
            if (input != null && sameFile(target, input)) {
                throw new IllegalArgumentException(target + " is one of this command's inputs (" + input
                        + "): choose another name for the output (--force never replaces an input)");
            }
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " is a folder: give a file name");
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            String what = Files.isSymbolicLink(target) && !Files.exists(target) ? " is a link to a missing file" : " exists";
            throw new IllegalArgumentException(target + what + ": choose another name or add --force");
        }
    }

    /** The same file: by identity when both exist (links and hard links included), else by normalised path. */
    private static boolean sameFile(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                return false;
            }
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
