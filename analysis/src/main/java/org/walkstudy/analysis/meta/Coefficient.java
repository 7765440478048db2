package org.walkstudy.analysis.meta;

/** One model coefficient with its test and confidence interval ("intrcpt" for the intercept). */
public record Coefficient(String name, double estimate, double se, double stat, double pval, double ciLb,
        double ciUb) {
    public Coefficient {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
    }
}
