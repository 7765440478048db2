package org.walkstudy.analysis.personal.fitbit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.input.InputException;

/**
 * What the export's profile ({@code Your Profile/Profile.csv} in a Takeout) says about reading the rest: the
 * person's time zone ({@code timezone}, an IANA name such as {@code Asia/Shanghai}) and the unit of the weight
 * logs ({@code weight_unit}: {@code METRIC} kilograms, {@code en_US} pounds, as in Fitbit's unit systems).
 */
record FitbitProfile(Optional<ZoneId> zone, Optional<Double> kgPerWeightUnit, Optional<String> weightUnit) {
    static final double KG_PER_POUND = 0.45359237; // the international avoirdupois pound, exact by definition (1959)

    FitbitProfile {
        zone = zone == null ? Optional.empty() : zone;
        kgPerWeightUnit = kgPerWeightUnit == null ? Optional.empty() : kgPerWeightUnit;
        weightUnit = weightUnit == null ? Optional.empty() : weightUnit;
    }

    static FitbitProfile none() {
        return new FitbitProfile(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Reads the first data row of a Profile.csv; a timezone that is not a zone fails with file, line and column. */
    static FitbitProfile read(InputStream in, String where) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(skipBom(r), format)) {
            Iterator<CSVRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                return none();
            }
            CSVRecord row = rows.next();
            Optional<ZoneId> zone = Optional.empty();
            String tz = cell(row, "timezone");
            if (tz != null) {
                try {
                    zone = Optional.of(ZoneId.of(tz));
                } catch (DateTimeException e) {
                    throw InputException.atCell(where, row.getRecordNumber() + 1, "timezone", "not a time zone: '" + tz
                            + "' (pass --tz ZONE, e.g. --tz Europe/London)");
                }
            }
            String unit = cell(row, "weight_unit");
            Optional<Double> kg = Optional.empty();
            if (unit != null) {
                switch (unit.toUpperCase(Locale.ROOT)) {
                    case "METRIC" -> kg = Optional.of(1.0);
                    case "EN_US" -> kg = Optional.of(KG_PER_POUND);
                    default -> kg = Optional.empty(); // en_GB (stone) and others: not seen in a real export, not guessed
                }
            }
            return new FitbitProfile(zone, kg, Optional.ofNullable(unit));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.inFile(where, "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InputException.inFile(where, "not a readable profile CSV: " + e.getMessage(), e);
        }
    }

    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() || v.equalsIgnoreCase("null") ? null : v;
    }

    private static Reader skipBom(Reader r) throws IOException {
        java.io.PushbackReader p = new java.io.PushbackReader(r, 1);
        int c = p.read();
        if (c != -1 && c != '\uFEFF') {
            p.unread(c);
        }
        return p;
    }
}
