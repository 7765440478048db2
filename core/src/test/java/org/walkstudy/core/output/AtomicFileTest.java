package org.walkstudy.core.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesWholeFileWithTheAskedPermissions() throws IOException {
        Path f = dir.resolve("a/b/daily.csv");
        AtomicFile.write(f, "date,steps\n", false, AtomicFile.Access.OWNER_ONLY);
        assertEquals("date,steps\n", Files.readString(f));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        Path chart = dir.resolve("c.svg");
        AtomicFile.write(chart, new byte[] {1, 2}, false, AtomicFile.Access.READABLE_BY_ALL);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(chart)));
    }

    @Test
    void refusesToOverwriteUnlessAskedAndKeepsTheOldFile() throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.write(f, "new", false, AtomicFile.Access.OWNER_ONLY));
        assertEquals("old", Files.readString(f));
        AtomicFile.write(f, "new", true, AtomicFile.Access.OWNER_ONLY);
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTempFile() throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "old");
        IOException boom = assertThrows(IOException.class, () -> AtomicFile.write(f, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }, true, AtomicFile.Access.OWNER_ONLY));
        assertEquals("disk full", boom.getMessage());
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aDeviceOrFolderIsNeverReplaced() throws IOException {
        Path full = Path.of("/dev/full");
        if (Files.exists(full)) {
            IOException e = assertThrows(IOException.class,
                    () -> AtomicFile.write(full, "x", true, AtomicFile.Access.OWNER_ONLY));
            assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
            assertFalse(Files.isRegularFile(full), "/dev/full is still the device");
        }
        IOException folder = assertThrows(IOException.class,
                () -> AtomicFile.write(dir, "x", true, AtomicFile.Access.OWNER_ONLY));
        assertTrue(folder.getMessage().contains("not a regular file"));
        assertTrue(Files.isDirectory(dir));
    }
}
