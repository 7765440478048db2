/**
 * Effect sizes from study summaries, as metafor's {@code escalc} computes them: the measures
 * ({@link org.walkstudy.analysis.effectsize.EffectMeasure}), the per-study result
 * ({@link org.walkstudy.analysis.effectsize.EffectSize}), the zero-cell correction for 2x2 tables and the
 * factory {@link org.walkstudy.analysis.effectsize.EffectSizes}.
 */
package org.walkstudy.analysis.effectsize;
