package org.walkstudy.analysis.input;

import java.util.List;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.meta.Moderators;

/**
 * Studies read for one analysis: their effect sizes (escalc; 1/2 added to zero-cell tables, double-zero tables
 * kept), the 2x2 tables when the measure takes them (else null), the requested moderators and the subgroup of
 * each study (null when no subgroup column was requested).
 */
public record MetaInput(String source, EffectMeasure measure, List<EffectSize> effects, List<TwoByTwoTable> tables,
        Moderators moderators, List<String> subgroups) {
    public MetaInput {
        if (effects == null || effects.isEmpty()) {
            throw new IllegalArgumentException("effects must be a non-empty list");
        }
        effects = List.copyOf(effects);
        tables = tables == null ? null : List.copyOf(tables);
        subgroups = subgroups == null ? null : List.copyOf(subgroups);
        if (moderators == null) {
            throw new IllegalArgumentException("moderators must not be null (use Moderators.none())");
        }
    }

    public int k() {
        return effects.size();
    }

    public double[] yi() {
        return effects.stream().mapToDouble(EffectSize::yi).toArray();
    }

    public double[] vi() {
        return effects.stream().mapToDouble(EffectSize::vi).toArray();
    }
}
