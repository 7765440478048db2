package org.walkstudy.analysis.personal;

import java.nio.file.Path;

/** A file or folder and the format it was read as (told by {@link ExportDetection} or given with --from). */
public record DetectedInput(Path path, ImportFormat format) {
    public DetectedInput {
        if (path == null || format == null) {
            throw new IllegalArgumentException("path and format must be given");
        }
    }
}
