package org.walkstudy.analysis.personal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.walkstudy.core.output.AtomicFile;

/**
 * Writes the daily CSV the safe way: health data is private, so the file is owner-only (rw-------); it is
 * written to a temporary file in the same folder and moved into place atomically, so a failure never
 * leaves a half-written file; an existing file is replaced only when asked.
 */
public final class DailyCsvFile {
    private DailyCsvFile() {
    }

    public static void write(DailyTable table, Path target, boolean overwrite) throws IOException {
        if (table == null || target == null) {
            throw new IllegalArgumentException("table and target must be given");
        }
        AtomicFile.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            table.writeCsv(w);
            w.flush();
        }, overwrite, AtomicFile.Access.OWNER_ONLY);
    }
}
