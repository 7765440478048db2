package org.walkstudy.cli.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.walkstudy.analysis.input.MetaInput;
import org.walkstudy.analysis.input.MetaInputCsv;
import org.walkstudy.analysis.run.MetaAnalysis;
import org.walkstudy.analysis.run.MetaRequest;

/**
 * A reference case of R metafor (copied from /work/shared/reference/metafor into
 * src/test/resources/charts/CASE/): the study table and metafor's results, turned into chart input.
 */
record MetaforCase(String name, List<Map<String, String>> table, JsonNode expected) {

    static MetaforCase load(String name) {
        try (InputStream csv = MetaforCase.class.getResourceAsStream("/charts/" + name + "/input.csv");
             InputStream json = MetaforCase.class.getResourceAsStream("/charts/" + name + "/expected.json")) {
            if (csv == null || json == null) {
                throw new IllegalArgumentException("no chart fixture " + name);
            }
            List<String> lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            String[] header = lines.get(0).split(",");
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return new MetaforCase(name, rows, new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String measure() {
        return expected.get("measure").asText();
    }

    boolean ratio() {
        return List.of("RR", "OR", "HR", "ROM", "IRR").contains(measure());
    }

    String measureName() {
        return switch (measure()) {
            case "RR" -> "Risk ratio";
            case "OR" -> "Odds ratio";
            case "RD" -> "Risk difference";
            case "MD" -> "Mean difference";
            case "SMD" -> "Standardised mean difference";
            case "ROM" -> "Ratio of means";
            default -> "Effect size";
        };
    }

    int level() {
        return expected.get("level").asInt();
    }

    double z() {
        return switch (level()) {
            case 90 -> 1.6448536269514722;
            case 99 -> 2.5758293035489004;
            default -> 1.959963984540054;
        };
    }

    List<String> labels() {
        return table.stream().map(r -> r.get("study").replace('_', ' ')).toList();
    }

    JsonNode studies() {
        return expected.get("studies");
    }

    double yi(int i) {
        return studies().get(i).get("yi").asDouble();
    }

    double se(int i) {
        return Math.sqrt(studies().get(i).get("vi").asDouble());
    }

    double weight(int i) {
        return studies().get(i).get("weight").asDouble();
    }

    double num(String key) {
        JsonNode n = expected.get(key);
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }

    /**
     * The production adapter over the engine's result for this case (equal to metafor's expected.json to 1e-6,
     * MetaforReferenceCasesTest): the charts a user gets from the same input.
     */
    MetaCharts charts(boolean lowerIsBetter) {
        try (InputStream csv = MetaforCase.class.getResourceAsStream("/charts/" + name + "/input.csv")) {
            String text = new String(csv.readAllBytes(), StandardCharsets.UTF_8);
            int at = name.indexOf("_mods_");
            List<String> mods = at < 0 ? List.of() : List.of(name.substring(at + "_mods_".length()));
            MetaRequest request = MetaRequest.of(Path.of(name, "input.csv"), measure(),
                    expected.get("method").asText(), expected.get("test").asText(), expected.get("level").asDouble(),
                    mods).toBuilder().bias(true).sensitivity(true).build();
            MetaInput input = MetaInputCsv.parse(name, text, request.measure(), request.moderators(), null);
            return MetaCharts.of(MetaAnalysis.analyse(request, input), name, lowerIsBetter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ForestPlot.Row> forestRows() {
        return charts(true).rows();
    }

    ForestPlot.Pooled pooled() {
        return charts(true).pooled();
    }

    /** The full forest plot input of this case. */
    ForestPlot.Input forest(boolean lowerIsBetter) {
        return charts(lowerIsBetter).forest(false);
    }

    double[] array(String group, String key) {
        JsonNode a = expected.get(group).get(key);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
