package org.walkstudy.analysis.run;

/**
 * How views show estimates (metafor's {@code transf}): AUTO back-transforms ratio measures (exp of the log
 * ratio), EXP exponentiates any measure (e.g. log hazard ratios given as yi), NONE keeps the analysis scale.
 * The JSON contract always stays on the analysis scale.
 */
public enum Transform {
    AUTO, NONE, EXP
}
