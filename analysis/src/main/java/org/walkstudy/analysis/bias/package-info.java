/**
 * Small-study and sensitivity analyses of a fitted model, as metafor: Egger's regression test
 * ({@link org.walkstudy.analysis.bias.EggerRegressionTest}), Begg's rank correlation test
 * ({@link org.walkstudy.analysis.bias.BeggRankTest}), trim-and-fill ({@link org.walkstudy.analysis.bias.TrimAndFill}),
 * leave-one-out and cumulative analyses ({@link org.walkstudy.analysis.bias.SensitivityAnalysis}).
 */
package org.walkstudy.analysis.bias;
