package org.walkstudy.analysis.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

/** The engine's edge cases against metafor 3.8-1's behaviour (issue 14). */
class EngineEdgeCasesTest {
    @TempDir
    Path dir;

    private MetaResult run(String csv, String measure, String method, boolean bias, boolean sensitivity)
            throws Exception {
        Path file = Files.writeString(dir.resolve("in.csv"), csv);
        return MetaAnalysis.run(MetaRequest.of(file, measure, method, "z", 95, List.of()).toBuilder().bias(bias)
                .sensitivity(sensitivity).build());
    }

    @Test
    void oneStudyHasQZeroWithDfZeroAndH2One() throws Exception {
        MetaResult r = run("study,yi,vi\nA,0.3,0.04\n", "GEN", "REML", true, true);
        assertEquals(0, r.heterogeneity().q());
        assertEquals(0, r.heterogeneity().qDf());
        assertEquals(1, r.heterogeneity().h2());
        assertEquals(0, r.heterogeneity().i2());
        assertNull(r.leaveOneOut(), "leave-one-out needs two studies");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("leave1out, cumul: not run")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("regtest, ranktest, trimfill: not run")),
                r.notes().toString());
    }

    @Test
    void twoStudiesGetLeaveOneOutAndCumulativeWhoseFirstStepIsOneStudy() throws Exception {
        MetaResult r = run("study,yi,vi\nA,0.3,0.04\nB,0.1,0.09\n", "GEN", "REML", false, true);
        assertEquals(2, r.leaveOneOut().size());
        assertEquals(0.1, r.leaveOneOut().estimate(0), 1e-12, "without A: B alone");
        assertEquals(0.3, r.leaveOneOut().estimate(1), 1e-12, "without B: A alone");
        assertEquals(0.3, r.cumulative().estimate(0), 1e-12);
        assertEquals(0, r.cumulative().q(0), "one study: Q = 0");
        assertEquals(0, r.cumulative().i2(0));
        assertEquals(r.pooled().estimate(), r.cumulative().estimate(1), 1e-12);
    }

    @Test
    void aBiasTestThatCannotBeFittedIsReportedAndTheRunCompletes() throws Exception {
        // All variances equal: sei is constant, so Egger's regression on sei (and trim-and-fill's side test)
        // has a design of less than full rank; the rank test still runs.
        MetaResult r = run("study,yi,vi\nA,0.3,0.04\nB,0.1,0.04\nC,0.5,0.04\nD,-0.2,0.04\n", "GEN", "REML", true,
                true);
        assertNull(r.egger());
        assertNotNull(r.begg());
        assertNull(r.trimAndFill());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("regtest: not estimable")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("trimfill: not estimable")), r.notes().toString());
        assertEquals(4, r.leaveOneOut().size(), "the rest of the run completes");
    }

    @Test
    void mantelHaenszelWithOnlyDoubleZeroTablesIsAClearError() throws Exception {
        for (String measure : List.of("OR", "RR", "RD")) {
            InputException e = assertThrows(InputException.class, () -> run(
                    "study,ai,bi,ci,di\nA,0,10,0,12\nB,0,20,0,18\n", measure, "MH", false, false));
            assertTrue(e.getMessage().contains("every table is double-zero"), e.getMessage());
            assertTrue(e.getMessage().contains("in.csv"), e.getMessage());
        }
    }

    @Test
    void petoSensitivityWhoseFirstTableHasNoEventsHasAnNaStep() throws Exception {
        MetaResult r = run("study,ai,bi,ci,di\nA,0,10,0,12\nB,3,20,7,18\nC,5,40,9,41\n", "OR", "PETO", false, true);
        assertTrue(Double.isNaN(r.cumulative().estimate(0)), "first step: one table without events is NA");
        assertTrue(Double.isFinite(r.cumulative().estimate(1)));
        assertEquals(r.pooled().estimate(), r.cumulative().estimate(2), 1e-12);
        assertTrue(Double.isFinite(r.leaveOneOut().estimate(0)));
    }
}
