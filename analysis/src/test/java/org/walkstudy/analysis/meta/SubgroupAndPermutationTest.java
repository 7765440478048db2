package org.walkstudy.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubgroupAndPermutationTest {
    private static final double[] Y = {0.10, 0.35, -0.20, 0.62, 0.05, 0.41, -0.33, 0.18, 0.90, 0.75};
    private static final double[] V = {0.04, 0.09, 0.02, 0.12, 0.05, 0.07, 0.03, 0.06, 0.05, 0.04};
    private static final List<String> GROUPS = List.of("a", "a", "a", "b", "a", "b", "a", "a", "b", "b");

    private static double[] select(double[] values, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = values[idx[i]];
        }
        return out;
    }

    @Test
    void commonEffectQBetweenEqualsTheModeratorTest() {
        ModelOptions fe = ModelOptions.of(Tau2Estimator.FE, TestStatistic.Z, 95);
        SubgroupAnalysis groups = SubgroupAnalysis.analyse(GROUPS,
                idx -> RandomEffectsModel.fit(select(Y, idx), select(V, idx), Moderators.none(), fe));
        double[] isB = GROUPS.stream().mapToDouble(g -> g.equals("b") ? 1 : 0).toArray();
        MetaFit regression = RandomEffectsModel.fit(Y, V, Moderators.of(List.of("b"), List.of(isB)), fe);
        assertEquals(regression.qm(), groups.qBetween(), 1e-10);
        assertEquals(1, groups.qBetweenDf());
        assertEquals(List.of("a", "b"), groups.subgroups().stream().map(SubgroupAnalysis.Subgroup::name).toList());
        assertEquals(6, groups.subgroups().get(0).fit().k());
    }

    @Test
    void permutationTestIsReproducibleAndDetectsAStrongModerator() {
        int k = 40;
        Random random = new Random(7);
        double[] y = new double[k];
        double[] v = new double[k];
        double[] x = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = random.nextDouble();
            v[i] = 0.02 + 0.05 * random.nextDouble();
            y[i] = 0.8 * x[i] + random.nextGaussian() * Math.sqrt(v[i] + 0.01);
        }
        Moderators mods = Moderators.of(List.of("x"), List.of(x));
        PermutationTest first = PermutationTest.run(y, v, mods, ModelOptions.defaults(), 200, 11);
        PermutationTest again = PermutationTest.run(y, v, mods, ModelOptions.defaults(), 200, 11);
        assertEquals(first.qmPval(), again.qmPval());
        assertArrayEquals(first.coefficientPvals(), again.coefficientPvals());
        assertTrue(first.qmPval() <= 0.02, "strong moderator: " + first.qmPval());
        assertTrue(first.qmPval() >= 1.0 / 200, "observed fit counts as one permutation");

        double[] noise = new double[k];
        for (int i = 0; i < k; i++) {
            noise[i] = random.nextGaussian();
        }
        PermutationTest none = PermutationTest.run(y, v, Moderators.of(List.of("noise"), List.of(noise)),
                ModelOptions.defaults(), 200, 11);
        MetaFit fit = RandomEffectsModel.fit(y, v, Moderators.of(List.of("noise"), List.of(noise)),
                ModelOptions.defaults());
        assertEquals(fit.qmPval(), none.qmPval(), 0.15, "permutation and asymptotic p agree roughly");
    }
}
