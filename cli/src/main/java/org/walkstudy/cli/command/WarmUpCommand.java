package org.walkstudy.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.walkstudy.cli.WalkstudyCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code walkstudy warm-up} (hidden): runs the common paths once (an Apple Health import, summary, claims, meta,
 * a forest and a funnel chart, the personal comparison, the report) with output discarded, so the launcher can record a class-data-sharing archive of every class a
 * typical run loads. Start-up of later runs is then mostly reading that archive.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise the common code paths (used by the launcher).")
public final class WarmUpCommand implements Callable<Integer> {
    private static final String SAMPLE = "study,yi,vi,x\nA,-0.3,0.02,1\nB,-0.1,0.05,2\nC,-0.5,0.04,3\nD,0.1,0.08,4\n";
    private static final String EXPORT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n"
            + " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Phone\" unit=\"count\""
            + " creationDate=\"2024-01-01 10:00:00 +0000\" startDate=\"2024-01-01 10:00:00 +0000\""
            + " endDate=\"2024-01-01 10:05:00 +0000\" value=\"100\"/>\n</HealthData>\n";

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("walkstudy-warm-up");
        try {
            Path csv = dir.resolve("sample.csv");
            Files.writeString(csv, SAMPLE);
            Path export = dir.resolve("export.xml");
            Files.writeString(export, EXPORT);
            run("import", "--from", "apple-health", export.toString(), "--out", dir.resolve("daily.csv").toString());
            run("summary");
            run("claims");
            run("studies");
            run("meta", "--input", csv.toString(), "--measure", "GEN", "--bias", "--sensitivity", "--format", "json");
            run("chart", "forest", "--input", csv.toString(), "--measure", "GEN", "--out", dir.resolve("f.png").toString());
            run("chart", "funnel", "--input", csv.toString(), "--measure", "GEN", "--out", dir.resolve("f.svg").toString());
            run("compare", "--example", "--chart", dir.resolve("trend.png").toString());
            run("report", "--family", "sleep", "--example", "--out", dir.resolve("report.html").toString());
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

    private static void run(String... args) {
        CommandLine cl = WalkstudyCommand.commandLine();
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        cl.setOut(sink);
        cl.setErr(sink);
        cl.execute(args);
    }
}
