package org.walkstudy.analysis.personal.applehealth;

import java.nio.charset.StandardCharsets;

/** Decimal numbers parsed straight from bytes; exact for what exports write, else falls back to the JDK. */
final class DecimalBytes {
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private DecimalBytes() {
    }

    /** The number, or NaN when the text is not a finite decimal. */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits >= 15) {
                    return slow(b, from, to);
                }
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa > 0 || dot) {
                    digits++;
                }
                if (dot) {
                    scale++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (i == from || (digits == 0 && mantissa == 0 && !hasDigit(b, from, to))) {
            return Double.NaN;
        }
        // Both operands are exact doubles (mantissa < 2^53, 10^scale <= 10^22), so the quotient is correctly rounded.
        double v = scale == 0 ? mantissa : mantissa / POW10[scale];
        return negative ? -v : v;
    }

    private static boolean hasDigit(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] >= '0' && b[i] <= '9') {
                return true;
            }
        }
        return false;
    }

    private static double slow(byte[] b, int from, int to) {
        try {
            double v = Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII).strip());
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
