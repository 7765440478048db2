package org.walkstudy.analysis.personal.applehealth;

import static org.walkstudy.analysis.personal.applehealth.HealthXmlScanner.bytes;

/** The units HealthKit writes, as factors to walkstudy's units (km, kg, km/h, minutes); exact by definition. */
enum Units {
    DISTANCE_KM(new String[] {"km", "m", "mi", "ft", "yd", "cm"},
            new double[] {1, 0.001, 1.609344, 0.0003048, 0.0009144, 0.00001}),
    MASS_KG(new String[] {"kg", "lb", "g", "st"}, new double[] {1, 0.45359237, 0.001, 6.35029318}),
    SPEED_KMH(new String[] {"km/hr", "km/h", "m/s", "mi/hr", "mph"}, new double[] {1, 1, 3.6, 1.609344, 1.609344}),
    DURATION_MIN(new String[] {"min", "s", "hr", "h"}, new double[] {1, 1 / 60.0, 60, 60});

    private final byte[][] names;
    private final double[] factors;

    Units(String[] names, double[] factors) {
        this.names = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            this.names[i] = bytes(names[i]);
        }
        this.factors = factors;
    }

    /** The factor for the tag's unit attribute {@code i}, or NaN when missing or unknown. */
    double factor(XmlTag t, int i) {
        if (i < 0) {
            return Double.NaN;
        }
        for (int k = 0; k < names.length; k++) {
            if (t.valueIs(i, names[k])) {
                return factors[k];
            }
        }
        return Double.NaN;
    }
}
