package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.walkstudy.cli.format.Json;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.cli.format.Terminal;
import org.walkstudy.cli.format.TextTable;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.DatasetEntry;
import org.walkstudy.datasets.csv.StudyDataset;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy datasets}: the bundled dataset ids that {@code chart --dataset} takes, with their outcomes. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the bundled datasets: the ID that 'walkstudy chart --dataset ID --outcome OUTCOME' "
                + "takes, the outcomes it has results for, and how many studies it holds."})
public final class DatasetsCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|markdown|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Map<String, Object>> rows = rows(Catalogue.bundled());
        TextTable t = TextTable.withHeader("id", "family", "outcomes", "studies", "title").keepWhole(0);
        rows.forEach(r -> t.row(r.get("id"), r.get("family"), String.join(", ", outcomes(r)), r.get("studies"),
                r.get("title")));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> out.print(Json.write(rows));
            case MARKDOWN -> out.print(t.renderMarkdown());
            case CSV -> throw new IllegalArgumentException("datasets has no CSV format; use table, markdown or json");
            default -> {
                out.print(t.render(Terminal.width(), TextTable.Overflow.WRAP));
                out.println();
                out.println("Draw one: walkstudy chart --dataset ID --outcome OUTCOME --out forest.png");
            }
        }
        out.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> outcomes(Map<String, Object> row) {
        return (List<String>) row.get("outcomes");
    }

    /** Each entry with the outcome codes its results carry (what --outcome takes), in the file's order. */
    static List<Map<String, Object>> rows(Catalogue catalogue) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DatasetEntry e : catalogue.entries()) {
            StudyDataset data = catalogue.load(e);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("family", e.family().code());
            m.put("outcomes", data.findings().stream().map(f -> f.outcome().domain().code()).distinct()
                    .collect(Collectors.toList()));
            m.put("studies", data.studies().size());
            m.put("title", e.title());
            rows.add(m);
        }
        return rows;
    }
}
