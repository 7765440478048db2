package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.cli.format.Terminal;
import org.walkstudy.cli.format.TextTable;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.study.Study;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.csv.StudyColumn;
import org.walkstudy.datasets.csv.StudyDataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.walkstudy.core.output.SpreadsheetSafeText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy studies}: lists the bundled (or given) studies, or prints the study-file template. */
@Command(name = "studies", mixinStandardHelpOptions = true,
        description = {"List the studies behind walkstudy's numbers, or print the template for your own.",
                "The list fits the terminal (COLUMNS, else its width, else 80 columns): long citations end in "
                        + "'...'; --wide shows everything. 'numbers' counts results with numbers / all results."})
public final class StudiesCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--template", description = "Print the CSV header of the study-file format, ready for "
            + "'walkstudy studies --template > my.csv'.")
    boolean template;

    @Option(names = "--describe", description = "Print what each column of the study-file format means.")
    boolean describe;

    @Option(names = "--wide", description = "Show every column and whole citations, however wide.")
    boolean wide;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (describe) {
            out.print(columns().render(wide ? Integer.MAX_VALUE : Terminal.width(), TextTable.Overflow.WRAP));
        } else if (template) {
            out.println(String.join(",", StudyColumn.headers()));
        } else {
            StudyDataset data = source.load(Catalogue.bundled());
            switch (format) {
                case CSV -> printCsv(out, data);
                case JSON -> out.print(Json.write(rows(data)));
                case MARKDOWN -> out.print(table(data, true).renderMarkdown());
                default -> out.print(wide ? table(data, true).render()
                        : table(data, false).render(Terminal.width(), TextTable.Overflow.TRUNCATE));
            }
        }
        out.flush();
        return 0;
    }

    private static TextTable columns() {
        TextTable t = TextTable.withHeader("column", "required", "meaning");
        for (StudyColumn c : StudyColumn.values()) {
            t.row(c.header(), c.required() ? "yes" : "", c.description());
        }
        return t;
    }

    private static List<Map<String, Object>> rows(StudyDataset data) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Study s : data.studies()) {
            List<Finding> findings = data.findingsOf(s.id());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("study", s.id());
            row.put("citation", s.citation().shortForm());
            row.put("journal", s.citation().journal());
            row.put("identifier", s.citation().identifier());
            row.put("design", s.design().code());
            row.put("n", s.totalN() == 0 ? null : s.totalN());
            row.put("findings", findings.size());
            row.put("with_numbers", findings.stream().filter(f -> f.data().isPresent()).count());
            row.put("outcomes", findings.stream().map(f -> f.outcome().domain().code()).distinct()
                    .collect(Collectors.joining("; ")));
            rows.add(row);
        }
        return rows;
    }

    /** All columns, or (narrow) the ones that identify a study, with the counts as "numbers/results". */
    private static TextTable table(StudyDataset data, boolean all) {
        TextTable t = all ? TextTable.withHeader("study", "citation", "design", "n", "findings", "with numbers", "outcomes")
                : TextTable.withHeader("study", "design", "n", "numbers", "citation").keepWhole(0, 2, 3);
        for (Map<String, Object> r : rows(data)) {
            Object n = r.get("n") == null ? "-" : r.get("n");
            if (all) {
                t.row(r.get("study"), r.get("citation"), r.get("design"), n, r.get("findings"), r.get("with_numbers"),
                        r.get("outcomes"));
            } else {
                t.row(r.get("study"), r.get("design"), n, r.get("with_numbers") + "/" + r.get("findings"),
                        (r.get("citation") + " " + r.get("journal")).strip());
            }
        }
        return t;
    }

    private static void printCsv(PrintWriter out, StudyDataset data) throws java.io.IOException {
        List<Map<String, Object>> rows = rows(data);
        List<String> header = rows.isEmpty() ? List.of("study") : new ArrayList<>(rows.get(0).keySet());
        CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get().print(out);
        for (Map<String, Object> r : rows) {
            printer.printRecord(r.values().stream().map(v -> v == null ? "" : SpreadsheetSafeText.value(v)).toList());
        }
        printer.flush();
    }
}
