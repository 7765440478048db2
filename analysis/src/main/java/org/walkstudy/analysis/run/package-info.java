/**
 * The entry point for the CLI: {@link org.walkstudy.analysis.run.MetaAnalysis#run(MetaRequest)} reads the input,
 * fits the model, runs the requested bias and sensitivity analyses and returns a
 * {@link org.walkstudy.analysis.run.MetaResult} whose {@code toMap()} has the keys of the
 * {@code walkstudy meta --format json} contract (metafor reference cases). No JSON library here.
 */
package org.walkstudy.analysis.run;
