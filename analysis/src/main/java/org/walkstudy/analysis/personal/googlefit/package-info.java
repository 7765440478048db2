/** Google Fit Takeout "Daily activity metrics" CSV files (the summary file, or one file per day). */
package org.walkstudy.analysis.personal.googlefit;
