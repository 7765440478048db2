/**
 * The walkstudy study file: a CSV format with one finding per row and provenance columns, its template,
 * and the reader that turns it into the core model or fails with file, line and column.
 */
package org.walkstudy.datasets.csv;
