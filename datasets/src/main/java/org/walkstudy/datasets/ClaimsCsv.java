package org.walkstudy.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.claim.ClaimTopic;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;

/** The article's claims ({@code claims.csv}) with the studies, domains and comparison that bear on each. */
public final class ClaimsCsv {
    private static final String RESOURCE = "/org/walkstudy/datasets/claims.csv";

    private ClaimsCsv() {
    }

    /** The bundled claims, in the article's order. */
    public static List<Claim> bundled() {
        try (InputStream in = ClaimsCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return read("bundled:claims.csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Claim> read(String source, InputStream in) throws IOException {
        List<Claim> claims = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    throw InputException.atLine(source, line, "has " + r.size() + " cells but the header has "
                            + r.getParser().getHeaderNames().size() + " (quote cells that contain commas)");
                }
                try {
                    claims.add(new Claim(Integer.parseInt(r.get("number")), r.get("statement"),
                            ClaimTopic.valueOf(r.get("topic").toUpperCase(Locale.ROOT).replace('-', '_')),
                            split(r.get("studies")), split(r.get("domains")).stream().map(OutcomeDomain::parse).toList(),
                            r.get("comparison_contains"), r.get("note")));
                } catch (InvalidValueException e) {
                    throw InputException.atCell(source, line, e.field(), e.reason(), e);
                } catch (IllegalArgumentException e) {
                    throw InputException.atLine(source, line, e.getMessage());
                }
            }
        }
        return claims;
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
