package org.walkstudy.analysis.personal.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;

class AdherenceTest {
    static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

    static List<DailyRow> walks(double... minutes) {
        List<DailyRow> rows = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            if (minutes[i] >= 0) {
                rows.add(DailyRow.of(MONDAY.plusDays(i), Map.of(DailyMeasure.WALK_MINUTES, minutes[i],
                        DailyMeasure.STEPS, 4000 + 200 * minutes[i]), "test"));
            }
        }
        return rows;
    }

    @Test
    void walkBackCountsDaysOfThirtyMinutesAgainstFiveAWeek() {
        List<DailyRow> rows = walks(35, 35, 35, 35, 35, 0, 0, /* week 2 */ 30, 30, 20, -1, 0, 0, 0);
        PersonalProtocol walkback = PersonalProtocol.byId("walkback");
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, walkback.dose(), DateRange.of(MONDAY, MONDAY.plusDays(13)));
        assertEquals(2, weeks.size());
        assertEquals(5, weeks.get(0).sessions());
        assertEquals(1.0, weeks.get(0).adherence());
        assertEquals(2, weeks.get(1).sessions());
        assertEquals(6, weeks.get(1).daysWithData());
        assertEquals(2 / 5.0, weeks.get(1).adherence(), 1e-12);
        // Dose: week 1 175 of 150 min, week 2 80 of 150 min.
        assertEquals((175 / 150.0 + 80 / 150.0) / 2, Adherence.doseRatio(weeks, walkback.dose()).getAsDouble(), 1e-12);
    }

    @Test
    void stepProtocolCountsDaysAtTheTarget() {
        // 4000 + 200 * 30 = 10000 meets the target; 4000 + 200 * 29 = 9800 does not.
        List<DailyRow> rows = walks(30, 29, 30, 30, 0, 0, 31);
        PersonalProtocol steps = PersonalProtocol.byId("steps-10000");
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, steps.dose(), DateRange.of(MONDAY, MONDAY.plusDays(6)));
        assertEquals(4, weeks.get(0).sessions());
        assertEquals(4 / 7.0, weeks.get(0).adherence(), 1e-12);
        double meanSteps = (10000 + 9800 + 10000 + 10000 + 4000 + 4000 + 10200) / 7.0;
        assertEquals(meanSteps / 10000, Adherence.doseRatio(weeks, steps.dose()).getAsDouble(), 1e-12);
    }

    @Test
    void partialLastWeekIsProrated() {
        List<DailyRow> rows = walks(30, 30, 30);
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, PersonalProtocol.byId("article-30min").dose(),
                DateRange.of(MONDAY, MONDAY.plusDays(9)));
        assertEquals(2, weeks.size());
        assertEquals(3.0, weeks.get(1).sessionsPrescribed(), 1e-12);
        assertEquals(0, weeks.get(1).adherence());
    }

    @Test
    void shippedProtocolsAreTheFourOfTheIssue() {
        assertEquals(List.of("walkback", "steps-10000", "brisk-daily", "article-30min"),
                PersonalProtocol.shipped().stream().map(PersonalProtocol::id).toList());
        assertEquals(150, PersonalProtocol.byId("walkback").dose().minutesPerWeek().getAsDouble());
        assertThrows(IllegalArgumentException.class, () -> PersonalProtocol.byId("nope"));
    }
}
