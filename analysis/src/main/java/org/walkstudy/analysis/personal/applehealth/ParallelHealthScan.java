package org.walkstudy.analysis.personal.applehealth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.walkstudy.analysis.personal.DailyLedger;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ProgressListener;
import org.walkstudy.analysis.personal.SkippedRecords;
import org.walkstudy.core.input.InputException;

/**
 * Scans a large export.xml on several cores: the file is cut just before top-level elements (Apple writes
 * each on its own line indented by one space, so a cut is found by looking for "\n <" and a letter), each
 * part is scanned into its own ledger, and the parts are merged in file order. Any problem in any part
 * (a bad record in strict mode, a malformed file, or a cut that fell somewhere unexpected) makes the whole
 * file be scanned again sequentially, so errors and their positions are exactly those of a single pass.
 */
final class ParallelHealthScan {
    /** Below this, starting threads costs more than it saves. */
    static final long MIN_BYTES = 16L << 20;
    private static final int SEARCH_WINDOW = 1 << 20;
    private static final int PARTS_PER_THREAD = 4;
    private static final long MIN_PART_BYTES = 8L << 20;

    private ParallelHealthScan() {
    }

    /** Cut points (offsets of a top-level '<'), empty when the file is small or no cut was found. */
    static List<Long> cuts(FileChannel ch, long size, int parts, long minBytes) throws IOException {
        List<Long> cuts = new ArrayList<>();
        if (parts < 2 || size < minBytes) {
            return cuts;
        }
        ByteBuffer window = ByteBuffer.allocate(SEARCH_WINDOW);
        for (int k = 1; k < parts; k++) {
            long from = size * k / parts;
            window.clear();
            int n = ch.read(window, from);
            byte[] b = window.array();
            for (int i = 0; i + 3 < n; i++) {
                if (b[i] == '\n' && b[i + 1] == ' ' && b[i + 2] == '<' && Character.isLetter(b[i + 3])) {
                    long cut = from + i + 2;
                    if (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1)) {
                        cuts.add(cut);
                    }
                    break;
                }
            }
        }
        return cuts;
    }

    /**
     * How many parts: a few per thread, so that a thread that finishes early takes another. Equal parts of bytes
     * are not equal work (a stretch of heart-rate records, only skipped, scans faster than one of step counts,
     * and Apple groups records by type), and with one part per thread the import waits for the slowest.
     */
    static int partsFor(long size, int threads) {
        return (int) Math.max(threads, Math.min((long) threads * PARTS_PER_THREAD, size / MIN_PART_BYTES));
    }

    /** Scans in parts when it pays; returns the readings used, or -1 when the caller should scan sequentially. */
    static long tryRead(Path file, long size, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener progress, int threads) throws IOException {
        return tryRead(file, size, options, ledger, skipped, progress, threads, MIN_BYTES);
    }

    static long tryRead(Path file, long size, ImportOptions options, DailyLedger ledger, SkippedRecords skipped,
            ProgressListener progress, int threads, long minBytes) throws IOException {
        List<Long> cuts;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            cuts = cuts(ch, size, partsFor(size, threads), minBytes);
        }
        if (cuts.isEmpty()) {
            return -1;
        }
        long exportDate = exportDate(file);
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        starts.addAll(cuts);
        int parts = starts.size();
        String name = file.toString();
        ProgressSum sum = new ProgressSum(progress, parts, size);
        List<Part> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parts, threads), r -> {
            Thread t = new Thread(r, "walkstudy-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Part>> futures = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                long start = starts.get(k);
                long end = k + 1 < parts ? starts.get(k + 1) : size;
                boolean first = k == 0;
                boolean last = k == parts - 1;
                int index = k;
                futures.add(pool.submit(() -> scanPart(file, name, start, end, first, last, options, sum, index, exportDate)));
            }
            for (Future<Part> f : futures) {
                results.add(f.get());
            }
            futures.clear(); // the parts are held by results only, released one by one below
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException || e.getCause() instanceof IOException) {
                return -1;
            }
            throw new IllegalStateException("parallel scan failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        long used = 0;
        long lineOffset = 0;
        ledger.reserveTimed(results.stream().mapToLong(p -> p.ledger.readings()).sum());
        for (int k = 0; k < results.size(); k++) {
            Part p = results.get(k);
            results.set(k, null); // each part's samples become garbage once merged: peak memory is not twice the samples
            ledger.addAll(p.ledger);
            skipped.addAll(p.skipped, lineOffset);
            lineOffset += p.newlines;
            used += p.used;
        }
        return used;
    }

    /** The export's date from the head of the file ({@code <ExportDate value="...">}), or MAX_VALUE. */
    static long exportDate(Path file) throws IOException {
        byte[] head;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(1 << 20);
        }
        byte[] tag = HealthXmlScanner.bytes("<ExportDate value=\"");
        outer:
        for (int i = 0; i + tag.length + 25 <= head.length; i++) {
            for (int k = 0; k < tag.length; k++) {
                if (head[i + k] != tag[k]) {
                    continue outer;
                }
            }
            int from = i + tag.length;
            int to = from;
            while (to < head.length && head[to] != '"') {
                to++;
            }
            long d = HealthTime.utcSeconds(head, from, to);
            return d == HealthTime.INVALID ? Long.MAX_VALUE : d;
        }
        return Long.MAX_VALUE;
    }

    private record Part(DailyLedger ledger, SkippedRecords skipped, long newlines, long used) {
    }

    private static Part scanPart(Path file, String name, long start, long end, boolean first, boolean last,
            ImportOptions options, ProgressSum sum, int index, long exportDate) throws IOException {
        DailyLedger ledger = DailyLedger.empty();
        // Always collect: in strict mode the caller rescans sequentially when any part skipped something.
        SkippedRecords skipped = SkippedRecords.strict(options.strict());
        // Parts after the first never see <ExportDate>: they get it from the head of the file.
        HealthRecordReader reader = new HealthRecordReader(ledger, skipped, HealthTime.in(options.zone().orElse(null)), name,
                exportDate);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                InputStream in = new RangeStream(ch, start, end)) {
            long newlines = HealthXmlScanner.scanPart(in, name, end - start, (done, total) -> sum.update(index, done),
                    reader, first, last);
            return new Part(ledger, skipped, newlines, reader.used());
        }
    }

    /** Adds up the parts' progress for the one listener (which need not be thread-safe). */
    private static final class ProgressSum {
        private final ProgressListener target;
        private final long[] done;
        private final long total;

        ProgressSum(ProgressListener target, int parts, long total) {
            this.target = target == null ? ProgressListener.NONE : target;
            this.done = new long[parts];
            this.total = total;
        }

        synchronized void update(int part, long bytes) {
            done[part] = bytes;
            long sum = 0;
            for (long d : done) {
                sum += d;
            }
            target.bytesRead(sum, total);
        }
    }

    /** Bytes [start, end) of a file channel, read with positional reads (the channel is not shared). */
    private static final class RangeStream extends InputStream {
        private final FileChannel ch;
        private long position;
        private final long end;

        RangeStream(FileChannel ch, long start, long end) {
            this.ch = ch;
            this.position = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }
}
