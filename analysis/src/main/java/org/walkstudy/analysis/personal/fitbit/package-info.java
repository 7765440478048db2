/**
 * The Fitbit account export (older fitbit.com "Global Export Data" and the Google Takeout Fitbit folder):
 * streamed JSON files mapped onto the daily ledger; rules in docs/personal-data.md, "Fitbit".
 */
package org.walkstudy.analysis.personal.fitbit;
