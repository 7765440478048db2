package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.personal.applehealth.AppleHealthImport;
import org.walkstudy.cli.WalkstudyCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code walkstudy warm-up} (hidden): runs the common paths once with output discarded, so the launcher can record a
 * class-data-sharing archive of every class a typical run loads. Start-up of later runs is then mostly reading that
 * archive. {@code --import-only} runs just an Apple Health import large enough to be scanned on all cores: the
 * launcher keeps a separate, smaller archive for {@code import}, whose start-up counts in every import (mapping an
 * archive costs time in proportion to its size; see BENCHMARKS.md).
 */
@Command(name = "warm-up", hidden = true, description = "Exercise the common code paths (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {
    private static final String SAMPLE = "study,yi,vi,x\nA,-0.3,0.02,1\nB,-0.1,0.05,2\nC,-0.5,0.04,3\nD,0.1,0.08,4\n";
    private static final String RECORD = " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Phone\" unit=\"count\""
            + " creationDate=\"2024-01-01 10:00:00 +0000\" startDate=\"2024-01-01 10:00:00 +0000\""
            + " endDate=\"2024-01-01 10:05:00 +0000\" value=\"100\"/>\n";
    /** Large enough to be scanned on all cores, so those classes are recorded too. */
    private static final long LARGE_EXPORT_BYTES = AppleHealthImport.PARALLEL_MIN_BYTES + (1 << 20);

    @Option(names = "--import-only", description = "Run only a (large) Apple Health import.")
    boolean importOnly;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("walkstudy-warm-up");
        try {
            Path export = dir.resolve("export.xml");
            writeExport(export, importOnly ? LARGE_EXPORT_BYTES : 0);
            run("import", "--from", "apple-health", export.toString(), "--out", dir.resolve("daily.csv").toString());
            if (!importOnly) {
                runTheOtherCommands(dir);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    private static void runTheOtherCommands(Path dir) throws IOException {
        Path csv = dir.resolve("sample.csv");
        Files.writeString(csv, SAMPLE);
        run("summary");
        run("claims");
        run("studies");
        run("meta", "--input", csv.toString(), "--measure", "GEN", "--bias", "--sensitivity", "--format", "json");
        run("chart", "forest", "--input", csv.toString(), "--measure", "GEN", "--out", dir.resolve("f.png").toString());
        run("chart", "funnel", "--input", csv.toString(), "--measure", "GEN", "--out", dir.resolve("f.svg").toString());
        run("compare", "--example", "--chart", dir.resolve("trend.png").toString());
        run("report", "--family", "sleep", "--example", "--out", dir.resolve("report.html").toString());
    }

    /** A SYNTHETIC export of one step record repeated to at least {@code bytes}. */
    private static void writeExport(Path file, long bytes) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- SYNTHETIC warm-up export -->\n<HealthData locale=\"en_US\">\n");
            long written = 0;
            do {
                w.write(RECORD);
                written += RECORD.length();
            } while (written < bytes);
            w.write("</HealthData>\n");
        }
    }

    private static void run(String... args) {
        CommandLine cl = WalkstudyCommand.commandLineFor(args); // as a real run builds it
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        cl.setOut(sink);
        cl.setErr(sink);
        cl.execute(args);
    }
}
