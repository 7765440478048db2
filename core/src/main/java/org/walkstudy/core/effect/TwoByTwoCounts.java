package org.walkstudy.core.effect;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/** Events and totals per arm (metafor's ai/n1i and ci/n2i, with group 1 the walking arm). */
public record TwoByTwoCounts(int eventsWalking, int nWalking, int eventsControl, int nControl) implements EffectData {
    public TwoByTwoCounts {
        Require.atLeast("events_walk", eventsWalking, 0);
        Require.atLeast("n_walk", nWalking, 1);
        Require.atLeast("events_ctrl", eventsControl, 0);
        Require.atLeast("n_ctrl", nControl, 1);
        if (eventsWalking > nWalking) {
            throw new InvalidValueException("events_walk",
                    "must be <= n_walk (" + nWalking + ") but was " + eventsWalking);
        }
        if (eventsControl > nControl) {
            throw new InvalidValueException("events_ctrl",
                    "must be <= n_ctrl (" + nControl + ") but was " + eventsControl);
        }
    }

    public static TwoByTwoCounts of(int eventsWalking, int nWalking, int eventsControl, int nControl) {
        return new TwoByTwoCounts(eventsWalking, nWalking, eventsControl, nControl);
    }

    @Override
    public String kind() {
        return "counts";
    }
}
