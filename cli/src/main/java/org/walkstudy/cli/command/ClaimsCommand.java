package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.summary.EvidenceStatements;
import org.walkstudy.analysis.verdict.ClaimAssessment;
import org.walkstudy.analysis.verdict.ClaimAssessor;
import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.cli.format.Terminal;
import org.walkstudy.cli.summary.ClaimsView;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.ClaimsCsv;
import org.walkstudy.datasets.csv.StudyDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy claims}: the article's claims, each with the verdict its evidence earns. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"The article's claims, each with what the evidence shows in GRADE's words and the verdict "
                + "it earns.", "The text fits the terminal (COLUMNS, else its width, else 80 columns)."})
public final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ClaimsView.Assessed> assessed = withStatements(source);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.print(Json.write(ClaimsView.json(assessed)));
            case MARKDOWN -> out.print(ClaimsView.markdown(assessed));
            case CSV -> throw new IllegalArgumentException("claims has no CSV format; use table, markdown or json");
            default -> out.print(ClaimsView.text(assessed, Terminal.width()));
        }
        out.flush();
        return 0;
    }

    /** Every bundled claim assessed against every bundled study file. */
    public static List<ClaimAssessment> assessBundled() {
        return assess(new StudySource());
    }

    /**
     * Every bundled claim assessed against the selected studies: rows of the user's files for a study a claim
     * names (same study_id and citation) count for that claim.
     */
    static List<ClaimAssessment> assess(StudySource source) {
        return assess(source.load(Catalogue.bundled()));
    }

    private static List<ClaimAssessment> assess(StudyDataset all) {
        ClaimAssessor assessor = ClaimAssessor.over(all.studies(), all.findings());
        return ClaimsCsv.bundled().stream().map(assessor::assess).toList();
    }

    /** The assessments with their GRADE statements, as summary and the report show them. */
    public static List<ClaimsView.Assessed> withStatements(StudySource source) {
        StudyDataset all = source.load(Catalogue.bundled());
        EvidenceStatements wording = EvidenceStatements.over(all.studies().stream()
                .collect(Collectors.toMap(Study::id, Function.identity(), (a, b) -> a)));
        return assess(all).stream().map(a -> new ClaimsView.Assessed(a, wording.of(a))).toList();
    }
}
