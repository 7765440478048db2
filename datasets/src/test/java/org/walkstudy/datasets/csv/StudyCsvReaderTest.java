package org.walkstudy.datasets.csv;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.walkstudy.core.effect.ChangeScores;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.effect.PrePostSingleGroup;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.effect.TwoByTwoCounts;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;

/** The study-file reader on fixture files (all synthetic, see their source_url). */
class StudyCsvReaderTest {

    private static StudyDataset read(String name) {
        InputStream in = StudyCsvReaderTest.class.getResourceAsStream("/studycsv/" + name);
        assertNotNull(in, name);
        return StudyCsvReader.read(name, in);
    }

    private static InputException fails(String name) {
        return assertThrows(InputException.class, () -> read(name));
    }

    @Test
    void goodFileYieldsEveryKindOfEffectData() {
        StudyDataset data = read("good.csv");
        assertEquals(List.of("Synthetic2020_A", "Synthetic2021_B", "Synthetic2022_C", "Synthetic2019_R"),
                data.studies().stream().map(Study::id).toList());
        assertEquals(8, data.findings().size());

        Study a = data.study("Synthetic2020_A").orElseThrow();
        assertEquals(StudyDesign.RCT, a.design());
        assertEquals(59, a.totalN());
        assertEquals(Intensity.BRISK, a.protocol().orElseThrow().intensity());
        assertEquals(150.0, a.protocol().orElseThrow().minutesPerWeek().getAsDouble());

        List<Finding> f = data.findings();
        TwoArmContinuous twoArm = (TwoArmContinuous) f.get(0).data().orElseThrow();
        assertEquals(1.2, twoArm.walking().sd().getAsDouble());
        assertTrue(twoArm.walking().complete());
        assertEquals(29, twoArm.control().n().getAsInt());
        assertEquals(10.0, f.get(0).outcome().scale().orElseThrow().max());
        assertEquals(-8.5, ((ChangeScores) f.get(1).data().orElseThrow()).walking().mean());
        assertEquals(-5.0, ((PrePostSingleGroup) f.get(2).data().orElseThrow()).meanChange(), 1e-12);
        assertEquals(OutcomeDomain.SLEEP_LATENCY, f.get(2).outcome().domain());
        assertEquals(12, ((TwoByTwoCounts) f.get(3).data().orElseThrow()).eventsWalking());
        assertEquals(0.72, ((HazardRatio) f.get(4).data().orElseThrow()).ratio());
        ReportedEffect smd = (ReportedEffect) f.get(5).data().orElseThrow();
        assertEquals(ReportedMeasure.SMD, smd.measure());
        assertEquals(-0.35, smd.ci().orElseThrow().lower());
        assertEquals("Table 2 (synthetic fixture)", f.get(5).provenance().location());
    }

    @Test
    void flaggedInconsistentRowIsKeptVerbatimAndNotPoolable() {
        Finding flagged = read("good.csv").findings().get(6);
        assertFalse(flagged.poolable());
        assertEquals(Flag.INCONSISTENT, flagged.flags().get(0).code());
        assertTrue(flagged.gap().contains("effect=6.89"), flagged.gap());
        assertTrue(flagged.gap().contains("ci_upper=-10.15"), flagged.gap());
    }

    @Test
    void gapRowKeepsItsReason() {
        Finding gap = read("good.csv").findings().get(7);
        assertTrue(gap.data().isEmpty());
        assertEquals("results table not available", gap.gap());
    }

    @Test
    void byteOrderMarkIsSkipped() {
        StudyDataset data = read("bom.csv");
        assertEquals("Synthetic2020_A", data.studies().get(0).id());
    }

    @Test
    void missingRequiredColumnIsNamedOnLineOne() {
        InputException e = fails("missing-column.csv");
        assertEquals(1, e.line());
        assertEquals("source_url", e.column().orElseThrow());
        assertTrue(e.getMessage().startsWith("missing-column.csv:1 column 'source_url'"), e.getMessage());
    }

    @Test
    void unknownColumnIsRejectedSoTyposAreNotIgnored() {
        InputException e = fails("unknown-column.csv");
        assertEquals("sd_wlak", e.column().orElseThrow());
    }

    @Test
    void nonNumericCellNamesLineAndColumn() {
        InputException e = fails("non-numeric.csv");
        assertEquals(3, e.line());
        assertEquals("sd_walk", e.column().orElseThrow());
        assertTrue(e.problem().contains("'1,2x'"), e.problem());
    }

    @Test
    void negativeSdNamesLineAndColumn() {
        InputException e = fails("negative-sd.csv");
        assertEquals(4, e.line());
        assertEquals("sd_ctrl", e.column().orElseThrow());
        assertTrue(e.problem().contains("-1.4"), e.problem());
    }

    @Test
    void emptyFileSaysWhatHeaderIsExpected() {
        InputException e = fails("empty.csv");
        assertTrue(e.problem().startsWith("empty file"), e.problem());
        assertTrue(e.problem().contains("study_id"));
    }

    @Test
    void estimateOutsideItsIntervalIsFlaggedInconsistentAutomatically() {
        Finding f = read("inconsistent-unflagged.csv").findings().get(0);
        assertTrue(f.flags().stream().anyMatch(x -> x.code().equals(Flag.INCONSISTENT)
                && x.message().contains("flagged by the reader")), f.flags().toString());
        assertFalse(f.poolable());
        assertTrue(f.gap().contains("numbers inconsistent as printed"), f.gap());
    }

    @Test
    void studyCitedDifferentlyOnTwoRowsIsRejected() {
        InputException e = fails("cited-differently.csv");
        assertEquals(3, e.line());
        assertEquals("authors", e.column().orElseThrow());
    }

    @Test
    void rowWithTooFewCellsIsRejected() {
        String text = String.join(",", StudyColumn.headers()) + "\nS1,A,2020\n";
        InputException e = assertThrows(InputException.class, () -> StudyCsvReader.read("short.csv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("3 cells"), e.problem());
    }

    @Test
    void latin1BytesAreReportedAsNotUtf8() {
        byte[] header = (String.join(",", StudyColumn.headers()) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[header.length + 2];
        System.arraycopy(header, 0, bad, 0, header.length);
        bad[header.length] = (byte) 0xE9;
        bad[header.length + 1] = '\n';
        InputException e = assertThrows(InputException.class,
                () -> StudyCsvReader.read("latin1.csv", new ByteArrayInputStream(bad)));
        assertTrue(e.problem().contains("UTF-8"), e.problem());
    }

    @Test
    void missingFileIsAnInputProblem() {
        InputException e = assertThrows(InputException.class, () -> StudyCsvReader.read(Path.of("no/such.csv")));
        assertTrue(e.getMessage().contains("no such file"));
    }
}
