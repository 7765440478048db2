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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.core.claim.Claim;
import org.walkstudy.core.claim.ClaimPart;
import org.walkstudy.core.claim.ClaimTopic;
import org.walkstudy.core.claim.PartExpectation;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.validation.InvalidValueException;

/**
 * The article's claims ({@code claims.csv}) with the studies, domains and comparison that bear on each, and the
 * parts of compound claims ({@code claim-parts.csv}), each with its own evidence.
 */
public final class ClaimsCsv {
    private static final String RESOURCE = "/org/walkstudy/datasets/claims.csv";
    private static final String PARTS = "/org/walkstudy/datasets/claim-parts.csv";

    private ClaimsCsv() {
    }

    /** The bundled claims, in the article's order. */
    public static List<Claim> bundled() {
        try (InputStream in = ClaimsCsv.class.getResourceAsStream(RESOURCE);
                InputStream parts = ClaimsCsv.class.getResourceAsStream(PARTS)) {
            if (in == null || parts == null) {
                throw new IOException("missing resource " + (in == null ? RESOURCE : PARTS));
            }
            return withParts(read("bundled:claims.csv", in), readParts("bundled:claim-parts.csv", parts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each claim with its parts; a part naming a claim that does not exist is an error. */
    static List<Claim> withParts(List<Claim> claims, Map<Integer, List<ClaimPart>> parts) {
        for (Integer number : parts.keySet()) {
            if (claims.stream().noneMatch(c -> c.number() == number)) {
                throw new IllegalStateException("claim-parts.csv names claim " + number + ", which claims.csv lacks");
            }
        }
        return claims.stream().map(c -> c.withParts(parts.getOrDefault(c.number(), List.of()))).toList();
    }

    /** Reads claim parts: claim,part,statement,studies,domains,comparison_contains,exposures,comparator,expects,note. */
    static Map<Integer, List<ClaimPart>> readParts(String source, InputStream in) throws IOException {
        Map<Integer, List<ClaimPart>> parts = new LinkedHashMap<>();
        eachRecord(source, in, r -> {
            ClaimPart part = new ClaimPart(r.get("part"), r.get("statement"), split(r.get("studies")),
                    split(r.get("domains")).stream().map(OutcomeDomain::parse).toList(), r.get("comparison_contains"),
                    split(r.get("exposures")).stream().map(Exposure::parse).collect(Collectors.toSet()),
                    r.get("comparator"), PartExpectation.parse(r.get("expects")), r.get("note"));
            parts.computeIfAbsent(Integer.parseInt(r.get("claim")), k -> new ArrayList<>()).add(part);
        });
        return parts;
    }

    static List<Claim> read(String source, InputStream in) throws IOException {
        List<Claim> claims = new ArrayList<>();
        eachRecord(source, in, r -> claims.add(new Claim(Integer.parseInt(r.get("number")), r.get("statement"),
                ClaimTopic.valueOf(r.get("topic").toUpperCase(Locale.ROOT).replace('-', '_')),
                split(r.get("studies")), split(r.get("domains")).stream().map(OutcomeDomain::parse).toList(),
                r.get("comparison_contains"), r.get("note"))));
        return claims;
    }

    /** Reads each record of a headed CSV; a bad record fails with the file, line and, where known, the field. */
    static void eachRecord(String source, InputStream in, Consumer<CSVRecord> action) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                long line = r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    throw InputException.atLine(source, line, "has " + r.size() + " cells but the header has "
                            + r.getParser().getHeaderNames().size() + " (quote cells that contain commas)");
                }
                try {
                    action.accept(r);
                } catch (InvalidValueException e) {
                    throw InputException.atCell(source, line, e.field(), e.reason(), e);
                } catch (IllegalArgumentException e) {
                    throw InputException.atLine(source, line, e.getMessage());
                }
            }
        }
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
