/**
 * What a study measured: the outcome domain, the instrument and its scale, which direction is
 * better, and when it was measured.
 */
package org.walkstudy.core.outcome;
