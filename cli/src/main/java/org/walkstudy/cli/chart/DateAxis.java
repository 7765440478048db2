package org.walkstudy.cli.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Ticks of a date axis: days or weeks for short spans, months (every n-th, so labels never collide) for long ones. */
final class DateAxis {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private DateAxis() {
    }

    /** Adds the tick positions (px) and labels of the days {@code first..last}, day 0 being {@code origin}. */
    static void ticks(LocalDate first, LocalDate last, double panelW, LocalDate origin, Scale x,
                                  List<Double> px, List<String> labels) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        double pxPerDay = panelW / days;
        if (days > 120 || pxPerDay * 28 < 70) {
            // months, every n-th so labels do not collide
            int every = (int) Math.ceil(70 / (pxPerDay * 30.4));
            LocalDate m = first.withDayOfMonth(1);
            if (m.isBefore(first)) {
                m = m.plusMonths(1);
            }
            for (int i = 0; !m.isAfter(last); m = m.plusMonths(1), i++) {
                if (i % every == 0) {
                    px.add(x.px(ChronoUnit.DAYS.between(origin, m)));
                    labels.add(px.size() == 1 || m.getMonthValue() == 1 ? MONTH.format(m) : MONTH_ONLY.format(m));
                }
            }
        } else {
            int step = pxPerDay * 7 >= 50 ? 7 : 14;
            if (pxPerDay >= 50) {
                step = 1;
            } else if (pxPerDay * 2 >= 50 && step == 7 && days <= 21) {
                step = 2;
            }
            LocalDate d = first;
            if (step >= 7) {
                while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
                    d = d.plusDays(1);
                }
            }
            for (; !d.isAfter(last); d = d.plusDays(step)) {
                px.add(x.px(ChronoUnit.DAYS.between(origin, d) + 0.5));
                labels.add(DAY.format(d));
            }
        }
    }
}
