package org.walkstudy.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

class MetaAnalysisTest {
    private static final String CSV = "study,yi,vi,dose,arm\n"
            + "A,0.10,0.04,1,walk\nB,0.35,0.09,2,walk\nC,-0.20,0.02,1,run\nD,0.62,0.12,3,run\n"
            + "E,0.05,0.05,1,walk\nF,0.41,0.07,2,run\n";

    @Test
    void interceptOnlyResultHasEveryRequestedPartAndTheCommonEffectFit(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        MetaResult result = MetaAnalysis.run(MetaRequest.of(file, "GEN", "REML", "z", 95, List.of())
                .toBuilder().bias(true).sensitivity(true).build());
        assertEquals(6, result.k());
        assertEquals(6, result.studies().size());
        assertEquals("B", result.study(1).label());
        double half = 1.959963984540054 * Math.sqrt(0.09);
        assertEquals(0.35 - half, result.study(1).ciLb(), 1e-12);
        assertEquals(0.35 + half, result.study(1).ciUb(), 1e-12);
        assertTrue(result.egger() != null && result.begg() != null && result.trimAndFill() != null);
        assertEquals(6, result.leaveOneOut().size());
        assertEquals(6, result.cumulative().size());
        // The common-effect fit the forest plot's second diamond shows: sum(w y)/sum(w), w = 1/vi.
        double[] y = {0.10, 0.35, -0.20, 0.62, 0.05, 0.41};
        double[] v = {0.04, 0.09, 0.02, 0.12, 0.05, 0.07};
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            sw += 1 / v[i];
            swy += y[i] / v[i];
        }
        assertEquals(swy / sw, result.commonEffect().estimate(), 1e-12);
    }

    @Test
    void moderatorsSubgroupsAndPermutations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        MetaResult result = MetaAnalysis.run(MetaRequest.of(file, "GEN", "DL", "knha", 90, List.of("dose"))
                .toBuilder().subgroup("arm").bias(true).permutations(50, 3).build());
        assertNull(result.pooled());
        assertNull(result.commonEffect(), "no common-effect fit beside a meta-regression");
        assertEquals(2, result.fit().coefficients().size());
        assertEquals(1, result.fit().qmDf());
        assertNull(result.egger(), "no small-study tests with moderators");
        assertEquals(2, result.subgroups().subgroups().size());
        assertTrue(result.subgroups().qBetweenDf() == 1);
        assertEquals(50, result.permutation().permutations());
    }

    @Test
    void r2ComparesTau2WithAndWithoutModerators() {
        double[] y = {0.10, 0.35, -0.20, 0.62, 0.05, 0.41, -0.33, 0.18, 0.9, 0.7};
        double[] v = {0.04, 0.09, 0.02, 0.12, 0.05, 0.07, 0.03, 0.06, 0.05, 0.04};
        double[] x = {1, 2, 0, 3, 1, 2, 0, 1, 3, 3};
        org.walkstudy.analysis.meta.Moderators mods = org.walkstudy.analysis.meta.Moderators.of(List.of("x"),
                List.of(x));
        org.walkstudy.analysis.meta.ModelOptions reml = org.walkstudy.analysis.meta.ModelOptions.defaults();
        org.walkstudy.analysis.meta.MetaFit full = org.walkstudy.analysis.meta.RandomEffectsModel.fit(y, v, mods, reml);
        double tau2Re = org.walkstudy.analysis.meta.RandomEffectsModel.fit(y, v,
                org.walkstudy.analysis.meta.Moderators.none(), reml).tau2();
        assertTrue(tau2Re > full.tau2());
        assertEquals(100 * (tau2Re - full.tau2()) / tau2Re, MetaAnalysis.r2(y, v, reml, full), 1e-12);
        double[] same = {0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2};
        org.walkstudy.analysis.meta.MetaFit flat = org.walkstudy.analysis.meta.RandomEffectsModel.fit(same, v, mods, reml);
        assertEquals(0.0, MetaAnalysis.r2(same, v, reml, flat), "tau2_RE = 0 gives R2 = 0 as metafor");
    }

    @Test
    void requestsAreCheckedBeforeReading(@TempDir Path dir) {
        Path file = dir.resolve("missing.csv");
        assertThrows(IllegalArgumentException.class, () -> MetaRequest.of(file, "MD", "MH", "z", 95, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MetaRequest.of(file, "OR", "PETO", "knha", 95, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MetaRequest.of(file, "OR", "XYZ", "z", 95, List.of()));
        assertThrows(IllegalArgumentException.class, () -> MetaRequest.of(file, "OR", "REML", "z", 79, List.of()));
        InputException e = assertThrows(InputException.class,
                () -> MetaAnalysis.run(MetaRequest.of(file, "GEN", "REML", "z", 95, List.of())));
        assertTrue(e.problem().contains("not found"), e.problem());
    }
}
