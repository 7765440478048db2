package org.walkstudy.analysis.input;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.walkstudy.analysis.effectsize.EffectMeasure;
import org.walkstudy.analysis.effectsize.EffectSize;
import org.walkstudy.analysis.effectsize.EffectSizes;
import org.walkstudy.analysis.effectsize.PrePostMeans;
import org.walkstudy.analysis.effectsize.TwoByTwoTable;
import org.walkstudy.analysis.effectsize.TwoGroupMeans;
import org.walkstudy.analysis.effectsize.ZeroCellCorrection;
import org.walkstudy.analysis.meta.Moderators;
import org.walkstudy.core.input.HeapBudget;
import org.walkstudy.core.input.InputException;

/**
 * Reads meta-analysis input CSV (UTF-8, optional BOM): a {@code study} column (optional; default labels
 * "Study 1", ...) and metafor's columns for the measure: {@code ai,bi,ci,di} (RR, OR, RD, PETO),
 * {@code m1i,sd1i,n1i,m2i,sd2i,n2i} (MD, SMD, ROM), {@code m1i,sd1i,m2i,sd2i,ni,ri} (MC, SMCR), or
 * {@code yi} with {@code vi} or {@code sei} (GEN). Other columns may be named as moderators (numeric) or as the
 * subgroup column (text). Bad input throws {@link InputException} with file, line and column.
 */
public final class MetaInputCsv {
    private static final List<String> TABLE = EffectMeasure.InputKind.TWO_BY_TWO.columns();

    private MetaInputCsv() {
    }

    /** Reads the file for the measure, with the named moderator columns and optional subgroup column. */
    public static MetaInput read(Path path, EffectMeasure measure, List<String> moderators, String subgroup) {
        return read(path, measure, moderators, subgroup, ZeroCellCorrection.METAFOR_DEFAULT);
    }

    /** As {@link #read(Path, EffectMeasure, List, String)} with the given zero-cell correction for 2x2 tables. */
    public static MetaInput read(Path path, EffectMeasure measure, List<String> moderators, String subgroup,
            ZeroCellCorrection correction) {
        return read(path, measure, new Columns(moderators, subgroup, null, correction, false));
    }

    /**
     * The columns an analysis uses besides the measure's: moderators (numeric, or text as k-1 dummy columns
     * like R's factor()), the subgroup column, a numeric column to order the studies by (or null), the zero-cell
     * correction, and whether a missing value (empty or NA) in a used column is refused ({@code strict}) rather
     * than the row dropped and its line reported (metafor's na.omit).
     */
    public record Columns(List<String> moderators, String subgroup, String orderColumn, ZeroCellCorrection correction,
            boolean strict) {
        public Columns {
            moderators = moderators == null ? List.of() : List.copyOf(moderators);
            if (correction == null) {
                throw new IllegalArgumentException("correction must not be null");
            }
        }
    }

    /** Reads the file for the measure and the given columns. */
    public static MetaInput read(Path path, EffectMeasure measure, Columns columns) {
        if (path == null) {
            throw new IllegalArgumentException("path must not be null");
        }
        String source = path.toString();
        // The bytes, their text and the parsed cells are held at once: about 8 bytes of heap per byte read.
        HeapBudget.requireFits(path, 8);
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw InputException.inFile(source, "file not found", e);
        } catch (CharacterCodingException e) {
            throw InputException.inFile(source, "not valid UTF-8", e);
        } catch (IOException e) {
            throw InputException.inFile(source, "cannot read file: " + e.getMessage(), e);
        }
        return parse(source, text, measure, columns);
    }

    /** Parses CSV text with metafor's default zero-cell correction; {@code source} names it in error messages. */
    public static MetaInput parse(String source, String text, EffectMeasure measure, List<String> moderators,
            String subgroup) {
        return parse(source, text, measure, moderators, subgroup, ZeroCellCorrection.METAFOR_DEFAULT);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static MetaInput parse(String source, String text, EffectMeasure measure, List<String> moderators,
            String subgroup, ZeroCellCorrection correction) {
        return parse(source, text, measure, new Columns(moderators, subgroup, null, correction, false));
    }

    /** Parses CSV text with the given columns; {@code source} names it in error messages. */
    public static MetaInput parse(String source, String text, EffectMeasure measure, Columns columns) {
        if (measure == null) {
            throw new IllegalArgumentException("measure must not be null");
        }
        ZeroCellCorrection correction = columns.correction();
        String subgroup = columns.subgroup();
        String orderColumn = columns.orderColumn();
        List<String> mods = columns.moderators();
        if (text.indexOf('\u0000') >= 0) {
            // UTF-16 text decodes as UTF-8 with a NUL byte after every ASCII letter.
            throw InputException.inFile(source, "contains NUL bytes: probably UTF-16; save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).build();
        List<CSVRecord> records = new ArrayList<>();
        // The file line each record starts on: a quoted cell may span lines, so the record index is not it.
        List<Long> startLines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            java.util.Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                if (!it.hasNext()) {
                    break;
                }
                records.add(it.next());
                startLines.add(start);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw InputException.inFile(source, "malformed CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty() || isBlank(records.get(0))) {
            throw InputException.inFile(source, "empty file: expected a header line");
        }
        Map<String, Integer> header = new HashMap<>();
        CSVRecord head = records.get(0);
        for (int j = 0; j < head.size(); j++) {
            String name = head.get(j);
            if (header.putIfAbsent(name, j) != null) {
                throw InputException.atCell(source, 1, name, "duplicate column name");
            }
        }
        if (head.size() == 1 && head.get(0).contains(";")) {
            // Spreadsheets in many locales save "CSV" with semicolons; say so instead of listing one odd column.
            throw InputException.atLine(source, 1, "columns are separated by ';': save the file as CSV with commas"
                    + " (and decimal points)");
        }
        List<String> required = new ArrayList<>(requiredColumns(measure, header));
        for (String m : mods) {
            if (!header.containsKey(m)) {
                throw InputException.inFile(source, "moderator column '" + m + "' not found; columns are "
                        + head.toList());
            }
        }
        if (orderColumn != null && !header.containsKey(orderColumn)) {
            throw InputException.inFile(source, "order column '" + orderColumn + "' not found; columns are "
                    + head.toList());
        }
        if (subgroup != null && !header.containsKey(subgroup)) {
            throw InputException.inFile(source, "subgroup column '" + subgroup + "' not found; columns are "
                    + head.toList());
        }
        for (String r : required) {
            if (!header.containsKey(r)) {
                throw InputException.inFile(source, "measure " + measure + " needs column '" + r
                        + "' but the columns are " + head.toList());
            }
        }
        Rows rows = new Rows(source, header);
        List<String> studies = new ArrayList<>();
        List<EffectSize> effects = new ArrayList<>();
        List<TwoByTwoTable> tables = measure.inputKind() == EffectMeasure.InputKind.TWO_BY_TWO ? new ArrayList<>() : null;
        List<List<String>> armCells = new ArrayList<>();
        List<String> armColumns = measure.inputKind().columns();
        List<String[]> modCells = new ArrayList<>();
        List<Long> modLines = new ArrayList<>();
        List<String> groups = subgroup == null ? null : new ArrayList<>();
        List<Double> orderValues = orderColumn == null ? null : new ArrayList<>();
        List<String> used = new ArrayList<>(required);
        used.addAll(mods);
        if (subgroup != null) {
            used.add(subgroup);
        }
        if (orderColumn != null) {
            used.add(orderColumn);
        }
        List<Long> dropped = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            if (isBlank(rec)) {
                continue;
            }
            long line = startLines.get(r);
            if (rec.size() != head.size()) {
                throw InputException.atLine(source, line, "expected " + head.size() + " fields but found " + rec.size());
            }
            String missing = firstMissing(rec, header, used);
            if (missing != null) {
                if (columns.strict()) {
                    throw InputException.atCell(source, line, missing, "missing value (without --strict the row is"
                            + " dropped with a warning)");
                }
                dropped.add(line);
                continue;
            }
            String study = header.containsKey("study") ? rec.get(header.get("study")) : "Study " + (studies.size() + 1);
            if (study.isEmpty()) {
                throw InputException.atCell(source, line, "study", "empty study label");
            }
            if (!seen.add(study)) {
                throw InputException.atCell(source, line, "study", "duplicate study label '" + study + "'");
            }
            studies.add(study);
            effects.add(effect(rows, rec, line, measure, study, tables));
            armCells.add(cells(rec, header, armColumns));
            String[] m = new String[mods.size()];
            for (int j = 0; j < mods.size(); j++) {
                m[j] = rec.get(header.get(mods.get(j)));
            }
            modCells.add(m);
            modLines.add(line);
            if (orderValues != null) {
                orderValues.add(rows.number(rec, line, orderColumn));
            }
            if (groups != null) {
                String g = rec.get(header.get(subgroup));
                if (g.isEmpty()) {
                    throw InputException.atCell(source, line, subgroup, "empty subgroup");
                }
                groups.add(g);
            }
        }
        if (studies.isEmpty()) {
            throw InputException.inFile(source, dropped.isEmpty() ? "no studies: the file has a header but no data lines"
                    : "no studies: every row has a missing value in a column the analysis uses (lines "
                    + MetaInput.lineList(dropped) + ")");
        }
        if (tables != null) {
            try {
                effects = EffectSizes.fromTables(measure, studies, tables, correction);
            } catch (IllegalArgumentException e) {
                throw InputException.inFile(source, "cannot compute the effect sizes (a zero cell needs a zero-cell"
                        + " correction?): " + e.getMessage(), e);
            }
        }
        Moderators moderators = moderators(rows, mods, modCells, modLines);
        return new MetaInput(source, measure, effects, armCells, tables, moderators, groups, orderValues, dropped);
    }

    /**
     * Moderator columns: a column whose every cell is a number is numeric; a column with no number is text and
     * becomes k - 1 dummy columns named column + level, levels sorted, the first the reference (R's factor() and
     * model.matrix, as metafor); a column mixing numbers and text is an error at its first text cell.
     */
    private static Moderators moderators(Rows rows, List<String> mods, List<String[]> cells, List<Long> lines) {
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        int k = cells.size();
        for (int j = 0; j < mods.size(); j++) {
            String name = mods.get(j);
            boolean anyNumber = false;
            for (String[] c : cells) {
                anyNumber |= isNumber(c[j]);
            }
            if (anyNumber) {
                double[] values = new double[k];
                for (int i = 0; i < k; i++) {
                    values[i] = rows.number(cells.get(i)[j], lines.get(i), name);
                }
                names.add(name);
                columns.add(values);
                continue;
            }
            java.util.TreeSet<String> levels = new java.util.TreeSet<>();
            for (String[] c : cells) {
                levels.add(c[j]);
            }
            if (levels.size() < 2) {
                throw InputException.atCell(rows.source, lines.get(0), name, "a text moderator needs at least 2"
                        + " different values (it becomes one dummy column per value but the first) but has only "
                        + levels);
            }
            for (String level : levels.tailSet(levels.first(), false)) {
                double[] dummy = new double[k];
                for (int i = 0; i < k; i++) {
                    dummy[i] = cells.get(i)[j].equals(level) ? 1 : 0;
                }
                names.add(name + level);
                columns.add(dummy);
            }
        }
        return Moderators.of(names, columns);
    }

    private static boolean isNumber(String cell) {
        try {
            return Double.isFinite(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The first used column whose cell is empty or NA, or null. */
    private static String firstMissing(CSVRecord rec, Map<String, Integer> header, List<String> used) {
        for (String column : used) {
            Integer j = header.get(column);
            if (j != null && j < rec.size()) {
                String cell = rec.get(j);
                if (cell.isEmpty() || cell.equalsIgnoreCase("NA")) {
                    return column;
                }
            }
        }
        return null;
    }

    private static List<String> requiredColumns(EffectMeasure measure, Map<String, Integer> header) {
        return switch (measure.inputKind()) {
            case TWO_BY_TWO, TWO_GROUP_MEANS, PRE_POST -> measure.inputKind().columns();
            case ESTIMATE -> header.containsKey("vi") || !header.containsKey("sei") ? List.of("yi", "vi")
                    : List.of("yi", "sei");
        };
    }

    private static EffectSize effect(Rows rows, CSVRecord rec, long line, EffectMeasure measure, String study,
            List<TwoByTwoTable> tables) {
        switch (measure.inputKind()) {
            case TWO_BY_TWO -> {
                double[] cells = new double[4];
                for (int j = 0; j < 4; j++) {
                    cells[j] = rows.nonNegative(rec, line, TABLE.get(j), "count");
                }
                TwoByTwoTable t = TwoByTwoTable.of(cells[0], cells[1], cells[2], cells[3]);
                if (t.n1() == 0 || t.n2() == 0) {
                    throw InputException.atLine(rows.source, line, "a group has no participants (ai + bi or ci + di is 0)");
                }
                tables.add(t);
                return null; // computed for all tables at once (zero-cell correction)
            }
            case TWO_GROUP_MEANS -> {
                double m1 = rows.number(rec, line, "m1i");
                double sd1 = rows.nonNegative(rec, line, "sd1i", "standard deviation");
                double n1 = rows.sampleSize(rec, line, "n1i", measure == EffectMeasure.SMD ? 2 : 1);
                double m2 = rows.number(rec, line, "m2i");
                double sd2 = rows.nonNegative(rec, line, "sd2i", "standard deviation");
                double n2 = rows.sampleSize(rec, line, "n2i", measure == EffectMeasure.SMD ? 2 : 1);
                if (measure == EffectMeasure.ROM) {
                    rows.requirePositive(rec, line, "m1i", m1, "ROM needs positive means");
                    rows.requirePositive(rec, line, "m2i", m2, "ROM needs positive means");
                }
                return rows.effect(line, () -> EffectSizes.twoGroupMeans(measure, study,
                        TwoGroupMeans.of(m1, sd1, n1, m2, sd2, n2)));
            }
            case PRE_POST -> {
                double m1 = rows.number(rec, line, "m1i");
                double sd1 = rows.nonNegative(rec, line, "sd1i", "standard deviation");
                double m2 = rows.number(rec, line, "m2i");
                double sd2 = rows.nonNegative(rec, line, "sd2i", "standard deviation");
                double n = rows.sampleSize(rec, line, "ni", 2);
                double r = rows.number(rec, line, "ri");
                if (!(r >= -1 && r <= 1)) {
                    throw InputException.atCell(rows.source, line, "ri", "correlation must be in [-1, 1] but was " + r);
                }
                return rows.effect(line, () -> EffectSizes.prePost(measure, study, PrePostMeans.of(m1, sd1, m2, sd2, n, r)));
            }
            default -> {
                double yi = rows.number(rec, line, "yi");
                if (rows.header.containsKey("vi")) {
                    double vi = rows.nonNegative(rec, line, "vi", "variance");
                    if (vi == 0) {
                        throw InputException.atCell(rows.source, line, "vi",
                                "zero sampling variance: the study would get infinite weight");
                    }
                    return EffectSize.of(study, yi, vi);
                }
                double sei = rows.nonNegative(rec, line, "sei", "standard error");
                if (sei == 0) {
                    throw InputException.atCell(rows.source, line, "sei",
                            "zero standard error: the study would get infinite weight");
                }
                return EffectSizes.fromStandardError(study, yi, sei);
            }
        }
    }

    /** The arm cells as written in the file (already validated as numbers), for tables and charts. */
    private static List<String> cells(CSVRecord rec, Map<String, Integer> header, List<String> columns) {
        if (columns.isEmpty()) {
            return List.of();
        }
        String[] out = new String[columns.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = rec.get(header.get(columns.get(j)));
        }
        return List.of(out);
    }

    private static boolean isBlank(CSVRecord rec) {
        return rec.size() == 1 && rec.get(0).isEmpty();
    }

    /** Cell access with located errors. */
    private record Rows(String source, Map<String, Integer> header) {
        double number(CSVRecord rec, long line, String column) {
            return number(rec.get(header.get(column)), line, column);
        }

        double number(String cell, long line, String column) {
            if (cell.isEmpty() || cell.equalsIgnoreCase("NA")) {
                throw InputException.atCell(source, line, column, "missing value");
            }
            double value;
            try {
                value = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw InputException.atCell(source, line, column, "not a number: '" + cell + "'"
                        + (cell.matches("-?[0-9]+,[0-9]+") ? " (use a decimal point, not a comma)" : ""), e);
            }
            if (!Double.isFinite(value)) {
                throw InputException.atCell(source, line, column, "not a finite number: '" + cell + "'");
            }
            return value;
        }

        double nonNegative(CSVRecord rec, long line, String column, String what) {
            double value = number(rec, line, column);
            if (value < 0) {
                throw InputException.atCell(source, line, column, what + " must be >= 0 but was " + value);
            }
            return value;
        }

        double sampleSize(CSVRecord rec, long line, String column, int min) {
            double value = number(rec, line, column);
            if (value < min) {
                throw InputException.atCell(source, line, column, "sample size must be >= " + min + " but was " + value);
            }
            return value;
        }

        void requirePositive(CSVRecord rec, long line, String column, double value, String problem) {
            if (!(value > 0)) {
                throw InputException.atCell(source, line, column, problem + " but was " + value);
            }
        }

        EffectSize effect(long line, java.util.function.Supplier<EffectSize> compute) {
            try {
                return compute.get();
            } catch (IllegalArgumentException e) {
                throw InputException.atLine(source, line, "cannot compute the effect size: " + e.getMessage());
            }
        }
    }
}
