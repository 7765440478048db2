package org.walkstudy.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.meta.Coefficient;
import org.walkstudy.analysis.meta.MantelHaenszelModel;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.Tau2Estimator;
import org.walkstudy.analysis.meta.SubgroupAnalysis;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.core.input.InputException;

/** Engine cases of issue 14 against R metafor 3.8-1 (src/test/resources/metafor-extra, written by its ref.R). */
class MetaforExtraCasesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "metafor-extra");
    private static final Path BCG = DIR.resolve("bcg_alloc.csv");
    private static final double TOL = 1e-6;

    private static JsonNode expected(String name) throws Exception {
        return new ObjectMapper().readTree(DIR.resolve("expected.json").toFile()).get(name);
    }

    private static MetaRequest.Builder bcg(Path file) {
        return MetaRequest.builder(file, EffectMeasure.RR, Method.REML);
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void textModeratorIsFactorDummiesAsMetafor() throws Exception {
        JsonNode e = expected("factor_moderator");
        MetaResult r = MetaAnalysis.run(bcg(BCG).moderators(List.of("alloc")).build());
        MetaFit fit = r.fit();
        assertEquals(3, fit.p());
        for (int j = 0; j < 3; j++) {
            Coefficient c = fit.coefficients().get(j);
            assertEquals(e.get("names").get(j).asText(), c.name());
            close(e.get("estimate").get(j).asDouble(), c.estimate(), c.name());
            close(e.get("se").get(j).asDouble(), c.se(), c.name());
        }
        close(e.get("tau2").asDouble(), fit.tau2(), "tau2");
        close(e.get("QM").asDouble(), fit.qm(), "QM");
        assertEquals(e.get("QM_df").asInt(), fit.qmDf());
        close(e.get("QM_pval").asDouble(), fit.qmPval(), "QM p");
    }

    @Test
    void tau2CommonSubgroupTestIsMetaforsFactorModel() throws Exception {
        JsonNode e = expected("tau2_common");
        MetaResult r = MetaAnalysis.run(bcg(BCG).subgroup("alloc").tau2Common(true).build());
        SubgroupAnalysis s = r.subgroups();
        assertTrue(s.tau2Common());
        assertTrue(s.description().contains("factor"), s.description());
        close(e.get("QM").asDouble(), s.qBetween(), "QM");
        assertEquals(e.get("QM_df").asInt(), s.qBetweenDf());
        close(e.get("QM_pval").asDouble(), s.qBetweenPval(), "QM p");
        for (int j = 0; j < 3; j++) {
            String group = e.get("groups").get(j).asText();
            SubgroupAnalysis.Subgroup g = s.subgroups().stream().filter(x -> x.name().equals(group)).findFirst()
                    .orElseThrow();
            close(e.get("estimate").get(j).asDouble(), g.fit().estimate(), group);
            close(e.get("se").get(j).asDouble(), g.fit().se(), group);
            close(e.get("tau2").asDouble(), g.fit().tau2(), group + " tau2 is the common one");
        }
        JsonNode knha = expected("tau2_common_knha");
        SubgroupAnalysis k = MetaAnalysis.run(bcg(BCG).subgroup("alloc").tau2Common(true)
                .test(TestStatistic.KNHA).build()).subgroups();
        close(knha.get("QM").asDouble(), k.qBetween(), "F");
        close(knha.get("QM_pval").asDouble(), k.qBetweenPval(), "F p");
        // Without tau2Common the subgroups keep their own tau^2 (R meta's default) and say so.
        SubgroupAnalysis separate = MetaAnalysis.run(bcg(BCG).subgroup("alloc").build()).subgroups();
        assertTrue(separate.description().startsWith("separate tau^2"), separate.description());
    }

    @Test
    void mantelHaenszelRiskDifferenceWithADoubleZeroTable() throws Exception {
        JsonNode e = expected("mh_rd_double_zero");
        List<TwoByTwoTable> tables = List.of(TwoByTwoTable.of(12, 88, 20, 80), TwoByTwoTable.of(0, 40, 0, 38),
                TwoByTwoTable.of(5, 45, 9, 41), TwoByTwoTable.of(0, 30, 3, 27), TwoByTwoTable.of(30, 170, 41, 159));
        MetaFit fit = MantelHaenszelModel.fit(EffectMeasure.RD, tables, 95);
        close(e.get("estimate").asDouble(), fit.estimate(), "estimate");
        close(e.get("se").asDouble(), fit.se(), "se");
        close(e.get("Q").asDouble(), fit.heterogeneity().q(), "Q");
        assertEquals(e.get("k_yi").asInt() - 1, fit.heterogeneity().qDf());
    }

    @Test
    void rowWithAMissingValueIsDroppedWithItsLineOrRefusedWhenStrict(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(BCG));
        String[] third = lines.get(3).split(",", -1);
        third[1] = "NA";
        lines.set(3, String.join(",", third));
        Path file = Files.write(dir.resolve("bcg-na.csv"), lines);
        JsonNode e = expected("na_row_dropped");
        MetaResult r = MetaAnalysis.run(bcg(file).build());
        assertEquals(e.get("k").asInt(), r.k());
        close(e.get("estimate").asDouble(), r.pooled().estimate(), "estimate");
        assertEquals(List.of(4L), r.input().droppedLines());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("dropped (lines 4;")), r.notes().toString());
        InputException strict = assertThrows(InputException.class,
                () -> MetaAnalysis.run(bcg(file).strict(true).build()));
        assertEquals(4, strict.line());
        assertEquals(Optional.of("ai"), strict.column());
    }

    @Test
    void cumulativeAnalysisFollowsTheRequestedOrder() throws Exception {
        MetaResult input = MetaAnalysis.run(bcg(BCG).sensitivity(true).build());
        MetaResult precise = MetaAnalysis.run(bcg(BCG).sensitivity(true).order(StudyOrder.parse("precision")).build());
        MetaResult byYear = MetaAnalysis.run(bcg(BCG).sensitivity(true).order(StudyOrder.parse("year")).build());
        int k = input.k();
        int mostPrecise = 0;
        for (int i = 1; i < k; i++) {
            if (input.study(i).vi() < input.study(mostPrecise).vi()) {
                mostPrecise = i;
            }
        }
        assertEquals(mostPrecise, precise.ordered(0));
        assertEquals(input.study(mostPrecise).yi(), precise.cumulative().estimate(0), 1e-12);
        close(input.pooled().estimate(), precise.cumulative().estimate(k - 1), "all studies in any order");
        for (int i = 1; i < k; i++) {
            assertTrue(input.study(precise.ordered(i - 1)).vi() <= input.study(precise.ordered(i)).vi());
        }
        assertEquals("Aronson_1948", byYear.input().label(byYear.ordered(0)), "1948 is the earliest year");
        // Leave-one-out stays in input order.
        assertEquals(input.leaveOneOut().estimate(3), precise.leaveOneOut().estimate(3), 1e-12);
    }

    @Test
    void fisherScoringThatOscillatesConvergesWithStepHalvingAsMetafor() throws Exception {
        for (JsonNode c : expected("step_halving")) {
            assertTrue(c.get("fails_with_full_steps").asBoolean(), "metafor fails without stepadj on this case");
            MetaFit fit = RandomEffectsModel.fit(doubles(c.get("yi")), doubles(c.get("vi")), Moderators.none(),
                    ModelOptions.of(Tau2Estimator.valueOf(c.get("method").asText()), TestStatistic.Z, 95));
            close(c.get("tau2").asDouble(), fit.tau2(), "tau2");
            close(c.get("estimate").asDouble(), fit.estimate(), "estimate");
            close(c.get("se").asDouble(), fit.se(), "se");
        }
    }

    @Test
    void scoringEstimatorsTruncateAtTau2ZeroAsMetafor() throws Exception {
        JsonNode b = expected("boundary");
        for (JsonNode c : b.get("fits")) {
            MetaFit fit = RandomEffectsModel.fit(doubles(b.get("yi")), doubles(b.get("vi")), Moderators.none(),
                    ModelOptions.of(Tau2Estimator.valueOf(c.get("method").asText()), TestStatistic.Z, 95));
            assertEquals(0.0, fit.tau2(), c.get("method").asText());
            close(c.get("estimate").asDouble(), fit.estimate(), "estimate");
            close(c.get("se").asDouble(), fit.se(), "se");
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
