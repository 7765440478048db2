package org.walkstudy.analysis.personal.applehealth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.walkstudy.analysis.personal.ImportFormat;
import org.walkstudy.analysis.personal.ImportOptions;
import org.walkstudy.analysis.personal.ImportResult;
import org.walkstudy.analysis.personal.PersonalImport;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Importing one Apple Health export twice, or zipped and bare, gives the same daily table. */
class AppleHealthImportPropertyTest {
    private static final List<String> RECORDS = List.of(
            "HKQuantityTypeIdentifierStepCount\" unit=\"count",
            "HKQuantityTypeIdentifierDistanceWalkingRunning\" unit=\"km",
            "HKQuantityTypeIdentifierBodyMass\" unit=\"kg");

    @Provide
    Arbitrary<String> exports() {
        Arbitrary<String> record = Combinators.combine(Arbitraries.of(RECORDS),
                Arbitraries.of("SYNTHETIC phone", "SYNTHETIC watch", "Bo's scale"),
                Arbitraries.integers().between(0, 14 * 24 - 1), Arbitraries.integers().between(1, 2000))
                .as((type, source, hour, value) -> String.format(
                        " <Record type=\"%s\" sourceName=\"%s\" startDate=\"2024-03-%02d %02d:00:00 +0100\""
                                + " endDate=\"2024-03-%02d %02d:30:00 +0100\" value=\"%d\"/>%n",
                        type, source.replace("'", "&apos;"), 1 + hour / 24, hour % 24, 1 + hour / 24, hour % 24, value));
        return record.list().ofMinSize(1).ofMaxSize(60).map(records -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<HealthData locale=\"en_GB\">\n <ExportDate value=\"2024-04-01 00:00:00 +0100\"/>\n"
                + String.join("", records) + "</HealthData>\n");
    }

    private static ImportResult importFile(Path file) {
        return PersonalImport.run(ImportFormat.APPLE_HEALTH, List.of(file), ImportOptions.defaults(), null);
    }

    @Property(tries = 100)
    void importingTheSameExportTwiceGivesTheSameTable(@ForAll("exports") String exportXml) throws IOException {
        Path dir = Files.createTempDirectory("health-property");
        try {
            Path xml = Files.writeString(dir.resolve("export.xml"), exportXml, StandardCharsets.UTF_8);
            Path zip = dir.resolve("export.zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
                z.write(exportXml.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            ImportResult first = importFile(xml);
            ImportResult second = importFile(xml);
            ImportResult zipped = importFile(zip);
            assertEquals(first.table().rows(), second.table().rows());
            assertEquals(first.recordsUsed(), second.recordsUsed());
            assertEquals(first.table().rows(), zipped.table().rows());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
