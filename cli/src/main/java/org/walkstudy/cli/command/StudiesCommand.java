package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
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
        description = "List the studies behind walkstudy's numbers, or print the template for your own.")
public final class StudiesCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    StudySource source;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--template", description = "Print the CSV header of the study-file format "
            + "(with --format table: what each column means).")
    boolean template;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (template) {
            printTemplate(out);
        } else {
            StudyDataset data = source.load(Catalogue.bundled());
            switch (format) {
                case CSV -> printCsv(out, data);
                case JSON -> out.print(Json.write(rows(data)));
                case MARKDOWN -> out.print(table(data).renderMarkdown());
                default -> out.print(table(data).render());
            }
        }
        out.flush();
        return 0;
    }

    private void printTemplate(PrintWriter out) {
        if (format == OutputFormat.TABLE) {
            TextTable t = TextTable.withHeader("column", "required", "meaning");
            for (StudyColumn c : StudyColumn.values()) {
                t.row(c.header(), c.required() ? "yes" : "", c.description());
            }
            out.print(t.render());
        } else {
            out.println(String.join(",", StudyColumn.headers()));
        }
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

    private static TextTable table(StudyDataset data) {
        TextTable t = TextTable.withHeader("study", "citation", "design", "n", "findings", "with numbers", "outcomes");
        for (Map<String, Object> r : rows(data)) {
            t.row(r.get("study"), r.get("citation"), r.get("design"), r.get("n") == null ? "-" : r.get("n"),
                    r.get("findings"), r.get("with_numbers"), r.get("outcomes"));
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
