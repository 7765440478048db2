package org.walkstudy.analysis.effectsize;

/** A 2x2 table in metafor's cell names: ai/bi events/non-events in group 1, ci/di in group 2. */
public record TwoByTwoTable(double ai, double bi, double ci, double di) {
    public TwoByTwoTable {
        check("ai", ai);
        check("bi", bi);
        check("ci", ci);
        check("di", di);
    }

    public static TwoByTwoTable of(double ai, double bi, double ci, double di) {
        return new TwoByTwoTable(ai, bi, ci, di);
    }

    private static void check(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be a finite count >= 0 but was " + value);
        }
    }

    public boolean hasZeroCell() {
        return ai == 0 || bi == 0 || ci == 0 || di == 0;
    }

    /** No events in both groups or no non-events in both groups (metafor's drop00 condition). */
    public boolean isDoubleZero() {
        return (ai == 0 && ci == 0) || (bi == 0 && di == 0);
    }

    public TwoByTwoTable plus(double add) {
        return new TwoByTwoTable(ai + add, bi + add, ci + add, di + add);
    }

    public double n1() {
        return ai + bi;
    }

    public double n2() {
        return ci + di;
    }

    public double total() {
        return ai + bi + ci + di;
    }
}
