package org.walkstudy.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.meta.ConfidenceLevel;
import org.walkstudy.analysis.meta.Method;
import org.walkstudy.analysis.meta.TestStatistic;
import org.walkstudy.analysis.run.MetaRequest;
import org.walkstudy.analysis.run.StudyOrder;
import org.walkstudy.analysis.run.Transform;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The model options shared by {@code walkstudy meta} and {@code walkstudy chart}, as metafor names them. A bad
 * value is a usage error (picocli's ParameterException, exit 2), named with the option.
 */
public final class MetaModelOptions {
    /** A measure name: with --input one of {@link EffectMeasure}; chart --dataset also takes reported ones (HR). */
    @Option(names = "--measure", paramLabel = "MD|SMD|ROM|RR|OR|RD|PETO|MC|SMCR|GEN",
            description = "Effect size (escalc's measure).")
    String measure;

    @Option(names = "--method", defaultValue = "REML", paramLabel = "FE|CE|EE|DL|REML|ML|PM|SJ|HE|HS|EB|MH|PETO",
            description = "Model: common effect (FE = CE = EE, MH, PETO) or tau^2 estimator (default: ${DEFAULT-VALUE}).")
    Method method;

    @Option(names = "--test", defaultValue = "z", paramLabel = "z|knha", converter = TestConverter.class,
            description = "Wald z or Knapp-Hartung (default: ${DEFAULT-VALUE}).")
    TestStatistic test;

    @Option(names = "--level", defaultValue = "95", paramLabel = "80-99.9", description = "Confidence level in percent.")
    double level;

    @Option(names = "--mods", split = ",", paramLabel = "COL", description = "Moderator columns (meta-regression).")
    List<String> mods = new ArrayList<>();

    @Option(names = "--subgroup", paramLabel = "COL",
            description = "Pool within each value of this column and test the difference.")
    String subgroup;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--tau2-common", description = "With --subgroup: test the difference with metafor's mixed-effects"
            + " model mods = ~ factor(COL) (one tau^2 for all subgroups) instead of a separate tau^2 per subgroup.")
    boolean tau2Common;

    @Option(names = "--strict", description = "Refuse a row with a missing value (empty or NA) in a column the"
            + " analysis uses, instead of dropping it with a warning (metafor's default).")
    boolean strict;

    @Option(names = "--order", paramLabel = "input|estimate|precision|COL",
            description = "Order of the cumulative analysis and the forest plot (default: input).")
    String order;

    @Option(names = "--transf", defaultValue = "auto", paramLabel = "auto|exp|none",
            description = "Show estimates exponentiated: auto for ratio measures (default), exp for any (e.g. log"
            + " hazard ratios as yi), none on the analysis scale. JSON stays on the analysis scale.")
    Transform transf;

    private StudyOrder order() {
        return order == null ? StudyOrder.INPUT : StudyOrder.parse(order);
    }

    /** The request for an input file, with the bias and sensitivity analyses as asked (to be built). */
    MetaRequest.Builder request(Path input, boolean bias, boolean sensitivity) {
        if (measure == null) {
            throw usage("--measure is required with --input (one of " + Arrays.toString(EffectMeasure.values()) + ")");
        }
        EffectMeasure effect;
        try {
            effect = EffectMeasure.parse(measure);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for option '--measure': " + e.getMessage());
        }
        if (!ConfidenceLevel.isValid(level)) {
            throw usage("Invalid value for option '--level': must be a percentage from 80 to 99.9 but was " + level);
        }
        return MetaRequest.builder(input, effect, method).test(test).level(level).moderators(mods)
                .subgroup(subgroup).tau2Common(tau2Common).strict(strict).order(order()).transf(transf).bias(bias)
                .sensitivity(sensitivity);
    }

    /** A usage error of the command these options belong to (exit 2). */
    ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    /** "z", or "knha" (also "t", "hk", "hksj") for Knapp-Hartung. */
    static final class TestConverter implements ITypeConverter<TestStatistic> {
        @Override
        public TestStatistic convert(String value) {
            return TestStatistic.parse(value);
        }
    }
}
