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
 * Compares a result map with R metafor's expected.json (shared by the engine's and the CLI's reference tests):
 * numbers within 1e-6 * max(1, |expected|) (1e-4 for the Q-profile bounds and trim-and-fill), strings exactly,
 * expected nulls null or absent, metafor's free-text note by topic.
 */
public final class MetaforComparison {
    private MetaforComparison() {
    }

    /** Every mismatch between metafor's expected.json and our result map, as "path: what" lines. */
    public static List<String> mismatches(JsonNode expected, Map<String, Object> got) {
        List<String> problems = new ArrayList<>();
        compareObject("", expected, got, false, problems);
        compareNoteTopics(expected.path("note"), got.get("note"), problems);
        return problems;
    }

    /** metafor's note is free text: ours must mention each of its topics (confint, ranktest, ...); ours may say more. */
    static void compareNoteTopics(JsonNode expected, Object got, List<String> problems) {
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

    public static void compareObject(String path, JsonNode expected, Object got, boolean loose, List<String> problems) {
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
