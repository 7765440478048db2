package org.walkstudy.analysis.benchmark;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.PermutationTest;
import org.walkstudy.analysis.meta.RandomEffectsModel;

/** REML fits at k = 20, 1,000, 3,000, 100,000 and a 1,000-permutation test of a meta-regression at k = 40. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetaAnalysisBenchmark {

    /** Seeded synthetic data: tau^2 = 0.1, variances 0.01 to 0.5. */
    @State(Scope.Benchmark)
    public static class RemlData {
        @Param({"20", "1000", "3000", "100000"})
        public int k;
        double[] yi;
        double[] vi;

        @Setup
        public void setUp() {
            Random random = new Random(2024);
            yi = new double[k];
            vi = new double[k];
            for (int i = 0; i < k; i++) {
                vi[i] = 0.01 + 0.49 * random.nextDouble();
                yi[i] = 0.3 + random.nextGaussian() * Math.sqrt(vi[i] + 0.1);
            }
        }
    }

    /** k = 40 with one moderator. */
    @State(Scope.Benchmark)
    public static class RegressionData {
        double[] yi;
        double[] vi;
        Moderators moderators;

        @Setup
        public void setUp() {
            int k = 40;
            Random random = new Random(40);
            yi = new double[k];
            vi = new double[k];
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = random.nextDouble();
                vi[i] = 0.01 + 0.2 * random.nextDouble();
                yi[i] = 0.2 + 0.4 * x[i] + random.nextGaussian() * Math.sqrt(vi[i] + 0.05);
            }
            moderators = Moderators.of(List.of("x"), List.of(x));
        }
    }

    @Benchmark
    public MetaFit remlFit(RemlData data) {
        return RandomEffectsModel.fit(data.yi, data.vi, Moderators.none(), ModelOptions.defaults());
    }

    @Benchmark
    public PermutationTest permutationTest1000AtK40(RegressionData data) {
        return PermutationTest.run(data.yi, data.vi, data.moderators, ModelOptions.defaults(), 1000, 1);
    }
}
