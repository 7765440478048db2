package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.walkstudy.analysis.personal.applehealth.AppleHealthImport;
import org.walkstudy.analysis.personal.diary.DiaryCsv;
import org.walkstudy.analysis.personal.googlefit.GoogleFitDailyMetrics;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.core.input.InputException;

/**
 * {@code --from auto}: tells each file or folder's format from its content. A folder a reader recognises as a
 * whole (a Strava or Fitbit export) is read whole; any other folder (a Takeout with Fit and Fitbit inside) is
 * searched, and what it holds that no reader recognises is listed as not used. A file given by name that no
 * reader recognises is an error: the user meant it to count.
 */
public final class ExportDetection {
    /** Folders deeper than this under a given folder are not searched (a Takeout's data sits 3-4 levels down). */
    static final int MAX_DEPTH = 6;
    /** Tried in this order: specific signatures first, the diary (any dated CSV) last. */
    private static final List<ImportFormat> ORDER = List.of(ImportFormat.APPLE_HEALTH, ImportFormat.HEALTH_CONNECT,
            ImportFormat.STRAVA, ImportFormat.FITBIT, ImportFormat.GARMIN, ImportFormat.SAMSUNG_HEALTH, ImportFormat.TCX,
            ImportFormat.GPX, ImportFormat.GOOGLE_FIT, ImportFormat.CSV);

    /** What was found: each input with its format, and one line per file or folder left out. */
    public record Found(List<DetectedInput> inputs, List<String> notUsed) {
        public Found {
            inputs = List.copyOf(inputs);
            notUsed = List.copyOf(notUsed);
        }
    }

    private ExportDetection() {
    }

    public static Found detect(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("at least one path must be given");
        }
        List<DetectedInput> inputs = new ArrayList<>();
        List<String> notUsed = new ArrayList<>();
        for (Path p : paths) {
            requireReadable(p);
            Optional<ImportFormat> f = formatOf(p);
            if (f.isPresent()) {
                inputs.add(new DetectedInput(p, f.get()));
            } else if (Files.isDirectory(p)) {
                int before = inputs.size();
                search(p, 1, inputs, notUsed);
                if (inputs.size() == before) {
                    throw InputException.inFile(p.toString(), "no file in this folder is in a format walkstudy reads ("
                            + FileKind.SUPPORTED + ")");
                }
            } else {
                String what = FileKind.unsupported(p).orElse("content not recognised");
                throw InputException.inFile(p.toString(), "not a supported format: " + what + " (supported: "
                        + FileKind.SUPPORTED + "; or name the format with --from)");
            }
        }
        return new Found(inputs, notUsed);
    }

    /**
     * The format whose reader recognises this file or folder, if any. A folder is not taken whole when the export
     * sits in one of its subfolders and another subfolder holds files of another format (a Takeout with Fitbit
     * beside Google Fit): the search goes on into it, so both are found.
     */
    public static Optional<ImportFormat> formatOf(Path p) {
        for (ImportFormat f : ORDER) {
            if (recognises(f, p)) {
                return Files.isDirectory(p) && holdsOtherExports(f, p) ? Optional.empty() : Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a subfolder is {@code f}'s export and another entry holds a file of another format, here or further
     * down that subfolder (Downloads/Takeout/{Fitbit, Fit}).
     */
    private static boolean holdsOtherExports(ImportFormat f, Path folder) {
        List<Path> children = children(folder);
        List<Path> own = children.stream().filter(c -> Files.isDirectory(c) && recognises(f, c)).toList();
        return !own.isEmpty() && (children.stream().filter(c -> !own.contains(c)).anyMatch(c -> holdsOtherFormat(f, c, 1))
                || own.stream().anyMatch(c -> holdsOtherExports(f, c)));
    }

    private static boolean holdsOtherFormat(ImportFormat f, Path p, int depth) {
        if (Files.isRegularFile(p)) {
            return ORDER.stream().anyMatch(o -> o != f && recognises(o, p));
        }
        return Files.isDirectory(p) && depth < MAX_DEPTH
                && children(p).stream().anyMatch(c -> holdsOtherFormat(f, c, depth + 1));
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(c -> !c.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Whether {@code f}'s reader recognises this file or folder. */
    public static boolean recognisedAs(ImportFormat f, Path p) {
        return recognises(f, p);
    }

    private static boolean recognises(ImportFormat f, Path p) {
        try {
            return switch (f) {
                case APPLE_HEALTH -> AppleHealthImport.recognises(p);
                case GPX -> GpxImport.recognises(p);
                case GOOGLE_FIT -> GoogleFitDailyMetrics.recognises(p);
                case CSV -> DiaryCsv.recognises(p);
                default -> ExportReaders.of(f).recognises(p);
            };
        } catch (RuntimeException e) {
            return false; // a recogniser must not throw; if one does on a strange file, the file is simply not that format
        }
    }

    private static void search(Path folder, int depth, List<DetectedInput> inputs, List<String> notUsed) {
        for (Path c : children(folder)) {
            Optional<ImportFormat> f = Files.isRegularFile(c) || Files.isDirectory(c) ? formatOf(c) : Optional.empty();
            if (f.isPresent()) {
                inputs.add(new DetectedInput(c, f.get()));
            } else if (Files.isDirectory(c) && depth < MAX_DEPTH) {
                search(c, depth + 1, inputs, notUsed);
            } else if (!Files.isDirectory(c)) {
                notUsed.add(c + ": not a format walkstudy reads");
            }
        }
    }

    private static void requireReadable(Path p) {
        if (!Files.exists(p)) {
            throw InputException.inFile(p.toString(), "file not found");
        }
        if (!Files.isRegularFile(p) && !Files.isDirectory(p)) {
            throw InputException.inFile(p.toString(), "not a regular file (a device or a pipe such as /dev/zero cannot be imported)");
        }
    }
}
