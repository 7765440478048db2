package org.walkstudy.cli.summary;

import java.util.ArrayList;
import java.util.List;

import org.walkstudy.analysis.summary.OutcomeSummary;
import org.walkstudy.analysis.summary.SummaryOfFindings;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.Family;
import org.walkstudy.datasets.csv.StudyDataset;

/** The summary of one study family (or of the user's own files), with the studies it rests on. */
public record FamilySummary(String code, String title, StudyDataset data, List<OutcomeSummary> outcomes) {
    public FamilySummary {
        outcomes = List.copyOf(outcomes);
    }

    public static FamilySummary of(String code, String title, StudyDataset data) {
        return new FamilySummary(code, title, data, SummaryOfFindings.build(data.studies(), data.findings()));
    }

    /** One summary per bundled family, or only the one asked for. */
    public static List<FamilySummary> bundled(Catalogue catalogue, Family only) {
        List<FamilySummary> out = new ArrayList<>();
        for (Family f : Family.values()) {
            if ((only == null || only == f) && !catalogue.family(f).isEmpty()) {
                out.add(of(f.code(), f.title(), catalogue.load(catalogue.family(f))));
            }
        }
        return out;
    }

    public String citationOf(String studyId) {
        return data.study(studyId).map(Study::citation).map(c -> c.shortForm()).orElse(studyId);
    }
}
