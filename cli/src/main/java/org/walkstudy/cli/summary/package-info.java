/**
 * The summary of findings and the claims with their verdicts as people and scripts read them: text for the
 * terminal, Markdown for documents, JSON for machines (the numbers every other view must equal).
 */
package org.walkstudy.cli.summary;
