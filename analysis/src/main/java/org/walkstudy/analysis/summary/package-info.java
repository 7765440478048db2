/**
 * The summary of findings: per outcome domain, the pooled random-effects result where primary studies allow
 * it, otherwise each reported result, what is only descriptive, and what is missing.
 */
package org.walkstudy.analysis.summary;
