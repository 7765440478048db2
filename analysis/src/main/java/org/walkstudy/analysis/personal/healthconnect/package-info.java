/**
 * Android Health Connect exports (Settings > Health Connect > Export, Android 14+): a zip holding the SQLite
 * database {@code health_connect_export.db}, read read-only with sqlite-jdbc. Table and column names follow
 * Android's platform sources (packages/modules/HealthFitness, docs/personal-data.md cites the files).
 */
package org.walkstudy.analysis.personal.healthconnect;
