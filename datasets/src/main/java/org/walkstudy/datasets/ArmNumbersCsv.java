package org.walkstudy.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.walkstudy.core.evidence.ArmNumbers;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.provenance.Provenance;

/**
 * The bundled {@code arm-numbers.csv}: each arm's absolute numbers beside a ratio, keyed by study and instrument,
 * joined into the findings they belong to when a dataset is loaded (curated by datasets/curation/curate.py).
 */
final class ArmNumbersCsv {
    private static final String RESOURCE = "/org/walkstudy/datasets/arm-numbers.csv";

    /** A finding's key: study id and instrument. */
    record Key(String studyId, String instrument) {
        static Key of(Finding f) {
            return new Key(f.studyId(), f.outcome().instrument());
        }
    }

    private ArmNumbersCsv() {
    }

    static Map<Key, ArmNumbers> bundled() {
        try (InputStream in = ArmNumbersCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return read("bundled:arm-numbers.csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<Key, ArmNumbers> read(String source, InputStream in) throws IOException {
        Map<Key, ArmNumbers> out = new LinkedHashMap<>();
        ClaimsCsv.eachRecord(source, in, r -> out.put(new Key(r.get("study_id"), r.get("instrument")),
                new ArmNumbers(r.get("what"), r.get("walking"), r.get("control"), r.get("unit"),
                        Provenance.of(r.get("source_url"), r.get("source_location"), r.get("note")),
                        "yes".equals(r.get("secondary_source")))));
        return out;
    }

    /** The findings, each with its arm numbers where the file has them. */
    static List<Finding> join(List<Finding> findings, Map<Key, ArmNumbers> numbers) {
        return findings.stream().map(f -> {
            ArmNumbers n = numbers.get(Key.of(f));
            return n == null ? f : f.withArmNumbers(n);
        }).toList();
    }
}
