/**
 * Samsung Health's "Download personal data" export: a folder of per-type CSV files whose first line is a
 * metadata line (type, version, count) before the header, with prefixed column names, UTC times and a
 * separate {@code time_offset} column.
 */
package org.walkstudy.analysis.personal.samsung;
