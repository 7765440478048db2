package org.walkstudy.analysis.meta;

/** Options of a univariate fit: tau^2 estimator, test statistic and confidence level in percent (80 to 99.9). */
public record ModelOptions(Tau2Estimator estimator, TestStatistic test, double level) {
    public ModelOptions {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        if (test == null) {
            throw new IllegalArgumentException("test must not be null");
        }
        ConfidenceLevel.require(level);
    }

    public static ModelOptions of(Tau2Estimator estimator, TestStatistic test, double level) {
        return new ModelOptions(estimator, test, level);
    }

    /** REML, z test, 95% (metafor's defaults). */
    public static ModelOptions defaults() {
        return new ModelOptions(Tau2Estimator.REML, TestStatistic.Z, 95);
    }

    public ModelOptions withEstimator(Tau2Estimator other) {
        return new ModelOptions(other, test, level);
    }

    public ModelOptions withTest(TestStatistic other) {
        return new ModelOptions(estimator, other, level);
    }

    public ModelOptions withLevel(double other) {
        return new ModelOptions(estimator, test, other);
    }

    /** alpha = 1 - level/100. */
    public double alpha() {
        return 1 - level / 100;
    }
}
