package org.walkstudy.analysis.personal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The order in which overlapping timed samples count: the sources named in {@code --sources} first, in that
 * order; then, as the Health app ranks them, watches before phones before apps (told from the source name:
 * "Watch" in it is a watch, "Phone" a phone, anything else an app); ties by name. A derived label
 * ("Ann's Watch (workout)") ranks as its device.
 */
public final class SourcePriority {
    private SourcePriority() {
    }

    /** Position of each source id in the priority order (0 counts first). */
    public static int[] order(List<String> sourceNames, List<String> given) {
        Integer[] ids = IntStream.range(0, sourceNames.size()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(ids, Comparator.<Integer>comparingInt(id -> DailyLedger.rank(sourceNames.get(id), given))
                .thenComparingInt(id -> deviceKind(sourceNames.get(id)))
                .thenComparing(sourceNames::get));
        int[] position = new int[ids.length];
        for (int p = 0; p < ids.length; p++) {
            position[ids[p]] = p;
        }
        return position;
    }

    /** 0 a watch, 1 a phone, 2 an app or anything else. */
    static int deviceKind(String source) {
        int cut = source.indexOf(" (");
        String device = (cut > 0 ? source.substring(0, cut) : source).toLowerCase(Locale.ROOT);
        if (device.contains("watch")) {
            return 0;
        }
        return device.contains("phone") ? 1 : 2;
    }
}
