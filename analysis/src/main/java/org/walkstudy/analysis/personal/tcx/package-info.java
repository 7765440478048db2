/**
 * Garmin Training Center XML v2 (.tcx, .tcx.gz; Garmin, Polar, Google Fit Takeout's Activities folder) read
 * with the project's hardened StAX factory; each activity's track points measured as a walk with the GPX
 * rules (moving speed, brisk speed, runs and rides skipped).
 */
package org.walkstudy.analysis.personal.tcx;
