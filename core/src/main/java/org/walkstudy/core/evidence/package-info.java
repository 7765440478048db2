/**
 * Findings: what one study reported for one outcome, with the effect data or the documented gap,
 * the provenance of the numbers and any consistency flags.
 */
package org.walkstudy.core.evidence;
