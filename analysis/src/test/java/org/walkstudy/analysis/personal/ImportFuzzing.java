package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.walkstudy.core.input.InputException;

/** What the importer fuzz targets share: the bytes as a file, imported; only InputException may escape. */
public final class ImportFuzzing {
    private ImportFuzzing() {
    }

    public static void importBytes(ImportFormat format, byte[] input, String suffix) throws IOException {
        Path file = Files.createTempFile("import-fuzz", suffix);
        try {
            Files.write(file, input);
            try {
                PersonalImport.run(format, List.of(file), ImportOptions.defaults(), null);
            } catch (InputException expected) {
                // bad input reported the promised way
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
