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

/** Options shared by the commands that read studies: the bundled families and/or the user's own files. */
public final class StudySource {
    @Option(names = "--family", paramLabel = "lbp|weight|sleep|other",
            description = "Only the bundled datasets of this family.")
    String family;

    @Option(names = "--input", paramLabel = "FILE.csv", split = ",",
            description = "Your own study file(s) in the walkstudy format (see 'walkstudy studies --template'). "
                    + "Replaces the bundled data.")
    List<Path> inputs = new ArrayList<>();

    /** The selected bundled entries (empty when --input was given). */
    List<DatasetEntry> bundledEntries(Catalogue catalogue) {
        if (!inputs.isEmpty()) {
            return List.of();
        }
        return family == null ? catalogue.entries() : catalogue.family(Family.parse(family));
    }

    StudyDataset load(Catalogue catalogue) {
        if (!inputs.isEmpty()) {
            return StudyDataset.merge(inputs.stream().map(StudyCsvReader::read).toList());
        }
        return catalogue.load(bundledEntries(catalogue));
    }
}
