package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.walkstudy.analysis.effectsize.EffectSize;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of every pooled fit, for every tau^2 estimator, on random sets of 1 to 30 studies. */
class RandomEffectsModelPropertyTest {
    @Provide
    Arbitrary<List<EffectSize>> studies() {
        Arbitrary<EffectSize> study = Combinators.combine(
                Arbitraries.doubles().between(-3, 3), Arbitraries.doubles().between(0.001, 2).ofScale(6))
                .as((yi, vi) -> EffectSize.of("s", yi, vi));
        return study.list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Tau2Estimator> estimators() {
        return Arbitraries.of(Tau2Estimator.class);
    }

    private static MetaFit fit(List<EffectSize> effects, Tau2Estimator estimator) {
        return RandomEffectsModel.fit(effects, ModelOptions.of(estimator, TestStatistic.Z, 95));
    }

    @Property(tries = 200)
    void pooledResultsDoNotDependOnStudyOrder(@ForAll("studies") List<EffectSize> effects,
            @ForAll("estimators") Tau2Estimator estimator, @ForAll long seed) {
        List<EffectSize> shuffled = new ArrayList<>(effects);
        Collections.shuffle(shuffled, new Random(seed));
        MetaFit inOrder = fit(effects, estimator);
        MetaFit reordered = fit(shuffled, estimator);
        double scale = 1 + Math.abs(inOrder.estimate());
        assertEquals(inOrder.estimate(), reordered.estimate(), 1e-8 * scale);
        assertEquals(inOrder.se(), reordered.se(), 1e-8 * inOrder.se());
        // iterative estimators stop at a tolerance, so the order of summation may move tau^2 in the last digits
        assertEquals(inOrder.tau2(), reordered.tau2(), 1e-7 * (1 + inOrder.tau2()));
        assertEquals(inOrder.heterogeneity().q(), reordered.heterogeneity().q(), 1e-8 * (1 + inOrder.heterogeneity().q()));
    }

    @Property(tries = 200)
    void commonEffectEstimateLiesBetweenTheSmallestAndLargestEstimate(@ForAll("studies") List<EffectSize> effects) {
        double estimate = fit(effects, Tau2Estimator.FE).estimate();
        double min = effects.stream().mapToDouble(EffectSize::yi).min().orElseThrow();
        double max = effects.stream().mapToDouble(EffectSize::yi).max().orElseThrow();
        assertTrue(estimate >= min - 1e-12 && estimate <= max + 1e-12, estimate + " outside [" + min + ", " + max + "]");
    }

    @Property(tries = 200)
    void heterogeneityIsInRangeAndWeightsSumTo100(@ForAll("studies") List<EffectSize> effects,
            @ForAll("estimators") Tau2Estimator estimator) {
        MetaFit fit = fit(effects, estimator);
        assertTrue(fit.tau2() >= 0, "tau^2 = " + fit.tau2());
        double i2 = fit.heterogeneity().i2();
        assertTrue(i2 >= 0 && i2 <= 100, "I^2 = " + i2);
        assertEquals(100, Arrays.stream(fit.weights()).sum(), 1e-9);
        assertTrue(Arrays.stream(fit.weights()).allMatch(w -> w >= 0), Arrays.toString(fit.weights()));
    }
}
