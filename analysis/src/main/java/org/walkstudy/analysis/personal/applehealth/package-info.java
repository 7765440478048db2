/**
 * Apple Health exports ({@code export.zip} or {@code export.xml}): a byte-level, streaming scanner that
 * tolerates what real exports contain (a malformed internal DTD since iOS 16, control characters XML 1.0
 * forbids) without ever processing the DTD or expanding an entity, and the reader that turns its records
 * (steps, distance, walking speed, body mass, sleep, lower back pain, walking workouts, workout routes)
 * into the daily ledger.
 */
package org.walkstudy.analysis.personal.applehealth;
