package org.walkstudy.analysis.meta;

/** An estimate of tau^2 (truncated at 0) with metafor's standard error (null for FE). */
public record Tau2Estimate(double tau2, Double se) {
}
