package org.walkstudy.analysis.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subgroup analysis: the model fitted separately in each subgroup (first-appearance order) and the test of
 * subgroup differences Q_between = sum (b_g - b)^2/se_g^2 with b the inverse-variance mean of the subgroup
 * estimates, chi-square with G - 1 df (Borenstein et al. 2009, ch. 19).
 */
public record SubgroupAnalysis(List<Subgroup> subgroups, double qBetween, int qBetweenDf, double qBetweenPval) {

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
        return "separate tau^2 in each subgroup; test of differences Q_between on the subgroup estimates";
    }

    public SubgroupAnalysis {
        subgroups = List.copyOf(subgroups);
    }

    public static SubgroupAnalysis analyse(List<String> groups, SubsetModel model) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("groups must be a non-empty list");
        }
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
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
        return new SubgroupAnalysis(out, q, df, Distributions.chiSquaredUpper(q, df));
    }
}
