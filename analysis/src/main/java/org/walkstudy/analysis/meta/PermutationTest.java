package org.walkstudy.analysis.meta;

import java.util.List;
import java.util.Random;

/**
 * Permutation test of a meta-regression (metafor permutest.rma.uni, exact = FALSE): the rows of the moderator
 * matrix are permuted against (yi, vi), the model refitted, and p-values are the share of the permutation
 * distribution (the observed fit counted as its first member) at least as extreme as observed: QM upper tail,
 * coefficients two-sided. Seeded for reproducibility.
 */
public record PermutationTest(int permutations, long seed, double qmPval, double[] coefficientPvals) {

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
        double tol = 1e-12;
        int qmCount = 1;
        int[] upper = new int[p];
        int[] lower = new int[p];
        java.util.Arrays.fill(upper, 1);
        java.util.Arrays.fill(lower, 1);
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
            if (fit.qm() >= qmObserved * (1 - tol)) {
                qmCount++;
            }
            for (int j = 0; j < p; j++) {
                double z = fit.coefficients().get(j).stat();
                if (z >= zObserved[j] - tol * Math.abs(zObserved[j])) {
                    upper[j]++;
                }
                if (z <= zObserved[j] + tol * Math.abs(zObserved[j])) {
                    lower[j]++;
                }
            }
        }
        double[] pvals = new double[p];
        for (int j = 0; j < p; j++) {
            pvals[j] = Math.min(1, 2 * Math.min(upper[j], lower[j]) / (double) permutations);
        }
        return new PermutationTest(permutations, seed, qmCount / (double) permutations, pvals);
    }
}
