package org.walkstudy.cli.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Arm data columns as RevMan shows them, from the input table's metafor columns. */
    List<String> armHeaders() {
        Map<String, String> r = table.get(0);
        if (r.containsKey("ai")) {
            return List.of("Walking\nEvents", "Walking\nTotal", "Control\nEvents", "Control\nTotal");
        }
        if (r.containsKey("m1i")) {
            return List.of("Walking\nMean", "Walking\nSD", "Walking\nTotal", "Control\nMean", "Control\nSD", "Control\nTotal");
        }
        return List.of();
    }

    List<String> armColumns(int i) {
        Map<String, String> r = table.get(i);
        if (r.containsKey("ai")) {
            long a = Long.parseLong(r.get("ai"));
            long b = Long.parseLong(r.get("bi"));
            long c = Long.parseLong(r.get("ci"));
            long d = Long.parseLong(r.get("di"));
            return List.of(Long.toString(a), Long.toString(a + b), Long.toString(c), Long.toString(c + d));
        }
        if (r.containsKey("m1i")) {
            return List.of(r.get("m1i"), r.get("sd1i"), r.get("n1i"), r.get("m2i"), r.get("sd2i"), r.get("n2i"));
        }
        return List.of();
    }

    String model() {
        String method = expected.get("method").asText();
        String test = expected.get("test").asText().equals("knha") ? "Knapp-Hartung t test" : "z test";
        return switch (method) {
            case "FE" -> "Common-effect model (inverse variance), " + test;
            case "MH" -> "Common-effect model (Mantel-Haenszel), " + test;
            case "PETO" -> "Common-effect model (Peto), " + test;
            default -> "Random-effects model, tau\u00b2 by " + method + ", " + test;
        };
    }

    boolean fixed() {
        return List.of("FE", "MH", "PETO").contains(expected.get("method").asText());
    }

    List<ForestPlot.Row> forestRows() {
        List<ForestPlot.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            double z = z() * se(i);
            rows.add(new ForestPlot.Row(labels().get(i), armColumns(i), yi(i), yi(i) - z, yi(i) + z, weight(i)));
        }
        return rows;
    }

    ForestPlot.Pooled pooled() {
        String label = fixed() ? "Common-effect model" : "Random-effects model";
        double pl = num("pi_lb");
        double pu = num("pi_ub");
        if (fixed()) {
            pl = Double.NaN;
            pu = Double.NaN;
        }
        return new ForestPlot.Pooled(label, num("estimate"), num("ci_lb"), num("ci_ub"), pl, pu);
    }

    ForestPlot.Heterogeneity heterogeneity() {
        return new ForestPlot.Heterogeneity(fixed() ? Double.NaN : num("tau2"), num("I2"), num("Q"), num("Q_df"), num("Q_pval"));
    }

    /** The full forest plot input of this case. */
    ForestPlot.Input forest(boolean lowerIsBetter) {
        return ForestPlot.Input.of(measure(), measureName(), ratio(), forestRows(), List.of(pooled()))
                .withTitle(name)
                .withLevel(level())
                .withArmHeaders(armHeaders())
                .withHeterogeneity(heterogeneity())
                .withModel(model())
                .withDirection(ForestPlot.Direction.of(lowerIsBetter))
                .withNotes(List.of(String.format(Locale.ROOT, "Test for overall effect: %s = %.2f (%s)",
                        expected.get("test").asText().equals("knha") ? "t" : "z", num("stat"), Style.p(num("pval")))));
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
