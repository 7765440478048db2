package org.walkstudy.analysis.personal;

/** Told how many bytes of the input have been read, so a caller can show progress; readers call it per chunk. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** {@code total} is the input size in bytes, or -1 when unknown. */
    void bytesRead(long done, long total);
}
