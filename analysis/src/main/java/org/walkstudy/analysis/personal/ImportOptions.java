package org.walkstudy.analysis.personal;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to import: the time zone that decides a record's date (empty: the UTC offset written in each
 * record), a source priority order (empty: watch before phone before apps), strict mode (fail on the first
 * bad record instead of skipping it), diary column names for fields, and the decimal mark of CSV numbers
 * (empty: told from each whole column).
 */
public record ImportOptions(Optional<ZoneId> zone, List<String> sourcePriority, boolean strict,
        Map<String, String> fieldColumns, Optional<DecimalMark> decimal) {

    public ImportOptions {
        zone = zone == null ? Optional.empty() : zone;
        sourcePriority = sourcePriority == null ? List.of() : List.copyOf(sourcePriority);
        fieldColumns = fieldColumns == null ? Map.of() : Map.copyOf(fieldColumns);
        decimal = decimal == null ? Optional.empty() : decimal;
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), List.of(), false, Map.of(), Optional.empty());
    }

    public ImportOptions withZone(ZoneId z) {
        return new ImportOptions(Optional.of(z), sourcePriority, strict, fieldColumns, decimal);
    }

    public ImportOptions withSourcePriority(List<String> order) {
        return new ImportOptions(zone, order, strict, fieldColumns, decimal);
    }

    public ImportOptions withStrict(boolean s) {
        return new ImportOptions(zone, sourcePriority, s, fieldColumns, decimal);
    }

    public ImportOptions withFieldColumns(Map<String, String> columns) {
        return new ImportOptions(zone, sourcePriority, strict, columns, decimal);
    }

    public ImportOptions withDecimal(DecimalMark mark) {
        return new ImportOptions(zone, sourcePriority, strict, fieldColumns, Optional.of(mark));
    }
}
