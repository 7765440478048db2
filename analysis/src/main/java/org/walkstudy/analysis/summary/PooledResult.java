package org.walkstudy.analysis.summary;

import java.util.List;

import org.walkstudy.analysis.evidence.StudyEffect;
import org.walkstudy.analysis.meta.MetaFit;

/**
 * Walkstudy's pool of primary studies for one outcome and measure: REML with Knapp-Hartung when k >= 3 (z
 * otherwise, as Knapp-Hartung with 1 df is uninformative), back-transformed for ratio measures.
 */
public record PooledResult(String measure, boolean ratio, List<StudyEffect> studies, MetaFit fit) {
    public PooledResult {
        studies = List.copyOf(studies);
    }

    private double back(double v) {
        return ratio ? Math.exp(v) : v;
    }

    public double estimate() {
        return back(fit.estimate());
    }

    public double ciLower() {
        return back(fit.pooled().ciLb());
    }

    public double ciUpper() {
        return back(fit.pooled().ciUb());
    }

    public double piLower() {
        return back(fit.piLb());
    }

    public double piUpper() {
        return back(fit.piUb());
    }
}
