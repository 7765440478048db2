package org.walkstudy.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Several files written all or none, for a command whose output is a set (a summary with its charts, a trend
 * chart with its forest plot). Each {@link #add} writes its file completely, with {@link AtomicFile}, into a
 * hidden staging folder beside its target; nothing is visible at the targets until {@link #commit}, which
 * checks every target first and then moves the files in, restoring the replaced files if a move fails.
 * {@link #close} removes whatever was not committed (and a target folder this batch created, if left empty).
 */
public final class AtomicFileBatch implements AutoCloseable {
    private static final AtomicLong COUNTER = new AtomicLong();

    private final boolean overwrite;
    private final AtomicFile.Access access;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final Map<Path, Path> stagingFolders = new LinkedHashMap<>();
    private final List<Path> createdFolders = new ArrayList<>();
    private boolean committed;

    private AtomicFileBatch(boolean overwrite, AtomicFile.Access access) {
        this.overwrite = overwrite;
        this.access = access;
    }

    /** A batch whose targets may be replaced only when {@code overwrite} is true. */
    public static AtomicFileBatch create(boolean overwrite, AtomicFile.Access access) {
        if (access == null) {
            throw new IllegalArgumentException("access must not be null");
        }
        return new AtomicFileBatch(overwrite, access);
    }

    public void add(Path target, String text) throws IOException {
        add(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    public void add(Path target, byte[] bytes) throws IOException {
        add(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code content} for {@code target} into the staging folder; the target itself is untouched.
     *
     * @throws FileAlreadyExistsException when the target exists (a dangling link counts) and the batch may not
     *                                    replace files
     */
    public void add(Path target, AtomicFile.Content content) throws IOException {
        if (committed) {
            throw new IllegalStateException("batch already committed");
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (staged.containsKey(absolute)) {
            throw new IllegalArgumentException(target + " is written twice in one batch");
        }
        checkTarget(target, absolute);
        Path folder = stagingFolder(absolute.getParent());
        Path file = folder.resolve(staged.size() + "-" + absolute.getFileName());
        AtomicFile.write(file, content, false, access);
        staged.put(absolute, file);
    }

    /**
     * Moves every staged file to its target: all of them, or (when a check or move fails) none, with any file
     * already replaced restored.
     *
     * @return the targets written, in the order they were added
     */
    public List<Path> commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("batch already committed");
        }
        for (Path target : staged.keySet()) {
            checkTarget(target, target);
        }
        Map<Path, Path> backups = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                Path target = e.getKey();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path backup = e.getValue().resolveSibling(e.getValue().getFileName() + ".old");
                    Files.copy(target, backup, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                    backups.put(target, backup);
                }
                AtomicFile.move(e.getValue(), target);
                moved.add(target);
            }
        } catch (IOException | RuntimeException failure) {
            rollBack(moved, backups, failure);
            throw failure;
        }
        committed = true;
        return List.copyOf(staged.keySet());
    }

    /** Removes the staging folders (and their uncommitted files), and target folders this batch created empty. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Path folder : stagingFolders.values()) {
            try {
                deleteTree(folder);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        stagingFolders.clear();
        if (!committed) {
            for (int i = createdFolders.size() - 1; i >= 0; i--) {
                try (var entries = Files.list(createdFolders.get(i))) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(createdFolders.get(i));
                    }
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void checkTarget(Path given, Path absolute) throws IOException {
        if (Files.isDirectory(absolute)) {
            throw new IOException(given + " is a folder: give a file name");
        }
        if (!overwrite && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(given.toString(), null, "exists; use --force to replace it");
        }
    }

    private Path stagingFolder(Path parent) throws IOException {
        Path folder = stagingFolders.get(parent);
        if (folder == null) {
            createFolders(parent);
            folder = parent.resolve(".walkstudy-batch." + ProcessHandle.current().pid() + "." + System.nanoTime()
                    + "." + COUNTER.incrementAndGet());
            Files.createDirectory(folder);
            stagingFolders.put(parent, folder);
        }
        return folder;
    }

    /** Creates missing folders up to {@code folder}, remembering them so a failed batch leaves none behind. */
    private void createFolders(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdFolders.add(p);
        }
    }

    private static void rollBack(List<Path> moved, Map<Path, Path> backups, Exception failure) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Path target = moved.get(i);
            try {
                Path backup = backups.get(target);
                if (backup != null) {
                    AtomicFile.move(backup, target);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }
}
