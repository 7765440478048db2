package org.walkstudy.core.claim;

/**
 * What a claim part asserts about its evidence. {@code BENEFIT}: the exposure does better than the
 * comparator (also "does not raise" a harm, which only a result excluding harm can support).
 * {@code NO_DIFFERENCE}: some studies found no difference (e.g. "some trials found no effect").
 */
public enum PartExpectation {
    BENEFIT,
    NO_DIFFERENCE;

    public String code() {
        return org.walkstudy.core.validation.Codes.of(this);
    }

    public static PartExpectation parse(String text) {
        return org.walkstudy.core.validation.Codes.parse(PartExpectation.class, "expects", text);
    }
}
