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
    void walkBackAtItsGoalCountsDaysOfThirtyMinutesAgainstFiveAWeek() {
        List<DailyRow> rows = walks(35, 35, 35, 35, 35, 0, 0, /* week 2 */ 30, 30, 20, -1, 0, 0, 0);
        PersonalProtocol walkback = PersonalProtocol.byId("walkback");
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, walkback.dose(), DateRange.of(MONDAY, MONDAY.plusDays(13)));
        assertEquals(2, weeks.size());
        assertEquals(5, weeks.get(0).sessions());
        assertEquals(1.0, weeks.get(0).adherence().getAsDouble());
        assertEquals(2, weeks.get(1).sessions());
        assertEquals(6, weeks.get(1).daysWithData());
        assertEquals(2 / 5.0, weeks.get(1).adherence().getAsDouble(), 1e-12);
        // Dose: week 1 175 of 150 min, week 2 80 of 150 min.
        assertEquals((175 / 150.0 + 80 / 150.0) / 2, Adherence.doseRatio(weeks).getAsDouble(), 1e-12);
    }

    @Test
    void walkBackRampScoresEarlyWeeksAgainstTheRampNotTheGoal() {
        // The issue's case: 7 weeks of 40-90 minutes a week in short walks, from a baseline of 35 min a week.
        double[] minutes = new double[49];
        for (int w = 0; w < 7; w++) {
            for (int d = 0; d < 7; d++) {
                minutes[w * 7 + d] = d < 5 ? 8 + w : 0; // 40 .. 70 min a week in 5 walks
            }
        }
        PersonalProtocol walkback = PersonalProtocol.byId("walkback");
        Ramp ramp = Ramp.from(35, 150, 26);
        List<WeeklyAdherence> weeks = Adherence.weekly(walks(minutes), walkback.dose(), DateRange.of(MONDAY, MONDAY.plusDays(48)),
                java.util.Optional.of(ramp));
        // Week 1: target 35 + 115/26 = 39.42 min a week, 7.88 min a walk; five walks of 8 min meet it.
        assertEquals(35 + 115 / 26.0, ramp.minutesPerWeek(1), 1e-12);
        assertEquals((35 + 115 / 26.0) / 5, weeks.get(0).minutesPerWalk().getAsDouble(), 1e-12);
        assertEquals(1.0, weeks.get(0).adherence().getAsDouble());
        assertEquals(40 / (35 + 115 / 26.0), weeks.get(0).dose().getAsDouble(), 1e-12);
        // Without the ramp every one of these weeks scored 0 % against 30 min x 5.
        List<WeeklyAdherence> flat = Adherence.weekly(walks(minutes), walkback.dose(), DateRange.of(MONDAY, MONDAY.plusDays(48)));
        assertTrue(flat.stream().allMatch(w -> w.adherence().getAsDouble() == 0));
        assertTrue(weeks.stream().allMatch(w -> w.adherence().getAsDouble() > 0));
        assertEquals(150, ramp.minutesPerWeek(26), 1e-12);
        assertEquals(150, ramp.minutesPerWeek(40), 1e-12);
        assertEquals(150, Ramp.from(400, 150, 26).minutesPerWeek(1), 1e-12, "already above the goal: the goal from week 1");
    }

    @Test
    void stepProtocolCountsDaysAtTheTarget() {
        // 4000 + 200 * 30 = 10000 meets the target; 4000 + 200 * 29 = 9800 does not.
        List<DailyRow> rows = walks(30, 29, 30, 30, 0, 0, 31);
        PersonalProtocol steps = PersonalProtocol.byId("steps-10000");
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, steps.dose(), DateRange.of(MONDAY, MONDAY.plusDays(6)));
        assertEquals(4, weeks.get(0).sessions());
        assertEquals(4 / 7.0, weeks.get(0).adherence().getAsDouble(), 1e-12);
        double meanSteps = (10000 + 9800 + 10000 + 10000 + 4000 + 4000 + 10200) / 7.0;
        assertEquals(meanSteps / 10000, Adherence.doseRatio(weeks).getAsDouble(), 1e-12);
    }

    @Test
    void partialLastWeekIsProrated() {
        List<DailyRow> rows = walks(30, 30, 30, -1, -1, -1, -1, 30, 0);
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, PersonalProtocol.byId("article-30min").dose(),
                DateRange.of(MONDAY, MONDAY.plusDays(9)));
        assertEquals(2, weeks.size());
        assertEquals(3.0, weeks.get(1).sessionsPrescribed(), 1e-12);
        assertEquals(3, weeks.get(1).days());
        assertEquals(1 / 3.0, weeks.get(1).adherence().getAsDouble(), 1e-12);
        assertEquals(30 / 90.0, weeks.get(1).dose().getAsDouble(), 1e-12);
    }

    @Test
    void aWeekWithoutDataIsNoDataInBothAdherenceAndDose() {
        // Week 1 walked 30 min daily; week 2 has no rows; week 3 has rows with steps but no walking minutes.
        List<DailyRow> rows = new ArrayList<>(walks(30, 30, 30, 30, 30, 30, 30));
        for (int i = 14; i < 21; i++) {
            rows.add(DailyRow.of(MONDAY.plusDays(i), Map.of(DailyMeasure.STEPS, 5000.0), "test"));
        }
        List<WeeklyAdherence> weeks = Adherence.weekly(rows, PersonalProtocol.byId("article-30min").dose(),
                DateRange.of(MONDAY, MONDAY.plusDays(20)));
        assertEquals(3, weeks.size());
        assertFalse(weeks.get(1).hasData());
        assertTrue(weeks.get(1).adherence().isEmpty() && weeks.get(1).dose().isEmpty());
        assertFalse(weeks.get(2).hasData(), "steps are not the minutes this protocol counts");
        assertEquals(1.0, Adherence.meanAdherence(weeks).getAsDouble(), 1e-12);
        assertEquals(1.0, Adherence.doseRatio(weeks).getAsDouble(), 1e-12);
    }

    @Test
    void shippedProtocolsAreTheFourOfTheIssue() {
        assertEquals(List.of("walkback", "steps-10000", "brisk-daily", "article-30min"),
                PersonalProtocol.shipped().stream().map(PersonalProtocol::id).toList());
        assertEquals(150, PersonalProtocol.byId("walkback").dose().minutesPerWeek().getAsDouble());
        assertThrows(IllegalArgumentException.class, () -> PersonalProtocol.byId("nope"));
    }
}
