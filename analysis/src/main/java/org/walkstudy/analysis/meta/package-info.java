/**
 * Pooling models as metafor fits them: the inverse-variance common-effect and random-effects model with
 * meta-regression ({@link org.walkstudy.analysis.meta.RandomEffectsModel}, tau^2 estimators in
 * {@link org.walkstudy.analysis.meta.Tau2Estimator}), Mantel-Haenszel and Peto models, the Q-profile
 * confidence interval for tau^2, subgroup analysis and the permutation test for moderators. Every fit
 * returns a {@link org.walkstudy.analysis.meta.MetaFit}. Univariate fits cost O(k p^2): no k x k matrices.
 */
package org.walkstudy.analysis.meta;
