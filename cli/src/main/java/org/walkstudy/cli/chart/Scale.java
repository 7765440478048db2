package org.walkstudy.cli.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis mapping values to pixels, with nice tick marks. A ratio axis holds log values and labels
 * its ticks with the back-transformed values (0.5, 1, 2).
 */
final class Scale {
    private static final double[] RATIO_STEPS = {1, 2, 5};

    final double lo;
    final double hi;
    final boolean ratio;
    final List<Double> ticks;
    private double p0;
    private double p1;

    private Scale(double lo, double hi, boolean ratio, List<Double> ticks) {
        this.lo = lo;
        this.hi = hi;
        this.ratio = ratio;
        this.ticks = List.copyOf(ticks);
    }

    /** A scale covering [min, max] (log values if ratio), extended to nice tick values. */
    static Scale covering(double min, double max, boolean ratio, int maxTicks) {
        if (!(max > min)) {
            double pad = ratio ? Math.log(2) : Math.max(Math.abs(min) * 0.5, 0.5);
            min -= pad;
            max += pad;
        }
        return ratio ? ratioScale(min, max, maxTicks) : linearScale(min, max, maxTicks);
    }

    /** A linear scale exactly [lo, hi] with nice ticks inside it. */
    static Scale exact(double lo, double hi, int maxTicks) {
        double step = niceStep((hi - lo) / Math.max(1, maxTicks - 1));
        List<Double> t = new ArrayList<>();
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return new Scale(lo, hi, false, t);
    }

    private static Scale linearScale(double min, double max, int maxTicks) {
        double step = niceStep((max - min) / Math.max(1, maxTicks - 1));
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        while ((hi - lo) / step + 1 > maxTicks) {
            step = niceStep(step * 1.5);
            lo = Math.floor(min / step + 1e-9) * step;
            hi = Math.ceil(max / step - 1e-9) * step;
        }
        List<Double> t = new ArrayList<>();
        for (double v = lo; v <= hi + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return new Scale(lo, hi, false, t);
    }

    private static Scale ratioScale(double min, double max, int maxTicks) {
        double emin = Math.exp(min);
        double emax = Math.exp(max);
        List<Double> candidates = new ArrayList<>();
        for (int e = -6; e <= 6; e++) {
            for (double s : RATIO_STEPS) {
                candidates.add(s * Math.pow(10, e));
            }
        }
        double lo = 0;
        double hi = 0;
        for (double c : candidates) {
            if (c <= emin * (1 + 1e-9)) {
                lo = c;
            }
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i) >= emax * (1 - 1e-9)) {
                hi = candidates.get(i);
            }
        }
        List<Double> t = new ArrayList<>();
        for (double c : candidates) {
            if (c >= lo * (1 - 1e-9) && c <= hi * (1 + 1e-9)) {
                t.add(Math.log(c));
            }
        }
        if (t.size() > maxTicks) {
            // keep the powers of ten (the axis still ends at the 1-2-5 values around the data)
            List<Double> decades = new ArrayList<>();
            for (double v : t) {
                double l = Math.log10(Math.exp(v));
                if (Math.abs(l - Math.rint(l)) < 1e-6) {
                    decades.add(v);
                }
            }
            t = decades;
        } else if (t.size() < 3) {
            // a narrow range: linear nice ticks of the ratio itself
            Scale lin = linearScale(emin, emax, 5);
            lo = lin.lo;
            hi = lin.hi;
            t = new ArrayList<>();
            for (double v : lin.ticks) {
                if (v > 0) {
                    t.add(Math.log(v));
                }
            }
            if (lo <= 0) {
                lo = emin;
            }
        }
        return new Scale(Math.log(lo), Math.log(hi), true, t);
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Places the scale on pixels: lo at {@code from}, hi at {@code to} (to < from for an upward y axis). */
    Scale place(double from, double to) {
        this.p0 = from;
        this.p1 = to;
        return this;
    }

    double px(double v) {
        return p0 + (v - lo) / (hi - lo) * (p1 - p0);
    }

    double pixelLo() {
        return p0;
    }

    double pixelHi() {
        return p1;
    }

    boolean contains(double v) {
        return v >= lo - 1e-12 && v <= hi + 1e-12;
    }

    String label(double v) {
        return Style.tick(ratio ? Math.exp(v) : v);
    }
}
