package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes the daily CSV the safe way: health data is private, so the file is owner-only (rw-------); it is
 * written to a temporary file in the same folder and moved into place atomically, so a failure never
 * leaves a half-written file; an existing file is replaced only when asked.
 */
public final class DailyCsvFile {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DailyCsvFile() {
    }

    public static void write(DailyTable table, Path target, boolean overwrite) throws IOException {
        if (table == null || target == null) {
            throw new IllegalArgumentException("table and target must be given");
        }
        Path out = target.toAbsolutePath();
        if (!overwrite && Files.exists(out)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists; use --force to replace it");
        }
        Path dir = out.getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".tmp", attrs);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                table.writeCsv(w);
            }
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            if (posix) {
                Files.setPosixFilePermissions(out, OWNER_ONLY);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
