package org.walkstudy.analysis.bias;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.walkstudy.analysis.meta.MetaFit;
import org.walkstudy.analysis.meta.ModelOptions;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.analysis.meta.RandomEffectsModel;
import org.walkstudy.analysis.meta.TestStatistic;

/**
 * Trim-and-fill with the L0 estimator (Duval & Tweedie 2000), as metafor trimfill.rma.uni: the side is the one
 * opposite the sign of the Egger-type slope on sqrt(vi); k0 is iterated on the trimmed data; the missing
 * studies are mirrored about the trimmed estimate and the model refitted (z test). With k0 = 0 the original
 * model is returned. {@code side} is "left" or "right" (the side where studies are missing);
 * {@code imputedYi}/{@code imputedVi} are the k0 filled-in studies (for the funnel plot's hollow points).
 */
public record TrimAndFill(int k0, String side, double estimate, double se, double ciLb, double ciUb,
        double[] imputedYi, double[] imputedVi) {
    private static final int MAX_ITERATIONS = 100;

    public TrimAndFill {
        imputedYi = imputedYi.clone();
        imputedVi = imputedVi.clone();
    }

    /** A copy of the imputed studies' estimates. */
    @Override
    public double[] imputedYi() {
        return imputedYi.clone();
    }

    /** A copy of the imputed studies' variances. */
    @Override
    public double[] imputedVi() {
        return imputedVi.clone();
    }

    public static TrimAndFill fill(double[] yi, double[] vi, ModelOptions options, MetaFit original) {
        if (yi == null || vi == null || yi.length != vi.length || yi.length < 2) {
            throw new IllegalArgumentException("trim-and-fill needs yi and vi of equal length >= 2");
        }
        int k = yi.length;
        ModelOptions zOptions = options.withTest(TestStatistic.Z);
        double[] sei = Arrays.stream(vi).map(Math::sqrt).toArray();
        MetaFit sideFit = RandomEffectsModel.fit(yi, vi, Moderators.of(List.of("sei"), List.of(sei)), zOptions);
        boolean right = sideFit.coefficients().get(1).estimate() < 0;
        double sign = right ? -1 : 1;
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> sign * yi[i]));
        double[] y = new double[k];
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = sign * yi[order[i]];
            v[i] = vi[order[i]];
        }
        int k0 = 0;
        int previous = -1;
        double beta = Double.NaN;
        int iterations = 0;
        while (k0 != previous) {
            previous = k0;
            if (++iterations > MAX_ITERATIONS) {
                throw new org.walkstudy.analysis.meta.NotConvergedException("trim-and-fill: k0 did not converge in "
                        + MAX_ITERATIONS + " iterations");
            }
            int kept = k - k0;
            beta = RandomEffectsModel.fit(Arrays.copyOf(y, kept), Arrays.copyOf(v, kept), Moderators.none(), zOptions)
                    .estimate();
            k0 = l0(y, beta);
        }
        if (k0 == 0) {
            return new TrimAndFill(0, right ? "right" : "left", original.estimate(), original.se(),
                    original.pooled().ciLb(), original.pooled().ciUb(), new double[0], new double[0]);
        }
        double[] yFill = Arrays.copyOf(yi, k + k0);
        double[] vFill = Arrays.copyOf(vi, k + k0);
        for (int j = 0; j < k0; j++) {
            int i = k - k0 + j;
            yFill[k + j] = sign * (2 * beta - y[i]); // mirror about the trimmed estimate, back on the original side
            vFill[k + j] = v[i];
        }
        MetaFit filled = RandomEffectsModel.fit(yFill, vFill, Moderators.none(), zOptions);
        return new TrimAndFill(k0, right ? "right" : "left", filled.estimate(), filled.se(), filled.pooled().ciLb(),
                filled.pooled().ciUb(), Arrays.copyOfRange(yFill, k, k + k0), Arrays.copyOfRange(vFill, k, k + k0));
    }

    /** L0 = (4 Sr - k(k+1))/(2k - 1), Sr the rank sum of positive centred values, rounded half-even, >= 0. */
    private static int l0(double[] y, double beta) {
        int k = y.length;
        Integer[] byAbs = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        Arrays.sort(byAbs, Comparator.comparingDouble(i -> Math.abs(y[i] - beta)));
        double sr = 0;
        for (int rank = 1; rank <= k; rank++) {
            int i = byAbs[rank - 1];
            if (y[i] - beta > 0) {
                sr += rank;
            }
        }
        double estimate = (4 * sr - (double) k * (k + 1)) / (2.0 * k - 1);
        return (int) Math.max(0, Math.rint(estimate));
    }
}
