package org.walkstudy.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file so that readers see either the old file or the complete new one: the bytes go to a temp file
 * in the target's folder, are forced to disk, and the temp file is moved over the target. On any failure the
 * temp file is removed and an existing target is untouched. Health data is written owner-only.
 */
public final class AtomicFile {
    /** Who may read the written file. */
    public enum Access {
        /** rw------- : the person's own health data. */
        OWNER_ONLY("rw-------"),
        /** rw-r--r-- : charts and summaries meant to be shared. */
        READABLE_BY_ALL("rw-r--r--");

        private final Set<PosixFilePermission> permissions;

        Access(String permissions) {
            this.permissions = PosixFilePermissions.fromString(permissions);
        }
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    // Temp names from pid, time and a counter with CREATE_NEW: Files.createTempFile would seed SecureRandom,
    // a noticeable part of a short command's start-up.
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFile() {
    }

    public static void write(Path target, String text, boolean overwrite, Access access) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), overwrite, access);
    }

    public static void write(Path target, byte[] bytes, boolean overwrite, Access access) throws IOException {
        write(target, out -> out.write(bytes), overwrite, access);
    }

    /**
     * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
     */
    public static void write(Path target, Content content, boolean overwrite, Access access) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // Moving a temp file over /dev/full, a folder or a pipe would replace it, not write to it.
            throw new IOException(target + " is not a regular file (a folder or a device such as /dev/full): "
                    + "give a file name");
        }
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) { // a dangling link exists too
            throw new FileAlreadyExistsException(target.toString(), null, "exists; use --force to replace it");
        }
        Path dir = absolute.getParent();
        createFolder(dir);
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path temp = createTemp(dir, absolute.getFileName().toString(), posix, access);
        track(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(temp, access.permissions); // createFile applies the umask
            }
            if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString(), null, "appeared while writing; not replaced");
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
            IN_FLIGHT.remove(temp);
        }
    }

    /** The output folder, created when missing; a failure names the folder and the reason in one line. */
    private static void createFolder(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write in " + e.getFile() + ": it is a file, not a folder", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the folder " + dir + ": " + reason(e), e);
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
    }

    /**
     * Temp files being written: a shutdown hook removes them when the process is stopped (Ctrl-C, SIGTERM) in
     * the middle of a write, so no half-written health data is left behind. SIGKILL cannot be caught.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private static void track(Path temp) {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeTempFiles, "walkstudy-remove-temp-files"));
        }
        IN_FLIGHT.add(temp);
    }

    /** What the shutdown hook does: removes every temp file still being written. */
    static void removeTempFiles() {
        for (Path p : IN_FLIGHT) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the process is ending; nothing better can be done
            }
        }
    }

    private static Path createTemp(Path dir, String name, boolean posix, Access access) throws IOException {
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(Access.OWNER_ONLY.permissions)}
                : new FileAttribute<?>[0];
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + "."
                    + COUNTER.incrementAndGet() + ".part");
            try {
                return Files.createFile(temp, attrs);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (FileSystemException e) {
                // The temp file's own name means nothing to the person: name the folder and why.
                throw new IOException("cannot write in the folder " + dir + ": " + reason(e), e);
            }
        }
    }

    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
