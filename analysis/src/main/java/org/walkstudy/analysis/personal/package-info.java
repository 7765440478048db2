/**
 * Personal walk data: the daily table (one row per date, {@link org.walkstudy.analysis.personal.DailyTable}),
 * the rule that merges overlapping devices ({@link org.walkstudy.analysis.personal.DailyLedger}), import
 * options, skipped-record accounting and the atomic, owner-only CSV file. Readers for each export format
 * live in sub-packages; comparing a person's data with a study protocol lives in {@code compare}.
 */
package org.walkstudy.analysis.personal;
