package org.walkstudy.datasets.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.study.Study;

/** Studies and their findings as read from one or more study files, in file order. */
public record StudyDataset(List<Study> studies, List<Finding> findings) {
    public StudyDataset {
        studies = List.copyOf(studies);
        findings = List.copyOf(findings);
    }

    public Optional<Study> study(String id) {
        return studies.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Finding> findingsOf(String studyId) {
        return findings.stream().filter(f -> f.studyId().equals(studyId)).toList();
    }

    private static String describe(Study s) {
        return "[" + s.citation().authors() + " | " + (s.citation().year().isPresent()
                ? String.valueOf(s.citation().year().getAsInt()) : "no year") + " | " + s.citation().journal() + " | "
                + s.citation().identifier() + " | " + s.design().code() + "]";
    }

    /**
     * Concatenates datasets. A study may appear in several files (e.g. a trial that informs both the weight
     * and the dose files) only with the same citation and design; the first file's record is kept.
     */
    public static StudyDataset merge(List<StudyDataset> parts) {
        Map<String, Study> studies = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (StudyDataset part : parts) {
            for (Study s : part.studies()) {
                Study known = studies.putIfAbsent(s.id(), s);
                if (known != null && (!known.citation().equals(s.citation()) || known.design() != s.design())) {
                    throw new IllegalArgumentException("study id '" + s.id()
                            + "' appears in more than one file with a different citation or design: " + describe(known)
                            + " vs " + describe(s) + " (copy authors, year, journal, doi_or_pmid and design exactly)");
                }
            }
            findings.addAll(part.findings());
        }
        return new StudyDataset(new ArrayList<>(studies.values()), findings);
    }
}
