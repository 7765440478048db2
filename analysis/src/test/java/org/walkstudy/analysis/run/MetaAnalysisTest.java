package org.walkstudy.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

class MetaAnalysisTest {
    private static final String CSV = "study,yi,vi,dose,arm\n"
            + "A,0.10,0.04,1,walk\nB,0.35,0.09,2,walk\nC,-0.20,0.02,1,run\nD,0.62,0.12,3,run\n"
            + "E,0.05,0.05,1,walk\nF,0.41,0.07,2,run\n";

    @Test
    void interceptOnlyMapHasTheContractKeysInOrder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        Map<String, Object> map = MetaAnalysis.run(MetaRequest.of(file, "GEN", "REML", "z", 95, List.of())
                .withBias(true).withSensitivity(true)).toMap();
        assertEquals(List.of("k", "measure", "method", "test", "level", "estimate", "se", "stat", "pval", "ci_lb",
                "ci_ub", "pi_lb", "pi_ub", "tau2", "se_tau2", "tau2_ci_lb", "tau2_ci_ub", "I2", "H2", "Q", "Q_df",
                "Q_pval", "studies", "regtest", "ranktest", "trimfill", "leave1out", "cumul", "note"),
                List.copyOf(map.keySet()));
        assertEquals(6, map.get("k"));
        assertEquals(6, ((List<?>) map.get("studies")).size());
    }

    @Test
    void moderatorsSubgroupsAndPermutations(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), CSV);
        MetaResult result = MetaAnalysis.run(MetaRequest.of(file, "GEN", "DL", "knha", 90, List.of("dose"))
                .withSubgroup("arm").withBias(true).withPermutations(50, 3));
        Map<String, Object> map = result.toMap();
        assertNull(map.get("estimate"));
        assertEquals(2, ((List<?>) map.get("coefficients")).size());
        assertEquals(1, map.get("QM_df"));
        assertFalse(map.containsKey("regtest"), "no small-study tests with moderators");
        assertEquals(2, ((List<?>) map.get("subgroups")).size());
        assertTrue(map.containsKey("Q_between"));
        assertEquals(50, ((Map<?, ?>) map.get("permutest")).get("permutations"));
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
