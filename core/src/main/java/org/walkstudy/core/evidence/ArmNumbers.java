package org.walkstudy.core.evidence;

import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.validation.Require;

/**
 * What each arm experienced in absolute terms, beside a ratio (Cochrane Handbook 15.4: a relative effect is read
 * with absolute numbers): e.g. the median days to a recurrence with walking and without. The numbers are text
 * exactly as printed; {@code secondarySource} marks numbers taken from a summary of the paper rather than the
 * paper itself, which the views say.
 *
 * @param what            "median days to first activity-limiting recurrence"
 * @param walking         the walking arm's number as printed ("208")
 * @param control         the comparison arm's number as printed ("112")
 * @param unit            "days"
 * @param provenance      where the numbers were read
 * @param secondarySource true when the source is a summary of the paper (a web copy), not the paper
 */
public record ArmNumbers(String what, String walking, String control, String unit, Provenance provenance,
        boolean secondarySource) {
    public ArmNumbers {
        what = Require.nonBlank("what", what);
        walking = Require.nonBlank("walking", walking);
        control = Require.nonBlank("control", control);
        unit = Require.orEmpty(unit);
        Require.nonNull("provenance", provenance);
    }

    /** "median 208 vs 112 days to first activity-limiting recurrence" style: the numbers side by side, with the unit. */
    public String sideBySide() {
        return walking + " vs " + control + (unit.isEmpty() ? "" : " " + unit);
    }
}
