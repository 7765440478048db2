package org.walkstudy.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file or the complete new one: the bytes go to a temp
 * file in the target's folder, are flushed to disk, and the temp file is moved over the target. On any
 * failure the temp file is removed and the old file is untouched.
 */
public final class AtomicFile {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, String text, boolean overwrite) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), overwrite);
    }

    public static void write(Path target, Content content, boolean overwrite) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (!overwrite && Files.exists(absolute)) {
            throw new IllegalArgumentException(target + " exists: choose another name or add --force");
        }
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, absolute);
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(target + " exists: choose another name or add --force", e);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + target + ": " + e.getMessage(), e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is what the user needs to see
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
