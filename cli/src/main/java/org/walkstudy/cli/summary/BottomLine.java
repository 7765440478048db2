package org.walkstudy.cli.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.walkstudy.analysis.summary.EvidenceStatement;
import org.walkstudy.analysis.summary.EvidenceStatements;
import org.walkstudy.analysis.summary.FindingsTable;
import org.walkstudy.analysis.summary.GradeWording;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.study.Study;

/**
 * The answer first: one GRADE statement per claim (and claim part), then per family a summary-of-findings
 * table with one row per outcome and its gaps. Views (terminal, Markdown, JSON, HTML) render this one model.
 *
 * @param statements the claims' statements, in claim order
 * @param families   each family's title, table rows and gaps
 */
public record BottomLine(List<EvidenceStatement> statements, List<FamilyTable> families) {
    public BottomLine {
        statements = List.copyOf(statements);
        families = List.copyOf(families);
    }

    /** One family's summary-of-findings table. */
    public record FamilyTable(String code, String title, int studies, List<FindingsTable.Row> rows,
            List<OutcomeDomain> gaps) {
        public FamilyTable {
            rows = List.copyOf(rows);
            gaps = List.copyOf(gaps);
        }
    }

    /** Where sizes come from and why nothing is re-expressed in a scale's points. */
    public static final String SIZE_NOTE = EvidenceStatements.INTERVALS + " " + GradeWording.SIZE_CONVENTION + ". No typical SD of a familiar scale is "
            + "bundled with its source, so no SMD is re-expressed in points (Cochrane Handbook 15.5.3.2).";

    /** The GRADE wording, for a legend. */
    public static final String WORDING_NOTE = "Wording as GRADE's informative statements (Santesso et al. 2020): "
            + "high certainty \"reduces\", moderate \"probably reduces\", low \"may reduce\", very low \"the "
            + "evidence is very uncertain\".";

    /** Both notes in brief, for the terminal. */
    public static final String SHORT_NOTE = "Wording (GRADE): \"reduces\" high, \"probably\" moderate, \"may\" low, "
            + "\"very uncertain\" very low certainty; 95% CIs unless named, as printed; SMD size (Cohen): 0.2 small, "
            + "0.5 moderate, 0.8 large, no sourced SD to give points.";

    public static BottomLine of(List<ClaimsView.Assessed> claims, List<FamilySummary> families) {
        List<EvidenceStatement> statements = new ArrayList<>();
        claims.forEach(a -> statements.addAll(a.statements()));
        List<FamilyTable> tables = new ArrayList<>();
        for (FamilySummary f : families) {
            Map<String, Study> own = f.data().studies().stream()
                    .collect(Collectors.toMap(Study::id, Function.identity(), (a, b) -> a));
            tables.add(new FamilyTable(f.code(), f.title(), f.data().studies().size(),
                    FindingsTable.rows(f.outcomes(), f.data().findings(), own),
                    FindingsTable.gaps(f.outcomes(), f.data().findings(), own)));
        }
        return new BottomLine(statements, tables);
    }
}
