package org.walkstudy.analysis.personal.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.walkstudy.analysis.personal.DailyMeasure;
import org.walkstudy.analysis.personal.DailyRow;
import org.walkstudy.analysis.personal.DailyTable;

import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.selection.Selection;

/**
 * One measure of the daily table over a span of calendar days, every day present (missing where the table has
 * no value), with Tablesaw's column operations doing the summaries: weekly and monthly roll-ups with their data
 * coverage, and a rolling mean.
 *
 * <p>Only Tablesaw's columns are used, never its {@code Table}: {@code Table}'s class initialisation scans the
 * whole class path for readers (ClassGraph), which costs seconds on walkstudy's jar (BENCHMARKS.md); the
 * columns load in a fraction of that and only in the commands that summarise (compare, report).
 */
public final class DailySeries {
    private final DailyMeasure measure;
    private final DateColumn dates;
    private final DoubleColumn values;

    private DailySeries(DailyMeasure measure, DateColumn dates, DoubleColumn values) {
        this.measure = measure;
        this.dates = dates;
        this.values = values;
    }

    /** A roll-up: the days from {@code from} to {@code to}, how many have a value, their sum and mean (empty without values). */
    public record Bucket(LocalDate from, LocalDate to, int days, int daysWithData, OptionalDouble sum, OptionalDouble mean) {
        public Bucket {
            if (from == null || to == null || to.isBefore(from) || days < 1 || daysWithData < 0 || daysWithData > days) {
                throw new IllegalArgumentException("a bucket needs from <= to and 0 <= days with data <= days");
            }
            if ((daysWithData == 0) != sum.isEmpty() || sum.isEmpty() != mean.isEmpty()) {
                throw new IllegalArgumentException("sum and mean are known exactly when some day has data");
            }
        }

        /** The share of the bucket's days with a value (0..1). */
        public double coverage() {
            return daysWithData / (double) days;
        }
    }

    /** The measure on every day of {@code span} (inclusive), missing where {@code table} has no value. */
    public static DailySeries of(DailyTable table, DailyMeasure measure, DateRange span) {
        if (table == null || measure == null || span == null) {
            throw new IllegalArgumentException("table, measure and span must be given");
        }
        TreeMap<LocalDate, Double> known = new TreeMap<>();
        for (DailyRow r : table.rows()) {
            if (span.contains(r.date())) {
                r.value(measure).ifPresent(v -> known.put(r.date(), v));
            }
        }
        DateColumn dates = DateColumn.create("date");
        DoubleColumn values = DoubleColumn.create(measure.column());
        for (LocalDate d = span.from(); !d.isAfter(span.to()); d = d.plusDays(1)) {
            dates.append(d);
            Double v = known.get(d);
            if (v == null) {
                values.appendMissing();
            } else {
                values.append(v);
            }
        }
        return new DailySeries(measure, dates, values);
    }

    public DailyMeasure measure() {
        return measure;
    }

    public LocalDate first() {
        return dates.get(0);
    }

    public LocalDate last() {
        return dates.get(dates.size() - 1);
    }

    /** Days with a value. */
    public NavigableMap<LocalDate, Double> known() {
        NavigableMap<LocalDate, Double> out = new TreeMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (!values.isMissing(i)) {
                out.put(dates.get(i), values.get(i));
            }
        }
        return out;
    }

    /**
     * Weeks of 7 days in step with {@code anchor} (the period's first day, so these weeks are the adherence
     * weeks); the first and last may be cut by the span.
     */
    public List<Bucket> weekly(LocalDate anchor) {
        long shift = Math.floorMod(ChronoUnit.DAYS.between(anchor, first()), 7);
        IntColumn week = dates.timeWindow(ChronoUnit.DAYS, 7, first().minusDays(shift));
        List<Bucket> out = new ArrayList<>();
        for (int k = week.getInt(0); k <= week.getInt(week.size() - 1); k++) {
            out.add(bucket(week.isEqualTo(k)));
        }
        return out;
    }

    /** Calendar months; the first and last may be cut by the span. */
    public List<Bucket> monthly() {
        StringColumn month = dates.yearMonth();
        List<Bucket> out = new ArrayList<>();
        for (String m : month.unique().asList().stream().sorted().toList()) {
            out.add(bucket(month.isEqualTo(m)));
        }
        return out;
    }

    /**
     * The trailing rolling mean: for each day with a value, the mean of the values in the {@code window} days
     * ending that day, given at least half of those days have one.
     */
    public NavigableMap<LocalDate, Double> rollingMean(int window) {
        NavigableMap<LocalDate, Double> out = new TreeMap<>();
        if (window < 1) {
            return out;
        }
        DoubleColumn sum = (DoubleColumn) values.rolling(window).calc(AggregateFunctions.sum);
        DoubleColumn count = (DoubleColumn) values.rolling(window).calc(AggregateFunctions.countNonMissing);
        for (int i = 0; i < values.size(); i++) {
            // Rows before the first full window are missing in Tablesaw's rolling columns: count them here.
            double n = i + 1 < window ? countKnown(0, i) : count.getDouble(i);
            double s = i + 1 < window ? sumKnown(0, i) : sum.getDouble(i);
            if (!values.isMissing(i) && n * 2 >= window) {
                out.put(dates.get(i), s / n);
            }
        }
        return out;
    }

    private double countKnown(int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += values.isMissing(i) ? 0 : 1;
        }
        return n;
    }

    private double sumKnown(int from, int to) {
        double s = 0;
        for (int i = from; i <= to; i++) {
            s += values.isMissing(i) ? 0 : values.getDouble(i);
        }
        return s;
    }

    private Bucket bucket(Selection rows) {
        DoubleColumn in = values.where(rows);
        DateColumn when = dates.where(rows);
        int withData = in.size() - in.countMissing();
        return new Bucket(when.min(), when.max(), in.size(), withData,
                withData == 0 ? OptionalDouble.empty() : OptionalDouble.of(in.sum()),
                withData == 0 ? OptionalDouble.empty() : OptionalDouble.of(in.mean()));
    }
}
