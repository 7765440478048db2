package org.walkstudy.analysis.meta;

/**
 * The per-study estimates a model works with: {@code indices} of the studies (in input order) that have a
 * defined estimate, with their yi and vi. For inverse-variance models every study; for Mantel-Haenszel and Peto
 * models the tables that are not double-zero (metafor's yi/vi of rma.mh and rma.peto).
 */
public record StudyValues(int[] indices, double[] yi, double[] vi) {
    public StudyValues {
        if (indices.length != yi.length || yi.length != vi.length) {
            throw new IllegalArgumentException("indices, yi and vi must have equal lengths");
        }
        indices = indices.clone();
        yi = yi.clone();
        vi = vi.clone();
    }

    /** A copy of the input positions of the studies with an estimate. */
    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** A copy of the estimates. */
    @Override
    public double[] yi() {
        return yi.clone();
    }

    /** A copy of the sampling variances. */
    @Override
    public double[] vi() {
        return vi.clone();
    }

    public static StudyValues all(double[] yi, double[] vi) {
        int[] idx = new int[yi.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return new StudyValues(idx, yi, vi);
    }

    public int size() {
        return yi.length;
    }
}
