package org.walkstudy.datasets.csv;

import static org.walkstudy.datasets.csv.StudyColumn.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.walkstudy.core.effect.ArmSummary;
import org.walkstudy.core.effect.ChangeScores;
import org.walkstudy.core.effect.ConfidenceInterval;
import org.walkstudy.core.effect.EffectData;
import org.walkstudy.core.effect.HazardRatio;
import org.walkstudy.core.effect.PrePostSingleGroup;
import org.walkstudy.core.effect.ReportedEffect;
import org.walkstudy.core.effect.ReportedMeasure;
import org.walkstudy.core.effect.SingleGroupChange;
import org.walkstudy.core.effect.TwoArmContinuous;
import org.walkstudy.core.effect.TwoByTwoCounts;
import org.walkstudy.core.evidence.Exposure;
import org.walkstudy.core.evidence.Finding;
import org.walkstudy.core.evidence.Flag;
import org.walkstudy.core.evidence.IntervalKind;
import org.walkstudy.core.evidence.PrintedNumbers;
import org.walkstudy.core.input.HeapBudget;
import org.walkstudy.core.input.InputException;
import org.walkstudy.core.outcome.Direction;
import org.walkstudy.core.outcome.Outcome;
import org.walkstudy.core.outcome.OutcomeDomain;
import org.walkstudy.core.outcome.Scale;
import org.walkstudy.core.provenance.Provenance;
import org.walkstudy.core.study.Arm;
import org.walkstudy.core.study.ArmRole;
import org.walkstudy.core.study.Citation;
import org.walkstudy.core.study.Intensity;
import org.walkstudy.core.study.Study;
import org.walkstudy.core.study.StudyDesign;
import org.walkstudy.core.study.Supervision;
import org.walkstudy.core.study.WalkingProtocol;

/**
 * Reads a walkstudy study file (see {@link StudyColumn}) into studies and findings. Strict: unknown or
 * duplicate columns, malformed numbers and impossible values fail with file, line and column.
 */
public final class StudyCsvReader {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(false)
            .get();

    private StudyCsvReader() {
    }

    /** Reads a study file from disk; the file name is used in error messages. */
    public static StudyDataset read(Path file) {
        String source = file.toString();
        // Every row is kept as a study record: about 8 bytes of heap per byte read.
        HeapBudget.requireFits(file, 8);
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(source, "no such file");
        } catch (IOException e) {
            throw InputException.inFile(source, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a study file from a UTF-8 stream (a leading byte-order mark is skipped). */
    public static StudyDataset read(String source, InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = skipBom(new InputStreamReader(in, decoder))) {
            return parse(source, reader);
        } catch (CharacterCodingException e) {
            throw InputException.inFile(source, "not UTF-8 text (save the file as UTF-8)", e);
        } catch (IOException | java.io.UncheckedIOException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw InputException.inFile(source, "not UTF-8 text (save the file as UTF-8)", e);
            }
            throw InputException.inFile(source, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static StudyDataset parse(String source, Reader reader) throws IOException {
        CSVParser parser;
        try {
            parser = FORMAT.parse(reader);
        } catch (IllegalArgumentException e) {
            throw InputException.atLine(source, 1, "bad header: " + e.getMessage());
        }
        try (parser) {
            Map<String, Integer> header = checkHeader(source, parser.getHeaderMap());
            Builder builder = new Builder();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof CharacterCodingException) {
                        throw InputException.inFile(source, "not UTF-8 text (save the file as UTF-8)", e);
                    }
                    throw InputException.atLine(source, line, "malformed CSV: " + cause.getMessage());
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    throw InputException.atLine(source, line,
                            "has " + record.size() + " cells but the header has " + header.size());
                }
                builder.add(new StudyRow(source, line, record, header));
            }
            return builder.build();
        }
    }

    private static Map<String, Integer> checkHeader(String source, Map<String, Integer> raw) {
        if (raw == null || raw.isEmpty()) {
            throw InputException.inFile(source, "empty file: expected a header line with the columns "
                    + String.join(",", StudyColumn.headers()));
        }
        if (raw.size() == 1 && raw.keySet().iterator().next().contains(";")) {
            // Spreadsheets in many locales save "CSV" with semicolons; say so instead of listing one odd column.
            throw InputException.atLine(source, 1, "columns are separated by ';': save the file as CSV with commas"
                    + " (and decimal points)");
        }
        Map<String, Integer> header = new HashMap<>();
        for (Map.Entry<String, Integer> e : raw.entrySet()) {
            String name = e.getKey().strip();
            if (!StudyColumn.headers().contains(name)) {
                throw InputException.atCell(source, 1, name, "unknown column (allowed: "
                        + String.join(", ", StudyColumn.headers()) + ")");
            }
            header.put(name, e.getValue());
        }
        for (StudyColumn c : StudyColumn.values()) {
            if (c.required() && !header.containsKey(c.header())) {
                throw InputException.atCell(source, 1, c.header(), "missing required column");
            }
        }
        return header;
    }

    /** Collects rows, checking that all rows of one study agree on its citation and design. */
    private static final class Builder {
        private final Map<String, Study> studies = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        void add(StudyRow row) {
            Study study = study(row);
            Study known = studies.get(study.id());
            if (known == null) {
                studies.put(study.id(), study);
            } else {
                checkSame(row, known, study);
                if (known.arms().isEmpty() && !study.arms().isEmpty()
                        || known.protocol().isEmpty() && study.protocol().isPresent()) {
                    studies.put(study.id(), merge(known, study));
                }
            }
            findings.add(finding(row, study.id()).withPValue(row.text(P_VALUE))
                    .withExposure(row.has(EXPOSURE) ? row.build(EXPOSURE, () -> Exposure.parse(row.text(EXPOSURE)))
                            : Exposure.WALKING)
                    .withIntervalKind(RowChecks.intervalKind(row))
                    .withPrinted(PrintedNumbers.of(row.text(EFFECT), row.text(CI_LOWER), row.text(CI_UPPER)))
                    .withParticipants(RowChecks.participants(row)));
        }

        private static Study merge(Study known, Study later) {
            return new Study(known.id(), known.citation(), known.design(), known.population(), known.country(),
                    known.arms().isEmpty() ? later.arms() : known.arms(),
                    known.protocol().isPresent() ? known.protocol() : later.protocol(), known.notes());
        }

        private static void checkSame(StudyRow row, Study known, Study study) {
            if (!known.citation().equals(study.citation())) {
                throw row.error(AUTHORS, "study '" + study.id() + "' was cited differently on an earlier row ("
                        + known.citation().shortForm() + ")");
            }
            if (known.design() != study.design()) {
                throw row.error(DESIGN, "study '" + study.id() + "' has design " + known.design().code()
                        + " on an earlier row");
            }
        }

        StudyDataset build() {
            return new StudyDataset(new ArrayList<>(studies.values()), findings);
        }
    }

    private static Study study(StudyRow row) {
        String id = row.required(STUDY_ID);
        OptionalInt year = row.integer(YEAR);
        RowChecks.citation(row);
        Citation citation = row.build(YEAR,
                () -> new Citation(row.required(AUTHORS), year, row.text(JOURNAL), row.text(DOI_OR_PMID)));
        StudyDesign design = row.build(DESIGN, () -> StudyDesign.parse(row.required(DESIGN)));
        List<Arm> arms = arms(row);
        Optional<WalkingProtocol> protocol = protocol(row);
        return row.build(STUDY_ID, () -> new Study(id, citation, design, row.text(POPULATION), row.text(COUNTRY),
                arms, protocol, ""));
    }

    private static List<Arm> arms(StudyRow row) {
        OptionalInt nWalk = row.integer(N_WALK);
        OptionalInt nCtrl = row.integer(N_CTRL);
        List<Arm> arms = new ArrayList<>();
        if (nWalk.isPresent()) {
            String label = row.has(ARM_WALK) ? row.text(ARM_WALK) : "walking";
            arms.add(row.build(N_WALK, () -> Arm.of(label, nWalk.getAsInt(), ArmRole.INTERVENTION)));
        }
        if (nCtrl.isPresent()) {
            String label = row.has(ARM_CTRL) ? row.text(ARM_CTRL) : "control";
            arms.add(row.build(N_CTRL, () -> Arm.of(label, nCtrl.getAsInt(), ArmRole.CONTROL)));
        }
        return arms;
    }

    private static Optional<WalkingProtocol> protocol(StudyRow row) {
        boolean any = Arrays.asList(WALKING_DOSE, MINUTES_PER_SESSION, SESSIONS_PER_WEEK, WEEKS, INTENSITY,
                DAILY_STEP_TARGET, SUPERVISION, CO_INTERVENTIONS).stream().anyMatch(row::has);
        if (!any) {
            return Optional.empty();
        }
        OptionalDouble minutes = row.decimal(MINUTES_PER_SESSION);
        OptionalDouble sessions = row.decimal(SESSIONS_PER_WEEK);
        OptionalDouble weeks = row.decimal(WEEKS);
        OptionalInt steps = row.integer(DAILY_STEP_TARGET);
        Intensity intensity = row.build(INTENSITY, () -> Intensity.parse(row.text(INTENSITY)));
        Supervision supervision = row.build(SUPERVISION, () -> Supervision.parse(row.text(SUPERVISION)));
        List<String> co = row.has(CO_INTERVENTIONS)
                ? Arrays.stream(row.text(CO_INTERVENTIONS).split(";")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList()
                : List.of();
        return Optional.of(row.build(WALKING_DOSE, () -> new WalkingProtocol(row.text(WALKING_DOSE), minutes,
                sessions, weeks, intensity, steps, supervision, co)));
    }

    private static Finding finding(StudyRow row, String studyId) {
        RowChecks.sourceAddress(row);
        Outcome outcome = outcome(row);
        Provenance provenance = row.build(SOURCE_URL,
                () -> Provenance.of(row.required(SOURCE_URL), row.required(SOURCE_LOCATION), row.text(EXTRACTION_NOTE)));
        String kind = row.required(DATA_KIND);
        List<Flag> flags = new ArrayList<>(flags(row));
        RowChecks.estimateOutsideInterval(row).filter(why -> flags.stream()
                .noneMatch(f -> f.code().equals(Flag.INCONSISTENT))).ifPresent(why -> flags.add(Flag.of(Flag.INCONSISTENT, why)));
        boolean inconsistent = flags.stream().anyMatch(f -> f.code().equals(Flag.INCONSISTENT));
        if (kind.equals("gap")) {
            return row.build(GAP, () -> Finding.gap(studyId, row.text(COMPARISON), outcome, row.required(GAP),
                    provenance, flags));
        }
        if (row.has(GAP)) {
            throw row.error(GAP, "must be empty when data_kind is '" + kind + "'");
        }
        if (inconsistent) {
            // Numbers that contradict each other cannot form effect data; keep them verbatim as the gap.
            String printed = printedNumbers(row);
            return Finding.gap(studyId, row.text(COMPARISON), outcome,
                    "numbers inconsistent as printed (" + printed + "); shown, not pooled", provenance, flags);
        }
        EffectData data = effect(row, kind);
        return Finding.withData(studyId, row.text(COMPARISON), outcome, data, provenance, flags);
    }

    private static String printedNumbers(StudyRow row) {
        List<String> parts = new ArrayList<>();
        for (StudyColumn c : List.of(EFFECT_MEASURE, EFFECT, CI_LOWER, CI_UPPER, SE, N_WALK, MEAN_WALK, SD_WALK,
                N_CTRL, MEAN_CTRL, SD_CTRL)) {
            if (row.has(c)) {
                parts.add(c.header() + "=" + row.text(c));
            }
        }
        return String.join(", ", parts);
    }

    /** Flags are ';'-separated codes; the extraction note is their explanation. */
    private static List<Flag> flags(StudyRow row) {
        if (!row.has(FLAG)) {
            return List.of();
        }
        String why = row.has(EXTRACTION_NOTE) ? row.text(EXTRACTION_NOTE) : "flagged by the curator";
        List<Flag> flags = new ArrayList<>();
        for (String code : row.text(FLAG).split(";")) {
            flags.add(row.build(FLAG, () -> Flag.of(code.strip(), why)));
        }
        return flags;
    }

    private static Outcome outcome(StudyRow row) {
        OutcomeDomain domain = row.build(OUTCOME_DOMAIN, () -> OutcomeDomain.parse(row.required(OUTCOME_DOMAIN)));
        OptionalDouble min = row.decimal(SCALE_MIN);
        OptionalDouble max = row.decimal(SCALE_MAX);
        if (min.isPresent() != max.isPresent()) {
            throw row.error(min.isPresent() ? SCALE_MAX : SCALE_MIN, "give both scale_min and scale_max, or neither");
        }
        Optional<Scale> scale = min.isPresent()
                ? Optional.of(row.build(SCALE_MAX, () -> Scale.of(min.getAsDouble(), max.getAsDouble(), row.text(INSTRUMENT))))
                : Optional.empty();
        Direction direction = Direction.fromLowerIsBetter(row.yesNo(LOWER_IS_BETTER));
        OptionalDouble weeks = row.decimal(TIMEPOINT_WEEKS);
        return row.build(TIMEPOINT_WEEKS, () -> new Outcome(domain, row.text(INSTRUMENT), scale, direction, weeks,
                row.text(TIMEPOINT_LABEL)));
    }

    private static EffectData effect(StudyRow row, String kind) {
        return switch (kind) {
            case "two-arm" -> TwoArmContinuous.of(arm(row, N_WALK, MEAN_WALK, SD_WALK), arm(row, N_CTRL, MEAN_CTRL, SD_CTRL));
            case "change" -> ChangeScores.of(arm(row, N_WALK, MEAN_WALK, SD_WALK), arm(row, N_CTRL, MEAN_CTRL, SD_CTRL));
            case "pre-post" -> prePost(row);
            case "single-change" -> singleChange(row);
            case "counts" -> counts(row);
            case "hazard-ratio" -> hazardRatio(row);
            case "reported" -> reported(row);
            default -> throw row.error(DATA_KIND, "unknown data_kind '" + kind
                    + "' (allowed: two-arm, change, pre-post, single-change, counts, hazard-ratio, reported, gap)");
        };
    }

    /** An arm needs its mean; n and SD are kept when printed (a partial arm is shown but not pooled). */
    private static ArmSummary arm(StudyRow row, StudyColumn n, StudyColumn mean, StudyColumn sd) {
        OptionalInt size = row.integer(n);
        double m = row.requiredDecimal(mean);
        OptionalDouble s = row.decimal(sd);
        if (size.isPresent() && size.getAsInt() < 1) {
            throw row.error(n, "must be >= 1 but was " + size.getAsInt());
        }
        if (s.isPresent() && s.getAsDouble() < 0) {
            throw row.error(sd, "must be >= 0 but was " + s.getAsDouble());
        }
        return ArmSummary.partial(size, m, s);
    }

    private static SingleGroupChange singleChange(StudyRow row) {
        OptionalInt n = row.integer(N_WALK);
        double mean = row.requiredDecimal(MEAN_WALK);
        OptionalDouble sd = row.decimal(SD_WALK);
        return row.build(MEAN_WALK, () -> SingleGroupChange.of(n, mean, sd));
    }

    private static PrePostSingleGroup prePost(StudyRow row) {
        int n = row.requiredInteger(N_WALK);
        double preMean = row.requiredDecimal(PRE_MEAN);
        double preSd = row.requiredDecimal(PRE_SD);
        double postMean = row.requiredDecimal(POST_MEAN);
        double postSd = row.requiredDecimal(POST_SD);
        OptionalDouble r = row.decimal(CORRELATION);
        return row.build(N_WALK, () -> new PrePostSingleGroup(n, preMean, preSd, postMean, postSd, r));
    }

    private static TwoByTwoCounts counts(StudyRow row) {
        int ew = row.requiredInteger(EVENTS_WALK);
        int nw = row.requiredInteger(N_WALK);
        int ec = row.requiredInteger(EVENTS_CTRL);
        int nc = row.requiredInteger(N_CTRL);
        return row.build(EVENTS_WALK, () -> TwoByTwoCounts.of(ew, nw, ec, nc));
    }

    private static double level(StudyRow row) {
        OptionalDouble level = row.decimal(CI_LEVEL);
        double percent = level.orElse(95);
        if (percent <= 0 || percent >= 100) {
            throw row.error(CI_LEVEL, "must be a percentage above 0 and below 100 but was " + row.text(CI_LEVEL));
        }
        if (percent <= 1) {
            throw row.error(CI_LEVEL, "looks like a fraction (" + row.text(CI_LEVEL) + "): write the level in percent,"
                    + " e.g. 95");
        }
        return percent / 100;
    }

    private static HazardRatio hazardRatio(StudyRow row) {
        double hr = row.requiredDecimal(EFFECT);
        double lower = row.requiredDecimal(CI_LOWER);
        double upper = row.requiredDecimal(CI_UPPER);
        double level = level(row);
        return consistent(row, () -> row.build(EFFECT, () -> HazardRatio.of(hr, lower, upper, level)));
    }

    private static ReportedEffect reported(StudyRow row) {
        ReportedMeasure measure = row.build(EFFECT_MEASURE, () -> ReportedMeasure.parse(row.required(EFFECT_MEASURE)));
        double estimate = row.requiredDecimal(EFFECT);
        OptionalDouble lower = row.decimal(CI_LOWER);
        OptionalDouble upper = row.decimal(CI_UPPER);
        if (lower.isPresent() != upper.isPresent()) {
            throw row.error(lower.isPresent() ? CI_UPPER : CI_LOWER, "give both CI limits, or neither");
        }
        OptionalDouble se = row.decimal(SE);
        double level = level(row);
        Optional<ConfidenceInterval> ci = lower.isPresent()
                ? Optional.of(consistent(row, () -> row.build(CI_UPPER,
                        () -> ConfidenceInterval.of(lower.getAsDouble(), upper.getAsDouble(), level))))
                : Optional.empty();
        return consistent(row, () -> row.build(EFFECT, () -> new ReportedEffect(measure, estimate, ci, se)));
    }

    /** Adds the way out to a consistency error: numbers printed that way are kept with flag=inconsistent. */
    private static <T> T consistent(StudyRow row, java.util.function.Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InputException e) {
            String column = e.column().orElse("");
            if (column.equals(EFFECT.header()) || column.startsWith("ci_")) {
                throw InputException.atCell(e.source(), e.line(), column, e.problem()
                        + " (if the source prints it so, keep the numbers and set flag=inconsistent)", e);
            }
            throw e;
        }
    }
}
