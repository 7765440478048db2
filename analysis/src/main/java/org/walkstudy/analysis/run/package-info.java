/**
 * The entry point for the CLI: {@link org.walkstudy.analysis.run.MetaAnalysis#run(MetaRequest)} reads the input,
 * fits the model, runs the requested bias and sensitivity analyses and returns a typed
 * {@link org.walkstudy.analysis.run.MetaResult}, the contract every view reads (the JSON view with metafor's
 * keys lives in the CLI). No JSON library here.
 */
package org.walkstudy.analysis.run;
