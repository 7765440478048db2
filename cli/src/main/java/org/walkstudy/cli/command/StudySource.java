package org.walkstudy.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.DatasetEntry;
import org.walkstudy.datasets.Family;
import org.walkstudy.datasets.csv.StudyCsvReader;
import org.walkstudy.datasets.csv.StudyDataset;

import picocli.CommandLine.Option;

/**
 * Options shared by the commands that read studies. One rule everywhere: {@code --input} files are added to
 * the bundled studies ({@code --family none} leaves the bundled ones out).
 */
public final class StudySource {
    /** What {@link #INPUT_RULE} says in every command's help. */
    static final String INPUT_RULE = "Your own study file(s) in the walkstudy format (see 'walkstudy studies "
            + "--template'), added to the bundled studies; add --family none to use only yours.";

    @Option(names = "--family", paramLabel = "lbp|weight|sleep|other|none",
            description = "Only the bundled datasets of this family (none: no bundled data, only --input).")
    String family;

    @Option(names = "--input", paramLabel = "FILE.csv", split = ",", description = INPUT_RULE)
    List<Path> inputs = new ArrayList<>();

    /** True when --family none asked for the user's files only. */
    boolean bundledLeftOut() {
        return family != null && family.strip().equalsIgnoreCase("none");
    }

    /** The selected bundled entries (none for --family none). */
    List<DatasetEntry> bundledEntries(Catalogue catalogue) {
        if (bundledLeftOut()) {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("--family none leaves no studies: give your own with --input FILE.csv");
            }
            return List.of();
        }
        return family == null ? catalogue.entries() : catalogue.family(Family.parse(family));
    }

    /** The bundled family asked for, or null for all of them (and for none). */
    Family bundledFamily() {
        return family == null || bundledLeftOut() ? null : Family.parse(family);
    }

    /** The user's files alone (empty when there are none). */
    StudyDataset inputsOnly() {
        return StudyDataset.merge(inputs.stream().map(StudyCsvReader::read).toList());
    }

    /** The selected bundled studies plus the user's files. */
    StudyDataset load(Catalogue catalogue) {
        List<StudyDataset> parts = new ArrayList<>();
        List<DatasetEntry> entries = bundledEntries(catalogue);
        if (!entries.isEmpty()) {
            parts.add(catalogue.load(entries));
        }
        inputs.stream().map(StudyCsvReader::read).forEach(parts::add);
        return StudyDataset.merge(parts);
    }
}
