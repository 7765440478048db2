package org.walkstudy.analysis.personal;

import java.nio.file.Path;

/**
 * A reader of one export format (docs/personal-data.md): tells its files or folders by their content and adds
 * their records to a ledger, so every reader shares the duplicate, device and plausibility rules of the ledger.
 */
public interface ExportReader {
    /** Whether this file or folder is in this reader's format, told from its content (not only its name). */
    boolean recognises(Path path);

    /**
     * Adds the records of one file or folder to the ledger and returns how many were used. A bad record is
     * given to {@code skipped} (which throws in strict mode); a file that cannot be read at all throws an
     * {@link org.walkstudy.core.input.InputException} naming the file and the position.
     */
    long read(Path path, ImportOptions options, DailyLedger ledger, SkippedRecords skipped, ProgressListener progress);
}
