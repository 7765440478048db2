package org.walkstudy.analysis.personal.gpx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;

class GpxImportTest {
    @TempDir
    Path tmp;

    @Test
    void walksAreDatedInUtcUnlessAZoneIsGiven() throws IOException {
        // 23:30 UTC on 1 May is 09:30 on 2 May in Sydney.
        Path file = tmp.resolve("walk.gpx");
        Files.writeString(file, GpxWalksTest.gpx(GpxWalksTest.pt(-33.86, 151.20, "2024-05-01T23:30:00Z")
                + GpxWalksTest.pt(-33.861, 151.20, "2024-05-01T23:31:00Z")));
        ImportResult utc = PersonalImport.run(ImportFormat.GPX, List.of(file), ImportOptions.defaults(), null);
        assertEquals("2024-05-01", utc.table().rows().get(0).date().toString());
        ImportResult sydney = PersonalImport.run(ImportFormat.GPX, List.of(file),
                ImportOptions.defaults().withZone(ZoneId.of("Australia/Sydney")), null);
        assertEquals("2024-05-02", sydney.table().rows().get(0).date().toString());
        double km = GreatCircle.km(-33.86, 151.20, -33.861, 151.20);
        assertEquals(km, sydney.table().rows().get(0).value(DailyMeasure.DISTANCE_KM).getAsDouble(), 1e-12);
        assertEquals(1, sydney.table().rows().get(0).value(DailyMeasure.WALK_MINUTES).getAsDouble(), 1e-12);
        assertEquals("GPX", sydney.table().rows().get(0).sources());
    }
}
