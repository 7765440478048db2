package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.walkstudy.analysis.run.MetaforComparison;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every metafor reference case through {@code walkstudy meta --format json}, compared with metafor's numbers. */
class MetaCommandTest {
    /** The reference cases live once, in the analysis module's test resources (module dirs are siblings). */
    private static final Path CASES = Path.of("..", "analysis", "src", "test", "resources", "metafor");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws Exception {
        List<String> lines = Files.readAllLines(CASES.resolve("cases.tsv"), StandardCharsets.UTF_8);
        List<Arguments> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", -1);
                out.add(Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jsonMatchesMetafor(String name, String measure, String method, String test, String level, String mods,
            String subgroup) throws Exception {
        List<String> args = new ArrayList<>(List.of("meta", "--input", CASES.resolve(name).resolve("input.csv").toString(),
                "--measure", measure, "--method", method, "--test", test, "--level", level, "--bias", "--sensitivity",
                "--format", "json"));
        if (!mods.isBlank()) {
            args.addAll(List.of("--mods", mods));
        }
        if (!subgroup.isBlank()) {
            args.addAll(List.of("--subgroup", subgroup));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        Map<String, Object> got = JSON.readValue(r.out(), new TypeReference<Map<String, Object>>() { });
        JsonNode expected = JSON.readTree(CASES.resolve(name).resolve("expected.json").toFile());
        List<String> problems = MetaforComparison.mismatches(expected, got);
        assertTrue(problems.isEmpty(), name + ":\n  " + String.join("\n  ", problems));
    }

    @Test
    void tableBackTransformsRatioMeasures() {
        CliRun r = CliRun.of("meta", "--input", CASES.resolve("bcg_rr_reml/input.csv").toString(), "--measure", "RR");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Random-effects model (k = 13; tau^2 estimator: REML)"), r.out());
        assertTrue(r.out().contains("Back-transformed (RR): 0.4894"), r.out());
    }

    @Test
    void csvHasOneRowPerStudyAndThePooledRow() {
        CliRun r = CliRun.of("meta", "--input", CASES.resolve("bcg_rr_reml/input.csv").toString(), "--measure", "RR",
                "--format", "csv");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("study,yi,vi,weight,ci_lb,ci_ub,stat,pval,df,k,tau2,Q,I2", lines.get(0));
        assertEquals(1 + 13 + 2, lines.size());
        String[] first = lines.get(1).split(",");
        double half = 1.959963984540054 * Math.sqrt(Double.parseDouble(first[2]));
        assertEquals(Double.parseDouble(first[1]) - half, Double.parseDouble(first[4]), 1e-12, "per-study CI filled");
        assertEquals(Double.parseDouble(first[1]) + half, Double.parseDouble(first[5]), 1e-12);
        assertTrue(lines.get(14).startsWith("[pooled REML],-0.7145323421"), lines.get(14));
        assertTrue(lines.get(15).startsWith("[pooled FE for comparison],"), lines.get(15));
    }

    @Test
    void missingColumnFailsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "study,yi\nA,0.1\n");
        CliRun r = CliRun.of("meta", "--input", bad.toString(), "--measure", "GEN");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("walkstudy: " + bad), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void nonNumericCellIsLocated(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "study,yi,vi\nA,0.1,0.02\nB,abc,0.03\n");
        CliRun r = CliRun.of("meta", "--input", bad.toString(), "--measure", "GEN");
        assertEquals(1, r.status());
        assertTrue(r.err().contains(":3"), r.err());
        assertTrue(r.err().contains("yi"), r.err());
    }

    @Test
    void impossibleModelIsAUsageLikeFailure() {
        CliRun r = CliRun.of("meta", "--input", CASES.resolve("normand_md_reml/input.csv").toString(),
                "--measure", "MD", "--method", "MH");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("MH needs measure OR, RR or RD"), r.err());
    }

    @ParameterizedTest
    @MethodSource("degenerateInputs")
    void degenerateInputsPrintNoNaNInAnyFormat(String name, String csv, @TempDir Path dir) throws Exception {
        // k = 1, all-equal estimates, a study with a huge variance: a documented result, never "NaN" as a number.
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv);
        for (String format : List.of("table", "json", "csv")) {
            for (String method : List.of("FE", "DL", "REML", "PM")) {
                CliRun r = CliRun.of("meta", "--input", file.toString(), "--measure", "GEN", "--method", method,
                        "--format", format);
                assertEquals(0, r.status(), name + " " + method + " " + format + ": " + r.err());
                assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), name + " " + method + " " + format
                        + ":\n" + r.out());
            }
        }
    }

    static Stream<Arguments> degenerateInputs() {
        return Stream.of(
                Arguments.of("one-study", "study,yi,vi\nA,0.3,0.04\n"),
                Arguments.of("all-equal", "study,yi,vi\nA,0.3,0.04\nB,0.3,0.09\nC,0.3,0.01\n"),
                Arguments.of("one-huge-variance", "study,yi,vi\nA,0.3,0.04\nB,0.5,1e12\nC,0.1,0.02\n"));
    }

    @Test
    void modelThatCannotBeFittedFailsWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("extreme.csv");
        Files.writeString(file, "study,yi,vi\nA,0.3,1e300\nB,0.5,1e300\n");
        CliRun r = CliRun.of("meta", "--input", file.toString(), "--measure", "GEN", "--method", "REML");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("walkstudy: " + file + ": "), "names the file: " + r.err());
        assertTrue(r.err().contains("overflowed"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    /** Data a model cannot fit are an input problem: the file is named, one line, exit 1, for every such model. */
    @Test
    void dataTheModelCannotFitNameTheFile(@TempDir Path dir) throws Exception {
        Path constant = dir.resolve("constant-moderator.csv");
        Files.writeString(constant, "study,yi,vi,x\nA,0.3,0.04,1\nB,0.5,0.05,1\nC,0.1,0.02,1\n");
        assertFailsNamingTheFile(constant, "not of full rank",
                "meta", "--input", constant.toString(), "--measure", "GEN", "--mods", "x");
        Path noEvents = dir.resolve("no-events.csv");
        Files.writeString(noEvents, "study,ai,bi,ci,di\nA,0,10,0,12\nB,0,20,0,18\n");
        assertFailsNamingTheFile(noEvents, "never occurred",
                "meta", "--input", noEvents.toString(), "--measure", "OR", "--method", "PETO");
        assertFailsNamingTheFile(noEvents, "never occurred", "chart", "forest", "--input", noEvents.toString(),
                "--measure", "OR", "--method", "PETO", "--out", dir.resolve("f.svg").toString());
        assertFalse(Files.exists(dir.resolve("f.svg")), "no chart written");
    }

    private static void assertFailsNamingTheFile(Path file, String reason, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().startsWith("walkstudy: " + file + ": "), "names the file: " + r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    /** Usage errors are picocli's: exit 2, one message naming the option, nothing on stdout. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void badOptionsAreUsageErrors(String what, List<String> extra, String says) {
        List<String> args = new ArrayList<>(List.of("meta", "--input",
                CASES.resolve("bcg_rr_reml_mods_ablat/input.csv").toString()));
        args.addAll(extra);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.status(), what + ": " + r.err());
        assertTrue(r.err().contains(says), what + ": " + r.err());
        assertEquals("", r.out(), what);
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("unknown measure", List.of("--measure", "XYZ"), "--measure"),
                Arguments.of("unknown method", List.of("--measure", "RR", "--method", "XYZ"), "--method"),
                Arguments.of("unknown test", List.of("--measure", "RR", "--test", "XYZ"), "--test"),
                Arguments.of("unknown format", List.of("--measure", "RR", "--format", "XYZ"), "--format"),
                Arguments.of("markdown format", List.of("--measure", "RR", "--format", "markdown"), "no markdown"),
                Arguments.of("missing measure", List.of(), "--measure is required"),
                Arguments.of("level 79", List.of("--measure", "RR", "--level", "79"), "--level"),
                Arguments.of("level 100", List.of("--measure", "RR", "--level", "100"), "--level"),
                Arguments.of("level not a number", List.of("--measure", "RR", "--level", "high"), "--level"),
                Arguments.of("permutations 0", List.of("--measure", "RR", "--mods", "ablat", "--permutations", "0"),
                        "--permutations"),
                Arguments.of("permutations -1", List.of("--measure", "RR", "--mods", "ablat", "--permutations", "-1"),
                        "--permutations"),
                Arguments.of("permutations without moderators", List.of("--measure", "RR", "--permutations", "10"),
                        "--mods"));
    }

    @Test
    void commonEffectAliasesPrintACommonEffectModel() {
        for (String method : List.of("CE", "EE", "fe")) {
            CliRun r = CliRun.of("meta", "--input", CASES.resolve("bcg_rr_reml/input.csv").toString(), "--measure", "RR",
                    "--method", method);
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().startsWith("Common-effect model (k = 13; method: " + method.toUpperCase() + ")"), r.out());
            assertFalse(r.out().contains("tau^2"), r.out());
        }
    }

    @Test
    void metaRegressionTableSaysMixedEffectsQeAndQm() {
        CliRun r = CliRun.of("meta", "--input", CASES.resolve("bcg_rr_reml_mods_ablat/input.csv").toString(),
                "--measure", "RR", "--mods", "ablat");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Mixed-effects model (k = 13; tau^2 estimator: REML)"), r.out());
        assertTrue(r.out().contains("residual heterogeneity"), r.out());
        assertTrue(r.out().contains("Test for Residual Heterogeneity:\nQE(df = 11) = "), r.out());
        assertTrue(r.out().contains("QM(df = 1) = "), r.out());
        assertFalse(r.out().contains("Random-effects"), r.out());
    }

    @Test
    void eggerUnderKnappHartungPrintsTWithDf() {
        CliRun r = CliRun.of("meta", "--input", CASES.resolve("bcg_rr_reml/input.csv").toString(), "--measure", "RR",
                "--test", "knha", "--bias");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Egger's regression test (predictor sei): t = "), r.out());
        assertTrue(r.out().contains(", df = 11, p = "), r.out());
    }

    @Test
    void missingValueRowIsDroppedWithAWarningOrRefusedUnderStrict(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("na.csv"), "study,yi,vi\nA,0.3,0.04\nB,NA,0.09\nC,0.1,0.02\n");
        CliRun r = CliRun.of("meta", "--input", file.toString(), "--measure", "GEN", "--format", "json");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("walkstudy: warning: " + file + ": 1 row(s)"), r.err());
        assertTrue(r.err().contains("(lines 3)"), r.err());
        assertTrue(r.out().contains("\"k\" : 2"), r.out());
        CliRun strict = CliRun.of("meta", "--input", file.toString(), "--measure", "GEN", "--strict");
        assertEquals(1, strict.status());
        assertTrue(strict.err().startsWith("walkstudy: " + file + ":3"), strict.err());
        assertTrue(strict.err().contains("yi"), strict.err());
    }

    @Test
    void tau2CommonAndOrderReachTheEngineFromTheCommandLine(@TempDir Path dir) throws Exception {
        Path bcg = Path.of("..", "analysis", "src", "test", "resources", "metafor-extra", "bcg_alloc.csv");
        CliRun common = CliRun.of("meta", "--input", bcg.toString(), "--measure", "RR", "--subgroup", "alloc",
                "--tau2-common");
        assertEquals(0, common.status(), common.err());
        assertTrue(common.out().contains("one tau^2 for all subgroups"), common.out());
        assertTrue(common.out().contains("Test for subgroup differences: Q(df = 2) = 1.7675"), common.out());
        CliRun ordered = CliRun.of("meta", "--input", bcg.toString(), "--measure", "RR", "--sensitivity", "--order",
                "precision");
        assertEquals(0, ordered.status(), ordered.err());
        assertTrue(ordered.out().contains("Cumulative (each row adds the study named, most precise first)"),
                ordered.out());
    }

    @Test
    void transfExpShowsAnyMeasureExponentiatedAndNoneKeepsTheLogScale() {
        String gen = CASES.resolve("hackshaw_gen_reml/input.csv").toString();
        CliRun plain = CliRun.of("meta", "--input", gen, "--measure", "GEN");
        assertFalse(plain.out().contains("Back-transformed"), plain.out());
        CliRun exp = CliRun.of("meta", "--input", gen, "--measure", "GEN", "--transf", "exp");
        assertEquals(0, exp.status(), exp.err());
        assertTrue(exp.out().contains("Back-transformed (exp): "), exp.out());
        assertTrue(exp.out().contains("exp ci.lb"), exp.out());
        String rr = CASES.resolve("bcg_rr_reml/input.csv").toString();
        CliRun auto = CliRun.of("meta", "--input", rr, "--measure", "RR");
        assertTrue(auto.out().contains("RR ci.lb"), "ratio measures back-transformed per study too: " + auto.out());
        CliRun none = CliRun.of("meta", "--input", rr, "--measure", "RR", "--transf", "none");
        assertFalse(none.out().contains("Back-transformed"), none.out());
        CliRun bad = CliRun.of("meta", "--input", rr, "--measure", "RR", "--transf", "log");
        assertEquals(2, bad.status(), bad.err());
    }

    /** The chart reads the engine's result: blank lines cannot desync rows, default labels are the same. */
    @Test
    void blankLinesAndMissingStudyColumnGiveTheSameLabelsInMetaAndForest(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("blank.csv"),
                "yi,vi\n0.3,0.04\n\n0.1,0.09\n\n\n0.5,0.02\n");
        CliRun meta = CliRun.of("meta", "--input", file.toString(), "--measure", "GEN");
        assertEquals(0, meta.status(), meta.err());
        assertTrue(meta.out().contains("Study 3"), meta.out());
        Path svg = dir.resolve("forest.svg");
        CliRun chart = CliRun.of("chart", "forest", "--input", file.toString(), "--measure", "GEN", "--out",
                svg.toString());
        assertEquals(0, chart.status(), chart.err());
        String text = Files.readString(svg);
        for (String label : List.of("Study 1", "Study 2", "Study 3")) {
            assertTrue(text.contains(label), label + " in the forest plot");
        }
    }
}
