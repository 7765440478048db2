/**
 * GPX tracks (files, and the workout routes inside an Apple Health zip) read with io.jenetics:jpx through
 * a hardened XML factory plugged into jpx's {@code XMLProvider} SPI; per walk the distance (haversine),
 * moving time, pace and brisk minutes.
 */
package org.walkstudy.analysis.personal.gpx;
