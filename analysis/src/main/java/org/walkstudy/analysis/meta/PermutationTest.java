package org.walkstudy.analysis.meta;

import java.util.List;
import java.util.Random;

/**
 * Permutation test of a meta-regression (metafor permutest.rma.uni, approximate test): the rows of the moderator
 * matrix are permuted against (yi, vi), the model refitted with the same options, and p-values are the share of
 * the permutation distribution (the observed data counted as its first member, so p >= 1/N) at least as extreme
 * as observed, with metafor's tolerance sqrt(machine eps): QM upper tail, coefficients |z| (metafor's default
 * two-sided "abs" definition). Seeded for reproducibility; unlike metafor, never switches to the exact test.
 */
public record PermutationTest(int permutations, long seed, double qmPval, double[] coefficientPvals) {

    public PermutationTest {
        coefficientPvals = coefficientPvals.clone();
    }

    /** A copy of the coefficients' permutation p-values (intercept first). */
    @Override
    public double[] coefficientPvals() {
        return coefficientPvals.clone();
    }

    /** The permutation p-value of coefficient j (0 = intercept). */
    public double coefficientPval(int j) {
        return coefficientPvals[j];
    }

    public static PermutationTest run(double[] yi, double[] vi, Moderators moderators, ModelOptions options,
            int permutations, long seed) {
        if (moderators == null || moderators.isEmpty()) {
            throw new IllegalArgumentException("the permutation test needs at least one moderator");
        }
        if (permutations < 2) {
            throw new IllegalArgumentException("permutations must be >= 2 but was " + permutations);
        }
        RandomEffectsModel.checkData(yi, vi);
        int k = yi.length;
        double[][] x = moderators.design(k);
        List<String> names = new java.util.ArrayList<>();
        names.add("intrcpt");
        names.addAll(moderators.names());
        MetaFit observed = RandomEffectsModel.fitDesign(x, yi, vi, names, options);
        int p = names.size();
        double qmObserved = observed.qm();
        double[] zObserved = observed.coefficients().stream().mapToDouble(Coefficient::stat).toArray();
        double tol = Math.sqrt(Math.ulp(1.0)); // metafor's comptol
        int qmCount = 1;
        int[] extreme = new int[p];
        java.util.Arrays.fill(extreme, 1);
        Random random = new Random(seed);
        int[] perm = new int[k];
        double[][] permuted = new double[k][];
        for (int it = 1; it < permutations; it++) {
            for (int i = 0; i < k; i++) {
                perm[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            for (int i = 0; i < k; i++) {
                permuted[i] = x[perm[i]];
            }
            MetaFit fit = RandomEffectsModel.fitDesign(permuted, yi, vi, names, options);
            if (fit.qm() >= qmObserved - tol) {
                qmCount++;
            }
            for (int j = 0; j < p; j++) {
                if (Math.abs(fit.coefficients().get(j).stat()) >= Math.abs(zObserved[j]) - tol) {
                    extreme[j]++;
                }
            }
        }
        double[] pvals = new double[p];
        for (int j = 0; j < p; j++) {
            pvals[j] = extreme[j] / (double) permutations;
        }
        return new PermutationTest(permutations, seed, qmCount / (double) permutations, pvals);
    }
}
