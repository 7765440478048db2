package org.walkstudy.core.input;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapBudgetTest {
    @TempDir
    Path tmp;

    @Test
    void aFileLargerThanTheHeapCanHoldIsOneLineNamingItAndTheHeap() throws IOException {
        Path big = tmp.resolve("big.csv");
        long heap = Runtime.getRuntime().maxMemory();
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(heap / 4 + 1); // sparse: no disk used
        }
        InputException e = assertThrows(InputException.class, () -> HeapBudget.requireFits(big, 4));
        assertTrue(e.getMessage().startsWith(big + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("heap") && e.getMessage().contains("WALKSTUDY_JAVA_OPTS=-Xmx"), e.getMessage());
        HeapBudget.requireFits(Files.writeString(tmp.resolve("small.csv"), "a,b\n"), 4);
    }

    @Test
    void aDeviceAndAFolderAreRefusedAMissingFileIsLeftToItsReader() {
        assertTrue(assertThrows(InputException.class, () -> HeapBudget.requireFits(Path.of("/dev/zero"), 4)).getMessage()
                .contains("not a regular file"));
        assertTrue(assertThrows(InputException.class, () -> HeapBudget.requireFits(tmp, 4)).getMessage().contains("a folder"));
        assertDoesNotThrow(() -> HeapBudget.requireFits(tmp.resolve("none"), 4), "the reader reports a missing file");
    }
}
