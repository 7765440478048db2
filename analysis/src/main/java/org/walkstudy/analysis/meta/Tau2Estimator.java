package org.walkstudy.analysis.meta;

import java.util.Arrays;
import java.util.Locale;

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

    /** Parses metafor's method name case-insensitively; "CE"/"EE" are read as FE. */
    public static Tau2Estimator parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("CE") || n.equals("EE")) {
            return FE;
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method must be one of " + Arrays.toString(values())
                    + " but was '" + name + "'", e);
        }
    }
}
