/**
 * Certainty ratings and claim verdicts: the documented rules that say how far the numbers support a
 * statement, and why (see docs/verdicts.md).
 */
package org.walkstudy.analysis.verdict;
