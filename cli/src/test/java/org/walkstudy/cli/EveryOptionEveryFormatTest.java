package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every analysis option of {@code walkstudy meta} through every format: what the option computed appears in
 * the table, the JSON and the CSV, with the same number (the JSON's value, as the table and CSV print it).
 */
class EveryOptionEveryFormatTest {
    private static final Path CASES = Path.of("..", "analysis", "src", "test", "resources", "metafor");
    private static final Path BCG_FILE = CASES.resolve("bcg_rr_reml_mods_ablat/input.csv");
    @TempDir
    static Path dir;

    /** option arguments; JSON key holding the result; path to one number in it; table marker; CSV marker. */
    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of(List.of("--subgroup", "latitude"), "Q_between", "", "Test for subgroup differences: Q(df = 1)",
                        "[subgroup differences]"),
                Arguments.of(List.of("--sensitivity"), "leave1out", "estimate/0", "Leave-one-out",
                        "[leave1out without "),
                Arguments.of(List.of("--sensitivity"), "cumul", "estimate/12", "Cumulative", "[cumulative to "),
                Arguments.of(List.of("--bias"), "regtest", "stat", "Egger's regression test", "[regtest limit estimate]"),
                Arguments.of(List.of("--bias"), "ranktest", "tau", "Begg's rank correlation test",
                        "[ranktest Kendall tau]"),
                Arguments.of(List.of("--bias"), "trimfill", "estimate", "Trim-and-fill", "[trimfill "),
                Arguments.of(List.of("--mods", "ablat"), "QM", "", "Test of Moderators", "[test of moderators QM]"),
                Arguments.of(List.of("--mods", "ablat", "--permutations", "20"), "permutest", "QM_pval",
                        "Permutation test (20 permutations", "[permutation test QM"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("options")
    void resultAppearsInEveryFormat(List<String> option, String key, String path, String tableMarker,
            String csvMarker) throws Exception {
        Map<String, Object> json = new ObjectMapper().readValue(run(option, "json"), new TypeReference<>() { });
        assertTrue(json.get(key) != null, key + " in json");
        Object value = json.get(key);
        for (String part : path.isEmpty() ? new String[0] : path.split("/")) {
            value = value instanceof Map<?, ?> m ? m.get(part) : ((List<?>) value).get(Integer.parseInt(part));
        }
        double number = ((Number) value).doubleValue();
        String table = run(option, "table");
        assertTrue(table.contains(tableMarker), tableMarker + " in table:\n" + table);
        String printed = String.format(Locale.ROOT, "%.4f", number);
        assertTrue(table.contains(printed) || table.contains("<.0001") && number < 1e-4,
                key + "/" + path + " = " + printed + " in table:\n" + table);
        String csv = run(option, "csv");
        assertTrue(csv.contains(csvMarker), csvMarker + " in csv:\n" + csv);
        assertTrue(csv.contains(String.valueOf(number)), key + "/" + path + " = " + number + " in csv:\n" + csv);
    }

    /** BCG with a text column derived from absolute latitude (>= 30 degrees: "high", else "low"). */
    private static String input() throws Exception {
        Path file = dir.resolve("bcg-latitude.csv");
        if (!Files.exists(file)) {
            List<String> lines = Files.readAllLines(BCG_FILE);
            List<String> out = new ArrayList<>();
            out.add(lines.get(0) + ",latitude");
            for (String line : lines.subList(1, lines.size())) {
                out.add(line + "," + (Integer.parseInt(line.split(",")[5]) >= 30 ? "high" : "low"));
            }
            Files.write(file, out);
        }
        return file.toString();
    }

    private static String run(List<String> option, String format) throws Exception {
        List<String> args = new ArrayList<>(List.of("meta", "--input", input(), "--measure", "RR", "--format", format));
        args.addAll(option);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.status(), args + ": " + r.err());
        return r.out();
    }
}
