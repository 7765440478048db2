package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subgroup analysis, subgroups in first-appearance order. By default the model is fitted separately in each
 * subgroup (its own tau^2, R meta's default) and the test of subgroup differences is Q_between = sum (b_g -
 * b)^2/se_g^2 with b the inverse-variance mean of the subgroup estimates, chi-square with G - 1 df (Borenstein et
 * al. 2009, ch. 19). With {@code tau2Common} it is metafor's mixed-effects model {@code mods = ~ factor(g)}: one
 * tau^2 for all subgroups, each subgroup's estimate weighted with it, and the test is that model's QM (F under
 * Knapp-Hartung).
 */
public record SubgroupAnalysis(List<Subgroup> subgroups, double qBetween, int qBetweenDf, double qBetweenPval,
        boolean tau2Common) {

    /** One subgroup's fit; {@code indices} are the members' input positions. */
    public record Subgroup(String name, int[] indices, MetaFit fit) {
        public Subgroup {
            indices = indices.clone();
        }

        @Override
        public int[] indices() {
            return indices.clone();
        }
    }

    /** Which test of subgroup differences this is, for every view to say. */
    public String description() {
        return tau2Common ? "one tau^2 for all subgroups; test of differences QM of the mixed-effects model"
                + " mods = ~ factor(subgroup), as metafor"
                : "separate tau^2 in each subgroup; test of differences Q_between on the subgroup estimates";
    }

    /** metafor's {@code rma(yi, vi, mods = ~ factor(g))}: one tau^2, QM as the test of subgroup differences. */
    public static SubgroupAnalysis commonTau2(List<String> groups, double[] yi, double[] vi, ModelOptions options) {
        Map<String, List<Integer>> members = members(groups);
        List<String> levels = new ArrayList<>(new java.util.TreeSet<>(members.keySet()));
        List<String> names = new ArrayList<>();
        List<double[]> dummies = new ArrayList<>();
        for (String level : levels.subList(1, levels.size())) {
            double[] d = new double[groups.size()];
            for (int i : members.get(level)) {
                d[i] = 1;
            }
            names.add("factor(subgroup)" + level);
            dummies.add(d);
        }
        MetaFit mixed = RandomEffectsModel.fit(yi, vi, Moderators.of(names, dummies), options);
        Tau2Estimate tau2 = new Tau2Estimate(mixed.tau2(), mixed.heterogeneity().seTau2());
        List<Subgroup> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            double[] y = new double[idx.length];
            double[] v = new double[idx.length];
            for (int j = 0; j < idx.length; j++) {
                y[j] = yi[idx[j]];
                v[j] = vi[idx[j]];
            }
            out.add(new Subgroup(e.getKey(), idx, RandomEffectsModel.fitWithTau2(y, v, tau2, options)));
        }
        return new SubgroupAnalysis(out, mixed.qm(), mixed.qmDf(), mixed.qmPval(), true);
    }

    private static Map<String, List<Integer>> members(List<String> groups) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("groups must be a non-empty list");
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            if (g == null) {
                throw new IllegalArgumentException("groups[" + i + "] must not be null");
            }
            members.computeIfAbsent(g, key -> new ArrayList<>()).add(i);
        }
        if (members.size() < 2) {
            throw new IllegalArgumentException("subgroup analysis needs at least 2 subgroups but found "
                    + members.keySet());
        }
        return members;
    }

    public SubgroupAnalysis {
        subgroups = List.copyOf(subgroups);
    }

    public static SubgroupAnalysis analyse(List<String> groups, SubsetModel model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        Map<String, List<Integer>> members = members(groups);
        List<Subgroup> out = new ArrayList<>();
        double sw = 0;
        double swb = 0;
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            MetaFit fit = model.fit(idx);
            out.add(new Subgroup(e.getKey(), idx, fit));
            double w = 1 / (fit.se() * fit.se());
            sw += w;
            swb += w * fit.estimate();
        }
        double mean = swb / sw;
        double q = 0;
        for (Subgroup s : out) {
            double d = s.fit().estimate() - mean;
            q += d * d / (s.fit().se() * s.fit().se());
        }
        int df = out.size() - 1;
        return new SubgroupAnalysis(out, q, df, Distributions.chiSquaredUpper(q, df), false);
    }
}
