package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.walkstudy.cli.format.TextTable;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.csv.StudyDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy summary}: the main job, what the studies behind each walking claim found. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarise what the studies found, outcome by outcome, with sources.")
public final class SummaryCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StudyDataset data = source.load(Catalogue.bundled());
        TextTable t = TextTable.withHeader("study", "outcome", "time point", "data", "source");
        for (Finding f : data.findings()) {
            Study s = data.study(f.studyId()).orElseThrow();
            t.row(s.citation().shortForm(), f.outcome().domain().label() + " (" + f.outcome().instrument() + ")",
                    f.outcome().timepoint(), f.data().map(d -> d.kind()).orElse("gap: " + f.gap()),
                    f.provenance().sourceUrl());
        }
        out.print(t.render());
        out.flush();
        return 0;
    }
}
