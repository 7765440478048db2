/**
 * Turns a study's finding, in whatever form it was published, into an effect with a confidence
 * interval and, where a variance can be derived, an effect size ready for pooling.
 */
package org.walkstudy.analysis.evidence;
