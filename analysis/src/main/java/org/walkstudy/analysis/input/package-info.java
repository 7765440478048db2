/**
 * Reading meta-analysis input: {@link org.walkstudy.analysis.input.MetaInputCsv} reads a CSV with a
 * {@code study} column and metafor's column names into a {@link org.walkstudy.analysis.input.MetaInput};
 * every problem is an {@link org.walkstudy.core.input.InputException} naming file, line and column.
 */
package org.walkstudy.analysis.input;
