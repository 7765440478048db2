package org.walkstudy.analysis.personal.diary;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;

/** A diary exported twice (January's file and the year's) counts each entry once; equal rows in one file still add up. */
class DiaryRowsAcrossFilesTest {
    @TempDir
    Path tmp;

    private double walk(DailyTable t, String day) {
        return t.rows().stream().filter(r -> r.date().equals(LocalDate.parse(day))).findFirst().orElseThrow()
                .value(DailyMeasure.WALK_MINUTES).orElseThrow();
    }

    @Test
    void aRowInAnEarlierFileCountsOnceAndTheImportSaysSo() throws IOException {
        Path jan = Files.writeString(tmp.resolve("january.csv"), "date,walk_minutes,pain\n2024-01-01,30,4\n2024-01-02,20,3\n");
        Path year = Files.writeString(tmp.resolve("year.csv"),
                "date,walk_minutes,pain\n2024-01-01,30,4\n2024-01-02,25,3\n2024-02-01,40,2\n");
        ImportResult r = PersonalImport.run(ImportFormat.CSV, List.of(jan, year), ImportOptions.defaults(), null);
        assertEquals(30, walk(r.table(), "2024-01-01"), 1e-12, "the same entry in both files counts once");
        assertEquals(45, walk(r.table(), "2024-01-02"), 1e-12, "a different entry the same day is another walk");
        assertEquals(40, walk(r.table(), "2024-02-01"), 1e-12);
        assertTrue(r.dropped().contains("1 diary row(s) also in an earlier diary file (same date and values): counted once"),
                r.dropped().toString());
    }

    @Test
    void equalRowsWithinOneFileAreTwoWalks() throws IOException {
        Path f = Files.writeString(tmp.resolve("d.csv"), "date,walk_minutes\n2024-01-01,30\n2024-01-01,30\n");
        ImportResult r = PersonalImport.run(ImportFormat.CSV, List.of(f), ImportOptions.defaults(), null);
        assertEquals(60, walk(r.table(), "2024-01-01"), 1e-12);
        assertTrue(r.dropped().isEmpty(), r.dropped().toString());
    }
}
