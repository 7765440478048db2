package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A daily CSV written by walkstudy reads back to the same table. */
class DailyTablePropertyTest {
    @Provide
    Arbitrary<DailyTable> tables() {
        // Values with at most three decimals: the CSV keeps three, below any device's resolution.
        Arbitrary<Double> value = Arbitraries.longs().between(0, 100_000_000L).map(thousandths -> thousandths / 1000.0);
        Arbitrary<Map<DailyMeasure, Double>> values = Arbitraries.maps(
                Arbitraries.of(DailyMeasure.class).filter(m -> m != DailyMeasure.BACK_PAIN), value).ofMaxSize(8);
        Arbitrary<Integer> backPain = Arbitraries.integers().between(-2, 3); // -2: not recorded (-1 is "unspecified")
        // Source names as devices write them: letters, digits, spaces, commas, quotes, apostrophes.
        Arbitrary<String> sources = Arbitraries.strings().withChars("abcXYZ019 ,'\"()-").ofMaxLength(30);
        Arbitrary<DailyRow> row = Combinators.combine(Arbitraries.integers().between(0, 3650), values, backPain, sources)
                .as((day, v, pain, s) -> {
                    Map<DailyMeasure, Double> all = new EnumMap<>(DailyMeasure.class);
                    all.putAll(v);
                    if (pain >= -1) {
                        all.put(DailyMeasure.BACK_PAIN, pain.doubleValue());
                    }
                    return DailyRow.of(LocalDate.of(2020, 1, 1).plusDays(day), all, s);
                });
        return row.list().ofMinSize(1).ofMaxSize(40).uniqueElements(DailyRow::date).map(DailyTable::of);
    }

    @Property(tries = 200)
    void writtenCsvReadsBackToTheSameTable(@ForAll("tables") DailyTable table) throws IOException {
        StringBuilder csv = new StringBuilder();
        table.writeCsv(csv);
        DailyTable back = DailyTable.read(new StringReader(csv.toString()), "daily.csv");
        assertEquals(table.rows(), back.rows(), csv.toString());
    }

    @Property(tries = 50)
    void readingIsStableAcrossTwoRoundTrips(@ForAll("tables") DailyTable table) throws IOException {
        StringBuilder first = new StringBuilder();
        table.writeCsv(first);
        StringBuilder second = new StringBuilder();
        DailyTable.read(new StringReader(first.toString()), "daily.csv").writeCsv(second);
        assertEquals(first.toString(), second.toString());
    }

    /** The shortcuts (whole numbers, plain decimals rounded on their digits) write what BigDecimal's rounding writes. */
    @Property
    void wholeNumbersAreWrittenAsTheRoundingWritesThem(@ForAll @net.jqwik.api.constraints.LongRange(min = -999_999_999_999_999L,
            max = 999_999_999_999_999L) long whole, @ForAll double any) {
        for (double v : new double[] {whole, any, whole / 1000.0, whole / 10_000.0, whole / 7.0, whole / 1e9, -0.0, 9.9995,
                -9.9995, 0.0005, -0.0005, -0.0004, 12.0995}) {
            if (Double.isFinite(v)) {
                assertEquals(java.math.BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                        .toPlainString(), DailyTable.format(v));
            }
        }
    }
}
