package org.walkstudy.analysis.personal.gpx;

/** Distance between two points on the Earth as a sphere. */
public final class GreatCircle {
    /** Mean Earth radius R1 = 6371.0088 km (Moritz H., "Geodetic Reference System 1980", J Geodesy 2000;74:128-133). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Haversine formula (Sinnott RW, "Virtues of the Haversine", Sky and Telescope 1984;68:159). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
