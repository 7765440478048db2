package org.walkstudy.analysis.personal.diary;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;
import org.walkstudy.core.input.InputException;

class DiaryCsvTest {
    @TempDir
    Path tmp;

    static ImportResult run(Path file, ImportOptions o) {
        return PersonalImport.run(ImportFormat.CSV, List.of(file), o, null);
    }

    @Test
    void unitsInHeaderAndCellAreConverted() throws URISyntaxException {
        ImportResult r = run(Path.of(getClass().getResource("synthetic-diary-lb-mi.csv").toURI()), ImportOptions.defaults());
        DailyRow d1 = r.table().rows().get(0);
        assertEquals(2.5 * 1.609344, d1.value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(180 * 0.45359237, d1.value(DailyMeasure.WEIGHT_KG).getAsDouble(), 1e-12);
        assertEquals(4, d1.value(DailyMeasure.PAIN_0_10).getAsDouble());
        assertEquals(25, d1.value(DailyMeasure.SLEEP_LATENCY_MIN).getAsDouble());
        assertEquals(35, d1.value(DailyMeasure.WALK_MINUTES).getAsDouble());
        assertEquals(3 * 1.609344, r.table().rows().get(1).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        // Pain 12 is off the 0-10 scale: skipped with its place; the row for that date has nothing else.
        assertEquals(1, r.skipped());
        assertEquals(5, r.firstSkipped().get(0).line(), "line 1 is the SYNTHETIC comment");
        assertEquals("Pain (0-10)", r.firstSkipped().get(0).column().orElseThrow());
        assertEquals(List.of("2024-02-01", "2024-02-02", "2024-02-04"), r.table().rows().stream().map(x -> x.date().toString()).toList());
    }

    @Test
    void mapNamesUnrecognisedHeaders() throws IOException {
        Path file = tmp.resolve("d.csv");
        Files.writeString(file, "Tag,Schritte,Gewicht (kg)\n2024-03-01,9000,70.5\n");
        ImportResult r = run(file, ImportOptions.defaults().withFieldColumns(Map.of("date", "Tag", "steps", "Schritte",
                "weight", "Gewicht (kg)")));
        assertEquals(9000, r.table().rows().get(0).value(DailyMeasure.STEPS).getAsDouble());
        assertEquals(70.5, r.table().rows().get(0).value(DailyMeasure.WEIGHT_KG).getAsDouble());
        InputException e = assertThrows(InputException.class, () -> run(file, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("--map"), e.getMessage());
        assertThrows(InputException.class, () -> run(file,
                ImportOptions.defaults().withFieldColumns(Map.of("date", "Tag", "steps", "Nope"))));
    }

    @Test
    void strictModeFailsOnTheFirstBadCell() throws IOException {
        Path file = tmp.resolve("d.csv");
        Files.writeString(file, "date,steps\n2024-03-01,9000\n2024-03-02,many\n");
        InputException e = assertThrows(InputException.class, () -> run(file, ImportOptions.defaults().withStrict(true)));
        assertEquals(3, e.line());
        assertEquals("steps", e.column().orElseThrow());
    }
}
