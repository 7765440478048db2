package org.walkstudy.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.walkstudy.analysis.run.MetaRequest;

import picocli.CommandLine.Option;

/** The model options shared by {@code walkstudy meta} and {@code walkstudy chart}, as metafor names them. */
public final class MetaModelOptions {
    @Option(names = "--measure", paramLabel = "MD|SMD|ROM|RR|OR|RD|GEN", description = "Effect size (escalc's measure).")
    String measure;

    @Option(names = "--method", defaultValue = "REML", paramLabel = "FE|DL|REML|ML|PM|SJ|HE|HS|EB|MH|PETO",
            description = "Model: common effect (FE, MH, PETO) or tau^2 estimator (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--test", defaultValue = "z", paramLabel = "z|knha",
            description = "Wald z or Knapp-Hartung (default: ${DEFAULT-VALUE}).")
    String test;

    @Option(names = "--level", defaultValue = "95", paramLabel = "80-99.9", description = "Confidence level in percent.")
    double level;

    @Option(names = "--mods", split = ",", paramLabel = "COL", description = "Moderator columns (meta-regression).")
    List<String> mods = new ArrayList<>();

    @Option(names = "--subgroup", paramLabel = "COL",
            description = "Pool within each value of this column and test the difference.")
    String subgroup;

    /** The request for an input file, with the bias and sensitivity analyses as asked. */
    MetaRequest request(Path input, boolean bias, boolean sensitivity) {
        if (measure == null) {
            throw new IllegalArgumentException("--measure is required with --input (MD, SMD, ROM, RR, OR, RD or GEN)");
        }
        return MetaRequest.of(input, measure, method, test, level, mods).withSubgroup(subgroup).withBias(bias)
                .withSensitivity(sensitivity);
    }
}
