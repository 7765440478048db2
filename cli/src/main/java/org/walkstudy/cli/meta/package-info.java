/**
 * How a meta-analysis result is shown: a metafor-style printout for people and a per-study CSV, both
 * rendered from the same map as the JSON contract so the three formats cannot disagree.
 */
package org.walkstudy.cli.meta;
