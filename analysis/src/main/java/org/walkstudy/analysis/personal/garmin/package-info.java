/**
 * Garmin FIT activity files (.fit, .fit.gz, folders of them) read with Garmin's own FIT SDK
 * ({@code com.garmin:fit} from Maven Central). Why that SDK: it is the reference decoder, kept current with
 * every new device's profile (compressed timestamps, developer fields, CRCs, chained files), and no open Java
 * FIT reader of comparable upkeep is published; hand-decoding the binary format would duplicate it. Its licence
 * is Garmin's "Flexible and Interoperable Data Transfer (FIT) Protocol License Agreement" (free of charge, the
 * SDK may be used and redistributed in applications; it is not an OSI open-source licence), stated in
 * docs/personal-data.md. Also the Garmin Connect account export (its zip or folder: DI_CONNECT JSON daily
 * summaries, {@link org.walkstudy.analysis.personal.garmin.GarminConnectDaily}, and the activity files it holds).
 */
package org.walkstudy.analysis.personal.garmin;
