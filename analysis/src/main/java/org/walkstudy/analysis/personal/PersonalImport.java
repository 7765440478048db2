package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.walkstudy.analysis.personal.applehealth.AppleHealthImport;
import org.walkstudy.analysis.personal.diary.DiaryCsv;
import org.walkstudy.analysis.personal.diary.DiaryRowsSeen;
import org.walkstudy.analysis.personal.googlefit.GoogleFitDailyMetrics;
import org.walkstudy.analysis.personal.gpx.GpxImport;
import org.walkstudy.analysis.personal.gpx.GpxWalks;
import org.walkstudy.core.input.InputException;

/** Imports files of one format into the daily table: read every file into one ledger, then resolve sources. */
public final class PersonalImport {
    /** Source label of GPX files given directly. */
    public static final String GPX_SOURCE = "GPX";

    private PersonalImport() {
    }

    /** Imports files all of one format (--from FORMAT). */
    public static ImportResult run(ImportFormat format, List<Path> files, ImportOptions options, ProgressListener progress) {
        if (format == null || files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a format and at least one file must be given");
        }
        if (!format.takesFolders()) {
            // Checked for every file before any is read: a file of another kind fails the import up front.
            for (Path f : files) {
                FileKind.requireSupported(f);
                requireNotAnotherFormat(format, f);
            }
        }
        return run(files.stream().map(f -> new DetectedInput(f, format)).toList(), List.of(), options, progress);
    }

    /**
     * Imports inputs of any formats together, into one ledger, so the duplicate and device rules apply across
     * them; {@code notUsed}: what detection left out, passed on to the result.
     */
    public static ImportResult run(List<DetectedInput> inputs, List<String> notUsed, ImportOptions options,
            ProgressListener progress) {
        if (inputs == null || inputs.isEmpty() || options == null) {
            throw new IllegalArgumentException("at least one input and options must be given");
        }
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        DailyLedger ledger = DailyLedger.empty();
        SkippedRecords skipped = SkippedRecords.strict(options.strict());
        long used = 0;
        List<String> dropped = new ArrayList<>();
        List<DetectedInput> distinct = distinctInputs(inputs, dropped);
        GoogleFitLabels fit = new GoogleFitLabels();
        DiaryRowsSeen diaryRows = new DiaryRowsSeen((int) distinct.stream().filter(i -> i.format() == ImportFormat.CSV).count());
        List<ImportResult.InputUse> uses = new ArrayList<>();
        PerRun run = new PerRun(fit, diaryRows, distinct.size() > 1);
        for (DetectedInput in : distinct) {
            long n = readOne(in, options, ledger, skipped, p, run);
            uses.add(new ImportResult.InputUse(in, n));
            used += n;
        }
        if (diaryRows.dropped() > 0) {
            dropped.add(diaryRows.dropped() + " diary row(s) also in an earlier diary file (same date and values): counted once");
        }
        dropped.addAll(ledger.passedOver());
        DailyTable table = ledger.resolve(options.sourcePriority());
        if (ledger.superseded() > 0) {
            dropped.add(ledger.superseded() + " day summary value(s) replaced by a larger one for the same day and device "
                    + "(an export made while the day was still counting, and a later one): the larger counts");
        }
        return new ImportResult(table, used, skipped.count(), skipped.first(), ledger.duplicates(), dropped, uses,
                notUsed);
    }

    /** What one run's readers share across files: Google Fit source labels, diary rows seen, whether files are several. */
    private record PerRun(GoogleFitLabels fit, DiaryRowsSeen diaryRows, boolean several) {
    }

    private static long readOne(DetectedInput in, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener p, PerRun run) {
        Path file = in.path();
        return switch (in.format()) {
            case APPLE_HEALTH -> AppleHealthImport.read(file, options, ledger, skipped, p);
            case GPX -> gpx(file, options, ledger, skipped, run.several());
            case GOOGLE_FIT -> GoogleFitDailyMetrics.read(file, options.decimal(), ledger, skipped, run.fit().label(file));
            case CSV -> DiaryCsv.read(file, options.fieldColumns(), options.decimal(), ledger, skipped, run.diaryRows());
            default -> ExportReaders.of(in.format()).read(file, options, ledger, skipped, p);
        };
    }

    /**
     * Refuses a file given as one format that is plainly another (a TCX given to {@code --from gpx}): its reader's
     * own error would mislead ("has a DOCTYPE ..."), so the message names the format it is and how to read it.
     */
    private static void requireNotAnotherFormat(ImportFormat format, Path file) {
        if (ExportDetection.recognisedAs(format, file)) {
            return;
        }
        ExportDetection.formatOf(file).ifPresent(other -> {
            throw InputException.inFile(file.toString(), "this is " + other.id() + " data, not " + format.id()
                    + ": use --from " + other.id() + ", or leave --from out so each file is recognised");
        });
    }

    /**
     * The files, each content once: a file given twice (or a copy of it) would count every record twice.
     * Only files of equal size are compared, byte by byte, so this costs nothing for distinct exports.
     */
    static List<DetectedInput> distinctInputs(List<DetectedInput> inputs, List<String> dropped) {
        List<DetectedInput> distinct = new ArrayList<>();
        for (DetectedInput f : inputs) {
            Path same = null;
            for (DetectedInput d : distinct) {
                if (sameContent(f.path(), d.path())) {
                    same = d.path();
                    break;
                }
            }
            if (same == null) {
                distinct.add(f);
            } else {
                dropped.add(f.path() + ": the same content as " + same + ": read once");
            }
        }
        return distinct;
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.isRegularFile(a) && Files.isRegularFile(b) && Files.size(a) == Files.size(b)
                    && Files.mismatch(a, b) == -1L;
        } catch (IOException e) {
            return false; // the reader reports an unreadable file with its own message
        }
    }

    /**
     * Source labels of Google Fit files: the first summary file is "Google Fit", per-day files are "Google Fit
     * (per-day files)", a further summary (an overlapping Takeout) "Google Fit (summary 2)". Per day one of
     * them counts, so a day in two files is never added up.
     */
    private static final class GoogleFitLabels {
        private int summaries;
        private final java.util.Map<String, Integer> perDayNames = new java.util.HashMap<>();

        String label(Path file) {
            if (GoogleFitDailyMetrics.isPerDayFile(file)) {
                int n = perDayNames.merge(file.getFileName().toString(), 1, Integer::sum);
                return n == 1 ? GoogleFitDailyMetrics.PER_DAY_SOURCE : GoogleFitDailyMetrics.PER_DAY_SOURCE.replace(")", " " + n + ")");
            }
            summaries++;
            return summaries == 1 ? GoogleFitDailyMetrics.SOURCE : GoogleFitDailyMetrics.SOURCE + " (summary " + summaries + ")";
        }
    }

    /**
     * One GPX file (gzip-compressed too). With several files a bad one is reported and skipped, so one broken
     * track log does not stop a year of walks; {@code --strict} fails on it instead.
     */
    private static long gpx(Path file, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, boolean several) {
        try (InputStream in = CompressedInput.open(file)) {
            return GpxImport.addWalks(GpxWalks.read(in, file.toString(), skipped), ledger, GPX_SOURCE,
                    options.zone().orElse(null));
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "file not found");
        } catch (IOException e) {
            return badGpx(InputException.inFile(file.toString(), "cannot read: " + e.getMessage(), e), skipped, several);
        } catch (InputException e) {
            return badGpx(e, skipped, several);
        }
    }

    private static long badGpx(InputException e, SkippedRecords skipped, boolean several) {
        if (!several) {
            throw e;
        }
        skipped.skip(e); // throws in strict mode
        return 0;
    }
}
