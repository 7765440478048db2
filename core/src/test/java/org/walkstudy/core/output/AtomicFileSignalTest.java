package org.walkstudy.core.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping walkstudy in the middle of a write (Ctrl-C, SIGTERM) leaves no temporary file of health data. */
class AtomicFileSignalTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void sigtermDuringAWriteRemovesTheTemporaryFile() throws Exception {
        Path target = dir.resolve("daily.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoppedWriter.class.getName(),
                target.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("READY", out.readLine());
            List<Path> during = files();
            assertEquals(1, during.size(), "the temporary file while writing: " + during);
            assertTrue(during.get(0).getFileName().toString().endsWith(".part"), during.toString());
            p.destroy(); // SIGTERM, as kill or a closing terminal sends; Ctrl-C's SIGINT runs the same shutdown hooks
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child stops");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), files(), "neither a temporary file nor a half-written target is left");
    }

    @Test
    void theShutdownHookRemovesOnlyFilesStillBeingWritten() throws IOException {
        Path done = dir.resolve("done.csv");
        AtomicFile.write(done, "a,b\n", false, AtomicFile.Access.OWNER_ONLY);
        AtomicFile.removeTempFiles();
        assertEquals(List.of(done), files(), "a finished file is never touched");
    }

    @Test
    void anUnwritableFolderIsNamedWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file.resolve("daily.csv"), "a", false,
                AtomicFile.Access.OWNER_ONLY));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not a folder"), e.getMessage());
        assertFalse(e.getMessage().contains(".part"), e.getMessage());
    }
}
