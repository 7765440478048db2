/**
 * How a meta-analysis result is shown: the JSON contract (metafor's keys, streamed), a metafor-style printout
 * for people and a CSV, all three reading the same typed {@code MetaResult}, so every analysis a run computed
 * appears in every format.
 */
package org.walkstudy.cli.meta;
