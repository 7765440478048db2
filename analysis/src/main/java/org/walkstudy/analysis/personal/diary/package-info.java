/** A person's own diary as CSV: a date plus any of steps, distance, walking minutes, weight, pain, sleep; units in the header or the cell. */
package org.walkstudy.analysis.personal.diary;
