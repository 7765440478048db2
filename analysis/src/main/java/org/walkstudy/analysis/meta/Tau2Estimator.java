package org.walkstudy.analysis.meta;

/** Estimators of the between-study variance tau^2, with metafor's method names. */
public enum Tau2Estimator {
    /** Common (fixed) effect: tau^2 = 0. */
    FE,
    /** DerSimonian & Laird 1986 method of moments. */
    DL,
    /** Restricted maximum likelihood (Viechtbauer 2005), Fisher scoring. */
    REML,
    /** Maximum likelihood (Hardy & Thompson 1996), Fisher scoring. */
    ML,
    /** Paule & Mandel 1982: generalised Q equal to its expectation. */
    PM,
    /** Sidik & Jonkman 2005. */
    SJ,
    /** Hedges 1983 (unweighted method of moments). */
    HE,
    /** Hunter & Schmidt 2004. */
    HS,
    /** Empirical Bayes (Morris 1983; Berkey et al. 1995). */
    EB;

    public boolean isRandomEffects() {
        return this != FE;
    }
}
