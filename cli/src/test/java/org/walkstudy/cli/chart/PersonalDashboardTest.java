package org.walkstudy.cli.chart;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;
import org.walkstudy.analysis.personal.compare.ComparisonReport;
import org.walkstudy.analysis.personal.compare.PersonalComparison;
import org.walkstudy.analysis.personal.compare.PersonalOutcome;
import org.walkstudy.analysis.personal.compare.PersonalProtocol;

/** What the person's chart shows, read from its texts. */
class PersonalDashboardTest {
    static final Path FIXTURES = Path.of("..", "analysis", "src", "test", "resources", "org", "walkstudy", "analysis",
            "personal", "compare");

    static List<String> texts(DailyTable t, String protocol) {
        ComparisonReport r = PersonalComparison.compare(t, PersonalProtocol.byId(protocol), PersonalProtocol.byId(protocol)
                .defaultOutcome(), Optional.empty(), Optional.empty(), 1);
        return PersonalDashboard.render(PersonalCharts.dashboard(t, r, "test")).texts().stream().map(TextBox::text).toList();
    }

    @Test
    void showsTheOutcomeTheWhoLineCoverageAndTheOwnChangeApart() {
        List<String> texts = texts(DailyTable.read(FIXTURES.resolve("synthetic-21-days.csv")), "walkback");
        assertTrue(texts.contains("WHO: 150 min a week"));
        assertTrue(texts.contains("Minutes per walk (a day = one walk)"), "the per-walk target sits on a per-walk axis");
        assertTrue(texts.contains("target per walk (ramped, see note)"));
        assertTrue(texts.contains("days with walk_minutes (of 7)"));
        assertTrue(texts.contains("Pain, points (0-10)"));
        assertTrue(texts.contains("Your own change (not a trial's effect)"));
        assertTrue(texts.contains("Pain against same-day walking"));
        assertTrue(texts.contains("Pain against walking the day before"));
        assertTrue(texts.stream().anyMatch(s -> s.startsWith("A bad day may cause less walking")));
    }

    @Test
    void withoutTheOutcomeTheChartSaysSoAndDrawsWalkingOnly() {
        List<String> texts = texts(DailyTable.read(FIXTURES.resolve("synthetic-no-outcome.csv")), "walkback");
        assertTrue(texts.contains("No pain_0_10 in the data: the outcome is not drawn."));
        assertFalse(texts.contains("Your own change (not a trial's effect)"));
        assertTrue(texts.contains("WHO: 150 min a week"));
    }

    @Test
    void longHistoriesRollUpByMonth() {
        List<DailyRow> rows = new ArrayList<>();
        LocalDate d0 = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 500; i++) {
            rows.add(DailyRow.of(d0.plusDays(i), Map.of(DailyMeasure.WALK_MINUTES, 20.0 + i % 15), "test"));
        }
        List<String> texts = texts(DailyTable.of(rows), "article-30min");
        assertTrue(texts.contains("Minutes a week (by month)"));
        assertTrue(texts.contains("each month, as minutes a week"));
        assertTrue(texts.contains("28-day mean"));
    }
}
