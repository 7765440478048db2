package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.input.InputException;

/** Numbers are never silently changed: decimal commas, thousands separators and byte-order marks in the CSV readers. */
class DecimalCommaAndBomTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static ImportResult diary(Path f, ImportOptions o) {
        return PersonalImport.run(ImportFormat.CSV, List.of(f), o, null);
    }

    @Test
    void decimalCommaColumnsAreReadAsDecimalCommas() throws IOException {
        Path f = write("d.csv", "date,weight (kg),distance\n2024-03-01,\"72,5\",\"3,2 km\"\n2024-03-02,71,\"1.003,25 m\"\n");
        ImportResult r = diary(f, ImportOptions.defaults());
        assertEquals(72.5, r.table().rows().get(0).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        assertEquals(3.2, r.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(71, r.table().rows().get(1).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        assertEquals(1.00325, r.table().rows().get(1).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
    }

    @Test
    void aColumnMixingCommasAndPointsIsRefusedWithItsPosition() throws IOException {
        Path f = write("d.csv", "date,weight\n2024-03-01,\"72,5\"\n2024-03-02,71.5\n");
        InputException e = assertThrows(InputException.class, () -> diary(f, ImportOptions.defaults()));
        assertEquals(3, e.line());
        assertEquals("weight", e.column().orElseThrow());
        assertTrue(e.getMessage().contains("--decimal"), e.getMessage());
    }

    @Test
    void anAmbiguousCommaIsRefusedUnlessTheMarkIsGiven() throws IOException {
        Path f = write("d.csv", "date,steps,weight\n2024-03-01,\"12,345\",70\n");
        InputException e = assertThrows(InputException.class, () -> diary(f, ImportOptions.defaults()));
        assertEquals(2, e.line());
        assertEquals("steps", e.column().orElseThrow());
        assertEquals(12345, diary(f, ImportOptions.defaults().withDecimal(DecimalMark.POINT)).table().rows().get(0)
                .value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(12.345, diary(f, ImportOptions.defaults().withDecimal(DecimalMark.COMMA)).table().rows().get(0)
                .value(DailyMeasure.STEPS).getAsDouble(), 1e-12);
    }

    @Test
    void thousandsSeparatorsInAPointColumnMustBeGroupsOfThree() throws IOException {
        Path f = write("d.csv", "date,steps\n2024-03-01,\"12,345.0\"\n2024-03-02,\"1,23\"\n");
        ImportResult r = diary(f, ImportOptions.defaults().withDecimal(DecimalMark.POINT));
        assertEquals(12345, r.table().rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(1, r.skipped(), "'1,23' is not a number with a decimal point: skipped and named, never 123");
        assertEquals(3, r.firstSkipped().get(0).line());
    }

    @Test
    void googleFitDecimalCommasAreReadNotDropped() throws IOException {
        Path f = write("Daily activity metrics.csv", "Date,Step count,Distance (m),Average weight (kg)\n"
                + "2024-03-01,5000,\"3200,5\",\"72,5\"\n2024-03-02,6000,\"4100,25\",\n");
        ImportResult r = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(f), ImportOptions.defaults(), null);
        assertEquals(72.5, r.table().rows().get(0).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        assertEquals(3.2005, r.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(4.10025, r.table().rows().get(1).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
    }

    @Test
    void byteOrderMarkIsAcceptedByTheDiaryGoogleFitAndDailyReaders() throws IOException {
        Path d = write("d.csv", "\uFEFFdate,steps\n2024-03-01,5000\n");
        assertEquals(5000, diary(d, ImportOptions.defaults()).table().rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
        Path g = write("g.csv", "\uFEFFDate,Step count\n2024-03-01,5000\n");
        assertEquals(5000, PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(g), ImportOptions.defaults(), null)
                .table().rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
        Path daily = write("daily.csv", "\uFEFFdate,steps\n2024-03-01,5000\n");
        assertEquals(5000, DailyTable.read(daily).rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
    }

    @Test
    void decimalMarkOptionAcceptsOnlyPointOrComma() {
        assertEquals(DecimalMark.COMMA, DecimalMark.of(","));
        assertEquals(DecimalMark.POINT, DecimalMark.of("."));
        assertThrows(IllegalArgumentException.class, () -> DecimalMark.of(";"));
    }
}
