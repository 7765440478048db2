/**
 * Effect data as studies report it: a sealed family from raw arm summaries to reported estimates,
 * each validated on construction so impossible numbers never reach the statistics.
 */
package org.walkstudy.core.effect;
