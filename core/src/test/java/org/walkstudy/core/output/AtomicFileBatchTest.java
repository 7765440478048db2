package org.walkstudy.core.output;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileBatchTest {
    private static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingIsVisibleBeforeCommitAndEverythingAfter(@TempDir Path dir) throws Exception {
        try (AtomicFileBatch batch = AtomicFileBatch.create(false, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(dir.resolve("a.md"), "alpha");
            batch.add(dir.resolve("b.png"), new byte[] {1, 2, 3});
            assertFalse(Files.exists(dir.resolve("a.md")));
            assertFalse(Files.exists(dir.resolve("b.png")));
            assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.png")), batch.commit());
        }
        assertEquals(List.of("a.md", "b.png"), names(dir), "no staging folder left");
        assertEquals("alpha", Files.readString(dir.resolve("a.md")));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("b.png")));
    }

    @Test
    void aBatchClosedWithoutCommitLeavesNothingNotEvenTheFoldersItCreated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new").resolve("deeper");
        try (AtomicFileBatch batch = AtomicFileBatch.create(false, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(out.resolve("a.md"), "alpha");
            assertTrue(Files.isDirectory(out));
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aTargetTakenBeforeCommitStopsTheWholeBatch(@TempDir Path dir) throws Exception {
        try (AtomicFileBatch batch = AtomicFileBatch.create(false, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(dir.resolve("a.md"), "alpha");
            batch.add(dir.resolve("b.md"), "beta");
            Files.writeString(dir.resolve("b.md"), "someone else's");
            assertThrows(FileAlreadyExistsException.class, batch::commit);
        }
        assertEquals(List.of("b.md"), names(dir), "a.md is not written without b.md");
        assertEquals("someone else's", Files.readString(dir.resolve("b.md")));
    }

    @Test
    void aFolderInTheWayFailsBeforeAnyFileIsReplaced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "old");
        try (AtomicFileBatch batch = AtomicFileBatch.create(true, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(dir.resolve("a.md"), "new");
            batch.add(dir.resolve("b.md"), "beta");
            Files.createDirectory(dir.resolve("b.md"));
            assertThrows(java.io.IOException.class, batch::commit);
        }
        assertEquals("old", Files.readString(dir.resolve("a.md")));
        assertEquals(List.of("a.md", "b.md"), names(dir));
    }

    @Test
    void withOverwriteExistingFilesAndDanglingLinksAreReplaced(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.md"), "old");
        Files.createSymbolicLink(dir.resolve("b.md"), dir.resolve("nowhere"));
        try (AtomicFileBatch refused = AtomicFileBatch.create(false, AtomicFile.Access.READABLE_BY_ALL)) {
            assertThrows(FileAlreadyExistsException.class, () -> refused.add(dir.resolve("b.md"), "x"),
                    "a dangling link exists too");
        }
        try (AtomicFileBatch batch = AtomicFileBatch.create(true, AtomicFile.Access.READABLE_BY_ALL)) {
            batch.add(dir.resolve("a.md"), "new");
            batch.add(dir.resolve("b.md"), "beta");
            batch.commit();
        }
        assertEquals("new", Files.readString(dir.resolve("a.md")));
        assertFalse(Files.isSymbolicLink(dir.resolve("b.md")));
        assertEquals("beta", Files.readString(dir.resolve("b.md")));
        assertEquals(List.of("a.md", "b.md"), names(dir), "no backups or staging left");
    }

    @Test
    void aDanglingLinkNeedsOverwriteForASingleFileToo(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("out.csv");
        Files.createSymbolicLink(link, dir.resolve("nowhere.csv"));
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFile.write(link, "x", false, AtomicFile.Access.OWNER_ONLY));
        assertFalse(Files.exists(dir.resolve("nowhere.csv")), "nothing written through the link");
    }
}
