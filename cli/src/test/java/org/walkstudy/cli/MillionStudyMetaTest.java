package org.walkstudy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meta --format json} with a million studies in a JVM capped at 512 MB of heap: the JSON view streams the
 * studies instead of building a tree. The studies are SYNTHETIC (a fixed pattern of yi and vi).
 */
class MillionStudyMetaTest {
    @Test
    void millionStudiesWriteJsonWithin512MegabytesOfHeap(@TempDir Path dir) throws Exception {
        int k = 1_000_000;
        Path input = dir.resolve("synthetic-million-studies.csv");
        double swy = 0;
        double sw = 0;
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            w.write("study,yi,vi\n");
            for (int i = 0; i < k; i++) {
                double yi = (i % 101) / 100.0 - 0.3;
                double vi = 0.01 + (i % 37) / 100.0;
                w.write("S" + i + "," + yi + "," + vi + "\n");
                sw += 1 / vi;
                swy += yi / vi;
            }
        }
        Path out = dir.resolve("result.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.walkstudy.cli.Main", "meta", "--input", input.toString(), "--measure", "GEN", "--method", "FE",
                "--format", "json")).redirectError(dir.resolve("err.txt").toFile()).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "meta did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        int studies = 0;
        double estimate = Double.NaN;
        try (JsonParser json = new ObjectMapper().getFactory().createParser(out.toFile())) {
            JsonToken t;
            int depth = 0;
            while ((t = json.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2) {
                        studies++;
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1 && json.getCurrentName().equals("estimate")) {
                    json.nextToken();
                    estimate = json.getDoubleValue();
                }
            }
        }
        assertEquals(k, studies);
        assertEquals(swy / sw, estimate, 1e-9);
    }
}
