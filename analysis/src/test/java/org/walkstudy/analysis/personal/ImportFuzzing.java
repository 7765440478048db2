package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.walkstudy.core.input.InputException;

/** What the importer fuzz targets share: the bytes as a file, imported; only InputException may escape. */
public final class ImportFuzzing {
    private ImportFuzzing() {
    }

    public static void importBytes(ImportFormat format, byte[] input, String suffix) throws IOException {
        Path file = Files.createTempFile("import-fuzz", suffix);
        try {
            Files.write(file, input);
            importQuietly(format, List.of(file), ImportOptions.defaults());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Imports the paths; an InputException (bad input reported the promised way) is the one failure allowed. */
    public static void importQuietly(ImportFormat format, List<Path> paths, ImportOptions options) {
        try {
            PersonalImport.run(format, paths, options, null);
        } catch (InputException expected) {
            // bad input reported the promised way
        }
    }

    /** Deletes a fuzz target's scratch folder and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }
}
