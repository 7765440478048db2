package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.datasets.Catalogue;
import org.walkstudy.datasets.csv.StudyCsvReader;
import org.walkstudy.datasets.csv.StudyDataset;

class DatasetChartsTest {
    private static final String HEADER_FIXTURE = "/studies/two-trials.csv";

    /** k SYNTHETIC two-arm trials on one instrument (a test fixture, not data). */
    private static StudyDataset synthetic(Path dir, int k) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(DatasetChartsTest.class.getResource(HEADER_FIXTURE).toURI()));
        StringBuilder csv = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i <= k; i++) {
            csv.append(lines.get(1).replace("Synthetic_T1", "Synthetic_T" + i).replace(",40,3.0,", "," + (30 + i) + ",3.0,"))
                    .append('\n');
        }
        Path file = dir.resolve("synthetic-" + k + ".csv");
        Files.writeString(file, csv);
        return StudyCsvReader.read(file);
    }

    @Test
    void aFunnelNeedsTenIndependentPrimaryStudies(@TempDir Path dir) throws Exception {
        DatasetCharts nine = DatasetCharts.of(synthetic(dir, 9), OutcomeDomain.PAIN, null, "nine");
        assertEquals(9, nine.independentPrimaryStudies());
        String why = nine.whyNoFunnel().orElseThrow();
        assertTrue(why.contains("9 independent primary studies") && why.contains("13.3.5.4"), why);
        assertThrows(IllegalArgumentException.class, () -> nine.funnel(true));
        DatasetCharts ten = DatasetCharts.of(synthetic(dir, 10), OutcomeDomain.PAIN, null, "ten");
        assertTrue(ten.whyNoFunnel().isEmpty());
        assertEquals(10, ten.funnel(true).studies().size());
    }

    @Test
    void reviewsAreNotIndependentPrimaryStudies() {
        Catalogue catalogue = Catalogue.bundled();
        DatasetCharts reviews = DatasetCharts.of(catalogue.load(catalogue.entry("lbp-reviews").orElseThrow()),
                OutcomeDomain.PAIN, null, "reviews");
        assertEquals(0, reviews.independentPrimaryStudies());
        assertTrue(reviews.whyNoFunnel().orElseThrow().startsWith("No funnel plot: 0 independent"));
    }

    @Test
    void labelsNeverRepeatAndComparatorsAreShort() {
        Catalogue catalogue = Catalogue.bundled();
        for (var entry : catalogue.entries()) {
            StudyDataset data = catalogue.load(entry);
            for (OutcomeDomain d : data.findings().stream().map(f -> f.outcome().domain()).distinct().toList()) {
                DatasetCharts charts;
                try {
                    charts = DatasetCharts.of(data, d, null, entry.title());
                } catch (IllegalArgumentException nothingToDraw) {
                    continue;
                }
                List<String> labels = charts.forest().subgroups().stream().flatMap(g -> g.rows().stream())
                        .map(ForestPlot.Row::label).toList();
                assertEquals(labels.size(), labels.stream().distinct().count(), entry.id() + " " + d + ": " + labels);
                labels.forEach(l -> assertTrue(l.length() <= 140, "no garbage label widening the image: " + l));
            }
        }
        assertEquals("minimal/no intervention", DatasetCharts.comparator("Walking/running vs minimal/no intervention"));
        assertTrue(DatasetCharts.comparator("a vs " + "very long comparator words ".repeat(5)).endsWith("..."));
    }
}
