package org.walkstudy.analysis.input;

import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.meta.Moderators;

/**
 * Studies read for one analysis, so nothing reads the file twice: their effect sizes with their labels (escalc;
 * 1/2 added to zero-cell tables, double-zero tables kept), each study's arm cells as written in the file (the
 * measure's {@link EffectMeasure.InputKind#columns()}, empty for yi/vi input), the 2x2 tables when the measure
 * takes them (else null), the requested moderators (text ones as dummy columns), the subgroup of each study
 * (null when no subgroup column was requested), the value of the order column of each study (null when none),
 * and the file lines of the rows dropped for a missing value in a used column (metafor's na.omit).
 */
public record MetaInput(String source, EffectMeasure measure, List<EffectSize> effects, List<List<String>> armCells,
        List<TwoByTwoTable> tables, Moderators moderators, List<String> subgroups, List<Double> orderValues,
        List<Long> droppedLines) {
    public MetaInput {
        if (effects == null || effects.isEmpty()) {
            throw new IllegalArgumentException("effects must be a non-empty list");
        }
        if (measure == null) {
            throw new IllegalArgumentException("measure must not be null");
        }
        effects = List.copyOf(effects);
        armCells = armCells == null ? java.util.Collections.nCopies(effects.size(), List.<String>of())
                : armCells.stream().map(List::copyOf).toList();
        if (armCells.size() != effects.size()) {
            throw new IllegalArgumentException("armCells has " + armCells.size() + " rows but there are "
                    + effects.size() + " studies");
        }
        tables = tables == null ? null : List.copyOf(tables);
        subgroups = subgroups == null ? null : List.copyOf(subgroups);
        orderValues = orderValues == null ? null : List.copyOf(orderValues);
        droppedLines = droppedLines == null ? List.of() : List.copyOf(droppedLines);
        if (moderators == null) {
            throw new IllegalArgumentException("moderators must not be null (use Moderators.none())");
        }
    }

    /** The lines as "3, 7, 12", at most 20 and then "... (N in all)". */
    public static String lineList(List<Long> lines) {
        String shown = String.join(", ", lines.stream().limit(20).map(String::valueOf).toList());
        return lines.size() > 20 ? shown + ", ... (" + lines.size() + " in all)" : shown;
    }

    public int k() {
        return effects.size();
    }

    /** The label of study i (the file's {@code study} column, or "Study i+1" when it has none). */
    public String label(int i) {
        return effects.get(i).study();
    }

    /** The names of the arm columns, in the order of {@link #armCells()}. */
    public List<String> armColumns() {
        return measure.inputKind().columns();
    }

    public double[] yi() {
        return effects.stream().mapToDouble(EffectSize::yi).toArray();
    }

    public double[] vi() {
        return effects.stream().mapToDouble(EffectSize::vi).toArray();
    }
}
