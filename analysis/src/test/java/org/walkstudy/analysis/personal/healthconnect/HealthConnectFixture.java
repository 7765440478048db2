package org.walkstudy.analysis.personal.healthconnect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Health Connect databases for tests, built from SQL files under src/test/resources/personal/health-connect/
 * (schema.sql follows Android's published sources; no real export with a permissive licence was found).
 */
final class HealthConnectFixture {
    private HealthConnectFixture() {
    }

    /** A database made by running the given resource SQL files in order. */
    static Path database(Path dir, String fileName, String... sqlResources) throws IOException, SQLException {
        Path db = dir.resolve(fileName);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String resource : sqlResources) {
                for (String statement : statements(resource)) {
                    s.execute(statement);
                }
            }
        }
        return db;
    }

    /** A zip holding {@code db} under {@code entryName}, as the Export screen writes it. */
    static Path zip(Path dir, String zipName, Path db, String entryName) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entryName));
            Files.copy(db, z);
            z.closeEntry();
        }
        return zip;
    }

    /** The synthetic export: schema.sql and synthetic-rows.sql, zipped. */
    static Path syntheticExport(Path dir) throws IOException, SQLException {
        Path db = database(dir, "built.db", "schema.sql", "synthetic-rows.sql");
        return zip(dir, "Health Connect.zip", db, HealthConnectExport.DATABASE_ENTRY);
    }

    private static String[] statements(String resource) throws IOException {
        try (InputStream in = HealthConnectFixture.class.getResourceAsStream("/personal/health-connect/" + resource)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
            return java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toArray(String[]::new);
        }
    }
}
