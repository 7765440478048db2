package org.walkstudy.core.output;

import java.nio.file.Path;

/**
 * A process that starts writing a file and never finishes, so that a test can stop it with a signal: it
 * writes some bytes, prints READY, then waits. {@link AtomicFileSignalTest} runs it in a child JVM.
 */
public final class StoppedWriter {
    private StoppedWriter() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("date,steps\n2024-01-01,5000\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            System.out.println("READY");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, false, AtomicFile.Access.OWNER_ONLY);
    }
}
