package org.walkstudy.analysis.personal;

/** The reader of each format that takes folders ({@link ImportFormat#takesFolders()}); the first four {@link PersonalImport} calls itself. */
final class ExportReaders {
    private ExportReaders() {
    }

    static ExportReader of(ImportFormat format) {
        return switch (format) {
            case HEALTH_CONNECT -> new org.walkstudy.analysis.personal.healthconnect.HealthConnectExport();
            case SAMSUNG_HEALTH -> new org.walkstudy.analysis.personal.samsung.SamsungHealthExport();
            case FITBIT -> new org.walkstudy.analysis.personal.fitbit.FitbitExport();
            case GARMIN -> new org.walkstudy.analysis.personal.garmin.GarminReader();
            case TCX -> new org.walkstudy.analysis.personal.tcx.TcxReader();
            case STRAVA -> new org.walkstudy.analysis.personal.strava.StravaReader();
            default -> throw new IllegalArgumentException("no export reader for " + format.id());
        };
    }
}
