/**
 * Strava bulk exports (a folder or the export zip): activities.csv selects walks and hikes; each is read from
 * its activity file with the GPX, TCX and FIT readers, or from the CSV when it has no file.
 */
package org.walkstudy.analysis.personal.strava;
