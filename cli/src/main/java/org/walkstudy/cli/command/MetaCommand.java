package org.walkstudy.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.walkstudy.analysis.run.MetaAnalysis;
import org.walkstudy.analysis.run.MetaRequest;
import org.walkstudy.analysis.run.MetaResult;
import org.walkstudy.cli.format.OutputFormat;
import org.walkstudy.cli.meta.MetaCsv;
import org.walkstudy.cli.meta.MetaJson;
import org.walkstudy.cli.meta.MetaText;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code walkstudy meta}: effect sizes and a pooled model from a CSV in metafor's column names. */
@Command(name = "meta", mixinStandardHelpOptions = true,
        description = {"Meta-analysis of a CSV with metafor's column names (study; m1i,sd1i,n1i,m2i,sd2i,n2i; "
                + "ai,bi,ci,di; yi,vi or yi,sei; other columns are moderators). Group 1 is the walking arm.",
                "Results agree with R metafor 3.8 to 1e-6 (see the reference cases in the tests)."})
public final class MetaCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "The studies.")
    Path input;

    @Mixin
    MetaModelOptions model;

    @Option(names = "--bias", description = "Egger's regression test, Begg's rank test, trim-and-fill.")
    boolean bias;

    @Option(names = "--sensitivity", description = "Leave-one-out and cumulative meta-analysis.")
    boolean sensitivity;

    @Option(names = "--permutations", paramLabel = "N",
            description = "Permutation test of the moderators with N >= 2 permutations (needs --mods).")
    Integer permutations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the permutation test.")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", converter = MetaFormat.class,
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    /** meta's formats: table, json or csv (no markdown). */
    static final class MetaFormat implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            OutputFormat f = OutputFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            if (f == OutputFormat.MARKDOWN) {
                throw new TypeConversionException("meta has no markdown format; use table, json or csv");
            }
            return f;
        }
    }

    @Override
    public Integer call() {
        MetaRequest.Builder request = model.request(input, bias, sensitivity);
        if (permutations != null) {
            if (permutations < 2) {
                throw model.usage("Invalid value for option '--permutations': must be at least 2 but was "
                        + permutations);
            }
            if (model.mods.isEmpty()) {
                throw model.usage("--permutations tests moderators: add --mods COL");
            }
            request.permutations(permutations, seed);
        }
        MetaResult result = MetaAnalysis.run(request.build());
        if (!result.input().droppedLines().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("walkstudy: warning: " + input + ": " + result.input().droppedLines().size() + " row(s) with a"
                    + " missing value in a used column dropped (lines "
                    + org.walkstudy.analysis.input.MetaInput.lineList(result.input().droppedLines())
                    + "); --strict refuses them");
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case JSON -> MetaJson.write(result, out);
            case CSV -> MetaCsv.write(result, out);
            default -> out.print(MetaText.table(result));
        }
        out.flush();
        return 0;
    }
}
