package org.walkstudy.analysis.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
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

/**
 * Every reference case of R metafor 3.8-1 (src/test/resources/metafor, see its README) run through
 * {@link MetaAnalysis#run(MetaRequest)}; every key of expected.json is compared: numbers to
 * 1e-6 * max(1, |expected|) (1e-4 for the Q-profile bounds and trim-and-fill), strings exactly, expected nulls
 * must be null or absent. "note" (metafor's warnings as free text) is compared by topic only.
 */
class MetaforReferenceCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path casesDir() throws URISyntaxException {
        return Path.of(MetaforReferenceCasesTest.class.getResource("/metafor/cases.tsv").toURI()).getParent();
    }

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
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
        compareObject("", expected, good, false, none);
        assertTrue(none.isEmpty(), none.toString());
        Map<String, Object> bad = Map.of("a", 1.0 + 2e-6, "b", 0.0, "c", Map.of("d", List.of(1.0)), "tau2_ci_lb", 0.5002);
        List<String> problems = new ArrayList<>();
        compareObject("", expected, bad, false, problems);
        assertTrue(problems.size() == 4, problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesMetafor(String name, String measure, String method, String test, double level, String mods,
            String subgroup) throws Exception {
        Path dir = casesDir().resolve(name);
        List<String> moderators = mods.isBlank() ? List.of() : Arrays.asList(mods.split(","));
        MetaRequest request = MetaRequest.of(dir.resolve("input.csv"), measure, method, test, level, moderators)
                .withBias(true).withSensitivity(true);
        if (!subgroup.isBlank()) {
            request = request.withSubgroup(subgroup);
        }
        Map<String, Object> got = MetaAnalysis.run(request).toMap();
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<String> problems = new ArrayList<>();
        compareObject("", expected, got, false, problems);
        compareNoteTopics(expected.path("note"), got.get("note"), problems);
        assertTrue(problems.isEmpty(), name + ": " + problems.size() + " mismatches:\n  " + String.join("\n  ", problems));
    }

    /** metafor's note is free text: ours must mention each of its topics (confint, ranktest, ...); ours may say more. */
    private static void compareNoteTopics(JsonNode expected, Object got, List<String> problems) {
        String exp = expected.isTextual() ? expected.asText() : "";
        String ours = got == null ? "" : got.toString();
        String[][] topics = {{"confint", "confint"}, {"ranktest", "ranktest"}, {"trimfill", "trimfill"},
            {"Some yi/vi values are NA", "double-zero"}};
        for (String[] t : topics) {
            if (exp.contains(t[0]) && !ours.contains(t[1])) {
                problems.add("/note: expected a note on '" + t[1] + "' as metafor's note has '" + t[0] + "'; metafor: '"
                        + exp + "', ours: '" + ours + "'");
            }
        }
    }

    static void compareObject(String path, JsonNode expected, Object got, boolean loose, List<String> problems) {
        if (!(got instanceof Map<?, ?> map)) {
            problems.add(path + ": expected an object but got " + got);
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (path.isEmpty() && key.equals("note")) {
                continue;
            }
            boolean keyLoose = loose || key.equals("tau2_ci_lb") || key.equals("tau2_ci_ub") || key.equals("trimfill");
            compare(path + "/" + key, e.getValue(), map.get(key), keyLoose, problems);
        }
    }

    private static void compare(String path, JsonNode expected, Object got, boolean loose, List<String> problems) {
        if (expected.isNull()) {
            if (got != null) {
                problems.add(path + ": expected null but got " + got);
            }
            return;
        }
        if (got == null) {
            problems.add(path + ": expected " + abbreviate(expected) + " but got null/absent");
            return;
        }
        if (expected.isNumber()) {
            if (!(got instanceof Number n)) {
                problems.add(path + ": expected number " + expected + " but got " + got);
                return;
            }
            double exp = expected.asDouble();
            double tol = (loose ? 1e-4 : 1e-6) * Math.max(1, Math.abs(exp));
            if (!(Math.abs(n.doubleValue() - exp) <= tol)) {
                problems.add(path + ": expected " + exp + " but got " + n + " (diff " + (n.doubleValue() - exp) + ")");
            }
        } else if (expected.isTextual()) {
            if (!expected.asText().equals(String.valueOf(got))) {
                problems.add(path + ": expected '" + expected.asText() + "' but got '" + got + "'");
            }
        } else if (expected.isArray()) {
            if (!(got instanceof List<?> list) || list.size() != expected.size()) {
                problems.add(path + ": expected array of " + expected.size() + " but got " + got);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), list.get(i), loose, problems);
            }
        } else if (expected.isObject()) {
            compareObject(path, expected, got, loose, problems);
        } else {
            problems.add(path + ": unsupported expected value " + expected);
        }
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
