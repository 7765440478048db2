package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes an input holds, for a progress bar: a file's size, or the sum over a folder's files. */
public final class InputSize {
    private InputSize() {
    }

    /** 0 when it cannot be told (the reader then reports why the input cannot be read). */
    public static long of(Path p) {
        try {
            if (Files.isRegularFile(p)) {
                return Files.size(p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    return s.filter(Files::isRegularFile).mapToLong(InputSize::sizeOrZero).sum();
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static long sizeOrZero(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
