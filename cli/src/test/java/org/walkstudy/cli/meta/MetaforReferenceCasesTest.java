package org.walkstudy.cli.meta;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.walkstudy.analysis.run.MetaAnalysis;
import org.walkstudy.analysis.run.MetaRequest;
import org.walkstudy.analysis.run.MetaforComparison;

/**
 * Every reference case of R metafor 3.8-1 (analysis/src/test/resources/metafor, see its README) run through
 * {@link MetaAnalysis#run(MetaRequest)} and the JSON view ({@link MetaJson}, the contract); every key of expected.json is compared: numbers to
 * 1e-6 * max(1, |expected|) (1e-4 for the Q-profile bounds and trim-and-fill), strings exactly, expected nulls
 * must be null or absent. "note" (metafor's warnings as free text) is compared by topic only.
 */
class MetaforReferenceCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The reference cases live once, in the analysis module's test resources (module dirs are siblings). */
    static Path casesDir() {
        return Path.of("..", "analysis", "src", "test", "resources", "metafor");
    }

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(casesDir().resolve("cases.tsv"), StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(Arguments.of(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), f[5], f[6]));
        }
        return out.stream();
    }

    @Test
    void everyCaseFolderIsListedInCasesTsv() throws Exception {
        long folders;
        try (Stream<Path> dirs = Files.list(casesDir())) {
            folders = dirs.filter(d -> Files.exists(d.resolve("expected.json"))).count();
        }
        long listed = cases().count();
        assertTrue(folders == listed && listed >= 51, "cases.tsv lists " + listed + " cases, folders: " + folders);
    }

    @Test
    void comparisonFlagsWrongValuesNullsAndMissingKeys() throws Exception {
        JsonNode expected = JSON.readTree("{\"a\": 1.0, \"b\": null, \"c\": {\"d\": [1, 2]}, \"tau2_ci_lb\": 0.5}");
        Map<String, Object> good = Map.of("a", 1.0 + 5e-7, "c", Map.of("d", List.of(1.0, 2.0)), "tau2_ci_lb", 0.50004);
        List<String> none = new ArrayList<>();
        MetaforComparison.compareObject("", expected, good, false, none);
        assertTrue(none.isEmpty(), none.toString());
        Map<String, Object> bad = Map.of("a", 1.0 + 2e-6, "b", 0.0, "c", Map.of("d", List.of(1.0)), "tau2_ci_lb", 0.5002);
        List<String> problems = new ArrayList<>();
        MetaforComparison.compareObject("", expected, bad, false, problems);
        assertTrue(problems.size() == 4, problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(String name, String measure, String method, String test, double level, String mods,
            String subgroup) throws Exception {
        Path dir = casesDir().resolve(name);
        List<String> moderators = mods.isBlank() ? List.of() : Arrays.asList(mods.split(","));
        MetaRequest request = MetaRequest.of(dir.resolve("input.csv"), measure, method, test, level, moderators)
                .toBuilder().bias(true).sensitivity(true).build();
        if (!subgroup.isBlank()) {
            request = request.toBuilder().subgroup(subgroup).build();
        }
        StringWriter json = new StringWriter();
        MetaJson.write(MetaAnalysis.run(request), json);
        Map<String, Object> got = JSON.readValue(json.toString(), new TypeReference<Map<String, Object>>() { });
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<String> problems = MetaforComparison.mismatches(expected, got);
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " mismatches:\n  " + String.join("\n  ", problems));
    }

}
