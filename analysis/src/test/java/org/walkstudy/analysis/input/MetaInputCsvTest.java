package org.walkstudy.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.core.input.InputException;

class MetaInputCsvTest {

    private static InputException fails(String csv, EffectMeasure measure, List<String> mods) {
        return assertThrows(InputException.class, () -> MetaInputCsv.parse("in.csv", csv, measure, mods, null));
    }

    @Test
    void readsFileWithByteOrderMarkAndModerators(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.csv");
        Files.write(file, ("\uFEFFstudy,yi,vi,dose,region\nA,0.1,0.04,1,north\nB,0.3,0.09,2,south\n")
                .getBytes(StandardCharsets.UTF_8));
        MetaInput in = MetaInputCsv.read(file, EffectMeasure.GEN, List.of("dose"), "region");
        assertEquals(2, in.k());
        assertEquals("A", in.effects().get(0).study());
        assertEquals(List.of("dose"), in.moderators().names());
        assertEquals(2.0, in.moderators().columns().get(0)[1]);
        assertEquals(List.of("north", "south"), in.subgroups());
    }

    @Test
    void standardErrorsBecomeVariances() {
        MetaInput in = MetaInputCsv.parse("in.csv", "study,yi,sei\nA,0.1,0.2\nB,0.2,0.3\n", EffectMeasure.GEN,
                List.of(), null);
        assertEquals(0.04, in.effects().get(0).vi(), 1e-15);
    }

    @Test
    void nonNumericCellNamesLineAndColumn() {
        InputException e = fails("study,yi,vi\nA,0.1,0.04\nB,abc,0.09\n", EffectMeasure.GEN, List.of());
        assertEquals(3, e.line());
        assertEquals(Optional.of("yi"), e.column());
        assertTrue(e.getMessage().startsWith("in.csv:3 column 'yi'"), e.getMessage());
    }

    @Test
    void negativeVarianceAndZeroVarianceAreErrors() {
        InputException negative = fails("study,yi,vi\nA,0.1,-0.04\n", EffectMeasure.GEN, List.of());
        assertEquals(2, negative.line());
        assertEquals(Optional.of("vi"), negative.column());
        InputException zero = fails("study,yi,vi\nA,0.1,0.04\nB,0.1,0\n", EffectMeasure.GEN, List.of());
        assertEquals(3, zero.line());
        assertTrue(zero.problem().contains("zero sampling variance"), zero.problem());
    }

    @Test
    void negativeStandardDeviationAndTooSmallSampleForSmd() {
        String header = "study,m1i,sd1i,n1i,m2i,sd2i,n2i\n";
        InputException sd = fails(header + "A,1,-1,10,2,1,10\n", EffectMeasure.MD, List.of());
        assertEquals(Optional.of("sd1i"), sd.column());
        InputException n = fails(header + "A,1,1,10,2,1,10\nB,1,1,1,2,1,10\n", EffectMeasure.SMD, List.of());
        assertEquals(3, n.line());
        assertEquals(Optional.of("n1i"), n.column());
    }

    @Test
    void missingColumnsForTheMeasureAreNamed() {
        InputException e = fails("study,ai,bi,ci\nA,1,2,3\n", EffectMeasure.OR, List.of());
        assertEquals(0, e.line());
        assertTrue(e.problem().contains("'di'"), e.problem());
        InputException mod = fails("study,yi,vi\nA,1,2\n", EffectMeasure.GEN, List.of("dose"));
        assertTrue(mod.problem().contains("'dose'"), mod.problem());
    }

    @Test
    void nonNumericModeratorAndWrongFieldCount() {
        InputException mod = fails("study,yi,vi,dose\nA,1,2,high\n", EffectMeasure.GEN, List.of("dose"));
        assertEquals(Optional.of("dose"), mod.column());
        InputException fields = fails("study,yi,vi\nA,1,2\nB,1\n", EffectMeasure.GEN, List.of());
        assertEquals(3, fields.line());
    }

    @Test
    void emptyFileAndDuplicateStudy() {
        assertEquals(0, fails("", EffectMeasure.GEN, List.of()).line());
        InputException dup = fails("study,yi,vi\nA,1,2\nA,1,2\n", EffectMeasure.GEN, List.of());
        assertEquals(3, dup.line());
        assertEquals(Optional.of("study"), dup.column());
    }

    @Test
    void doubleZeroTablesAreKeptWithTheCorrection() {
        MetaInput in = MetaInputCsv.parse("in.csv", "study,ai,bi,ci,di\nA,0,10,0,12\nB,3,7,5,5\n", EffectMeasure.OR,
                List.of(), null);
        assertEquals(2, in.k());
        assertEquals(Math.log(0.5 * 12.5 / (10.5 * 0.5)), in.effects().get(0).yi(), 1e-15);
        assertEquals(2, in.tables().size());
    }

    @Test
    void zeroCellCorrectionIsConfigurable() {
        String csv = "study,ai,bi,ci,di\nA,0,10,2,12\nB,3,7,5,5\n";
        MetaInput all = MetaInputCsv.parse("in.csv", csv, EffectMeasure.OR, List.of(), null,
                org.walkstudy.analysis.effectsize.ZeroCellCorrection.of(0.5,
                        org.walkstudy.analysis.effectsize.ZeroCellCorrection.Target.ALL));
        assertEquals(Math.log(3.5 * 5.5 / (7.5 * 5.5)), all.effects().get(1).yi(), 1e-15);
        InputException none = assertThrows(InputException.class, () -> MetaInputCsv.parse("in.csv", csv,
                EffectMeasure.OR, List.of(), null, org.walkstudy.analysis.effectsize.ZeroCellCorrection.NO_CORRECTION));
        assertTrue(none.problem().contains("zero-cell"), none.problem());
    }

    @Test
    void quotedNewlineKeepsLineNumbersThoseOfTheFile() {
        // "A<newline>B" spans lines 2 and 3; the bad cell is on line 4.
        InputException e = fails("study,yi,vi\n\"A\nB\",1,1\nC,x,1\n", EffectMeasure.GEN, List.of());
        assertEquals(4, e.line());
        assertEquals(Optional.of("yi"), e.column());
    }

    @Test
    void semicolonDelimiterAndDecimalCommaAreNamed() {
        InputException semicolon = fails("study;yi;vi\nA;0,5;1\n", EffectMeasure.GEN, List.of());
        assertEquals(1, semicolon.line());
        assertTrue(semicolon.problem().contains("separated by ';'"), semicolon.getMessage());
        InputException comma = fails("study,yi,vi\nA,\"0,5\",1\n", EffectMeasure.GEN, List.of());
        assertEquals(Optional.of("yi"), comma.column());
        assertTrue(comma.problem().contains("decimal point"), comma.getMessage());
    }

    @Test
    void nanAndInfinityCellsAreNotFiniteNumbers() {
        InputException nan = fails("study,yi,vi\nA,NaN,1\n", EffectMeasure.GEN, List.of());
        assertEquals(Optional.of("yi"), nan.column());
        assertTrue(nan.problem().contains("not a finite number"), nan.getMessage());
        InputException inf = fails("study,yi,vi\nA,1,Infinity\n", EffectMeasure.GEN, List.of());
        assertEquals(Optional.of("vi"), inf.column());
        assertTrue(fails("study,yi,vi\nA,1e309,1\n", EffectMeasure.GEN, List.of()).problem().contains("not a finite"));
    }

    @Test
    void headerOnlyAndDuplicateColumnsAreErrors() {
        assertTrue(fails("study,yi,vi\n", EffectMeasure.GEN, List.of()).problem().startsWith("no studies"));
        InputException duplicate = fails("study,yi,vi,yi\nA,1,1,2\n", EffectMeasure.GEN, List.of());
        assertEquals(1, duplicate.line());
        assertEquals(Optional.of("yi"), duplicate.column());
    }

    @Test
    void sampleSizeOfZeroAndNegativeCountsAreNamed() {
        InputException zero = fails("study,m1i,sd1i,n1i,m2i,sd2i,n2i\nA,1,1,0,2,1,10\n", EffectMeasure.MD, List.of());
        assertEquals(Optional.of("n1i"), zero.column());
        InputException negative = fails("study,ai,bi,ci,di\nA,5,-2,3,4\n", EffectMeasure.RR, List.of());
        assertEquals(Optional.of("bi"), negative.column());
    }

    @Test
    void utf16FileIsReportedAsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, "study,yi,vi\nA,0.1,0.04\n".getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class,
                () -> MetaInputCsv.read(file, EffectMeasure.GEN, List.of(), null));
        assertTrue(e.problem().contains("UTF-16"), e.getMessage());
    }
}
