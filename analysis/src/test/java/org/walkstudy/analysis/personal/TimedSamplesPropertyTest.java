package org.walkstudy.analysis.personal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sample order the resolution relies on: kind, source, start, end, value, then the order of adding (so
 * the first of two exact duplicates stays first), whether a reader added its samples in time order or not.
 */
class TimedSamplesPropertyTest {
    record Sample(int measure, int source, long start, int seconds, double value) {
    }

    @Provide
    Arbitrary<List<Sample>> samples() {
        Arbitrary<Sample> one = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(0, 40), Arbitraries.integers().between(0, 3), Arbitraries.of(0.0, 1.0, 2.5))
                .as(Sample::new);
        // Either shuffled, or in time order within each kind and source (as most readers add them).
        return Arbitraries.oneOf(one.list().ofMaxSize(60),
                one.list().ofMaxSize(60).map(l -> l.stream().sorted(Comparator.comparingLong(Sample::start)).toList()));
    }

    @Property
    void sortedOrdersByKindSourceStartEndValueThenInsertion(@ForAll("samples") List<Sample> list) {
        TimedSamples store = new TimedSamples();
        for (Sample s : list) {
            store.add(s.measure(), s.source(), s.start(), s.start() + s.seconds(), 0, s.value(), (byte) 0);
        }
        int[] expected = IntStream.range(0, list.size()).boxed().sorted(Comparator
                .<Integer>comparingInt(i -> list.get(i).measure())
                .thenComparingInt(i -> list.get(i).source())
                .thenComparingLong(i -> list.get(i).start())
                .thenComparingInt(i -> list.get(i).seconds())
                .thenComparingDouble(i -> list.get(i).value())
                .thenComparingInt(i -> i)).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, store.sorted());
    }
}
