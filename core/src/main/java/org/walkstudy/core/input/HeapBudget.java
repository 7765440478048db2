package org.walkstudy.core.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The check before a reader holds a whole file in memory: a device or pipe (/dev/zero never ends) and a file
 * larger than the heap can hold are refused with one line naming the file, never an OutOfMemoryError.
 */
public final class HeapBudget {
    private HeapBudget() {
    }

    /**
     * Refuses the file unless it is a regular file whose size, times {@code bytesPerFileByte} (what the reader
     * holds per byte read: the text, its cells and the parsed rows), fits in the heap's maximum. A missing file
     * passes: its reader reports it.
     */
    public static void requireFits(Path file, int bytesPerFileByte) {
        if (file == null || bytesPerFileByte < 1) {
            throw new IllegalArgumentException("a file and a factor >= 1 must be given");
        }
        String name = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw InputException.inFile(name, Files.isDirectory(file) ? "a folder, not a file"
                    : "not a regular file (a device or a pipe such as /dev/zero cannot be read)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return; // the reader says the file is missing in its own words
        } catch (IOException e) {
            throw InputException.inFile(name, "cannot read: " + e.getMessage(), e);
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (size > heap / bytesPerFileByte) {
            throw InputException.inFile(name, mb(size) + " is more than walkstudy can hold in its " + mb(heap)
                    + " heap (about " + mb(heap / bytesPerFileByte) + " of this input); give Java more memory, e.g. "
                    + "WALKSTUDY_JAVA_OPTS=-Xmx" + Math.max(1, (size * bytesPerFileByte * 2 >> 30) + 1) + "g");
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
