package org.walkstudy.analysis.meta;

import java.util.Arrays;
import java.util.Locale;

/**
 * The model of a meta-analysis with metafor's names: an inverse-variance model with its tau^2 estimator (FE and
 * its aliases CE and EE are the common-effect model), or a 2x2-table model (Mantel-Haenszel, Peto). The name the
 * user gave is kept, so the JSON contract's "method" is what was asked for.
 */
public enum Method {
    FE(Tau2Estimator.FE, "inverse variance"),
    /** metafor's "CE", an alias of FE. */
    CE(Tau2Estimator.FE, "inverse variance"),
    /** metafor's "EE" (equal effects), an alias of FE. */
    EE(Tau2Estimator.FE, "inverse variance"),
    DL(Tau2Estimator.DL, null),
    REML(Tau2Estimator.REML, null),
    ML(Tau2Estimator.ML, null),
    PM(Tau2Estimator.PM, null),
    SJ(Tau2Estimator.SJ, null),
    HE(Tau2Estimator.HE, null),
    HS(Tau2Estimator.HS, null),
    EB(Tau2Estimator.EB, null),
    /** Mantel-Haenszel (metafor rma.mh): 2x2 tables, common effect. */
    MH(Tau2Estimator.FE, "Mantel-Haenszel"),
    /** Peto's one-step odds ratio (metafor rma.peto): 2x2 tables, common effect. */
    PETO(Tau2Estimator.FE, "Peto");

    private final Tau2Estimator estimator;
    private final String commonEffectKind;

    Method(Tau2Estimator estimator, String commonEffectKind) {
        this.estimator = estimator;
        this.commonEffectKind = commonEffectKind;
    }

    /** The tau^2 estimator of the fit (FE for every common-effect model). */
    public Tau2Estimator estimator() {
        return estimator;
    }

    /** Whether the model assumes one common effect (tau^2 = 0): FE, CE, EE, MH, PETO. */
    public boolean isCommonEffect() {
        return commonEffectKind != null;
    }

    /** Whether the model pools 2x2 tables itself (MH, PETO) rather than the per-study effect sizes. */
    public boolean isTableMethod() {
        return this == MH || this == PETO;
    }

    /** How a common-effect model weights ("inverse variance", "Mantel-Haenszel", "Peto"); null for random effects. */
    public String commonEffectKind() {
        return commonEffectKind;
    }

    /** "Common-effect model" or "Random-effects model" (metafor's print), "Mixed-effects model" with moderators. */
    public String modelName(boolean moderators) {
        if (isCommonEffect()) {
            return "Common-effect model";
        }
        return moderators ? "Mixed-effects model" : "Random-effects model";
    }

    /** Parses metafor's method name case-insensitively; the message lists the accepted names. */
    public static Method parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("method must not be null");
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method must be one of " + Arrays.toString(values()) + " but was '"
                    + name + "'", e);
        }
    }
}
