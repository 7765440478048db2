package org.walkstudy.analysis.personal.googlefit;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

class GoogleFitDailyMetricsTest {
    @TempDir
    Path tmp;

    @Test
    void summaryFileBecomesDailyRowsInWalkstudyUnits() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("synthetic-Daily-activity-metrics.csv").toURI());
        ImportResult r = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(file), ImportOptions.defaults(), null);
        DailyRow first = r.table().rows().get(0);
        assertEquals(5120, first.value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(3.5125, first.value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(40, first.value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-12);
        assertEquals(25, first.value(DailyMeasure.BRISK_MINUTES).getAsDouble());
        assertTrue(first.value(DailyMeasure.WEIGHT_KG).isEmpty());
        assertEquals(71.3, r.table().rows().get(1).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        // The empty day gives no row; the row with a bad cell is skipped whole, named and counted.
        assertEquals(List.of("2023-04-01", "2023-04-02"),
                r.table().rows().stream().map(x -> x.date().toString()).toList());
        assertEquals(1, r.skipped());
        assertEquals(5, r.firstSkipped().get(0).line());
        assertEquals("Heart Minutes", r.firstSkipped().get(0).column().orElseThrow());
    }

    @Test
    void perDayFileTakesItsDateFromTheName() throws IOException {
        Path file = tmp.resolve("2023-04-05.csv");
        Files.writeString(file, "Start time,End time,Step count,Distance (m)\n08:00:00.000+01:00,08:15:00.000+01:00,1500,1100\n"
                + "08:15:00.000+01:00,08:30:00.000+01:00,500,300\n");
        ImportResult r = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(file), ImportOptions.defaults(), null);
        assertEquals("2023-04-05", r.table().rows().get(0).date().toString());
        assertEquals(2000, r.table().rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
    }

    @Test
    void otherCsvFilesAreRefused() throws IOException {
        Path file = tmp.resolve("x.csv");
        Files.writeString(file, "Date,Foo\n2023-01-01,1\n");
        assertThrows(InputException.class,
                () -> PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(file), ImportOptions.defaults(), null));
    }

    @Test
    void aTakeoutSummaryAndItsPerDayFilesAreOneSourceNotTwo() throws IOException, URISyntaxException {
        // REAL summary (kaustubhgupta/google-fit-data-analysis): 2018-04-04 has 4552 steps. A per-day file for that
        // date, as Takeout writes it beside the summary, holds the same steps in intervals.
        Path summary = Path.of(getClass().getResource("real-Daily-activity-metrics.csv").toURI());
        Path perDay = tmp.resolve("2018-04-04.csv");
        Files.writeString(perDay, "Start time,End time,Step count\n00:00:00.000+01:00,00:15:00.000+01:00,2000\n"
                + "00:15:00.000+01:00,00:30:00.000+01:00,2552\n");
        ImportResult alone = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(summary), ImportOptions.defaults(), null);
        ImportResult both = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(summary, perDay), ImportOptions.defaults(), null);
        DailyRow day = both.table().rows().stream().filter(x -> x.date().toString().equals("2018-04-04")).findFirst().orElseThrow();
        assertEquals(4552, day.value(DailyMeasure.STEPS).getAsDouble(), "not 9104");
        assertEquals(alone.table().size(), both.table().size());
        // An overlapping second Takeout (here: a copy under another name) adds nothing.
        Path copy = tmp.resolve("Daily activity metrics (1).csv");
        Files.copy(summary, copy);
        ImportResult twice = PersonalImport.run(ImportFormat.GOOGLE_FIT, List.of(summary, copy), ImportOptions.defaults(), null);
        assertEquals(alone.table().rows(), twice.table().rows());
        assertTrue(twice.dropped().get(0).contains("same content"), twice.dropped().toString());
    }
}
