package org.walkstudy.datasets.csv;

import static org.walkstudy.datasets.csv.StudyColumn.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.walkstudy.core.evidence.IntervalKind;

/**
 * The checks a study row gets beyond its cells' types: what can be checked mechanically about a published
 * result (an estimate inside its own interval, events within n, arms adding up to a stated total, an interval
 * kind that matches the limits given, a citation with authors and a year, a source address that is a web
 * address). Each failure names the file, line and column.
 */
final class RowChecks {
    /** A dotted IPv4 host or a bracketed IPv6 host: not a stable address for a published source. */
    private static final Pattern IP_HOST = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[.*]");

    private RowChecks() {
    }

    /** The interval kind given, or CONFIDENCE when limits are printed and NONE when they are not. */
    static IntervalKind intervalKind(StudyRow row) {
        boolean limits = row.has(CI_LOWER) || row.has(CI_UPPER);
        if (!row.has(INTERVAL_KIND)) {
            return limits ? IntervalKind.CONFIDENCE : IntervalKind.NONE;
        }
        IntervalKind kind = row.build(INTERVAL_KIND, () -> IntervalKind.parse(row.text(INTERVAL_KIND)));
        if (kind == IntervalKind.NONE && limits) {
            throw row.error(INTERVAL_KIND, "is 'none' but ci_lower/ci_upper are given");
        }
        if (kind != IntervalKind.NONE && !limits) {
            throw row.error(INTERVAL_KIND, "is '" + kind.code() + "' but no ci_lower/ci_upper are given");
        }
        return kind;
    }

    /**
     * Participants behind the result: checked to be at least 1, events never above their n, and the two arms
     * adding up to it when both arm sizes are given.
     */
    static OptionalInt participants(StudyRow row) {
        OptionalInt nWalk = row.integer(N_WALK);
        OptionalInt nCtrl = row.integer(N_CTRL);
        eventsWithin(row, EVENTS_WALK, N_WALK, nWalk);
        eventsWithin(row, EVENTS_CTRL, N_CTRL, nCtrl);
        OptionalInt total = row.integer(PARTICIPANTS);
        if (total.isEmpty()) {
            return total;
        }
        if (total.getAsInt() < 1) {
            throw row.error(PARTICIPANTS, "must be >= 1 but was " + total.getAsInt());
        }
        if (nWalk.isPresent() && nCtrl.isPresent() && nWalk.getAsInt() + nCtrl.getAsInt() != total.getAsInt()) {
            throw row.error(PARTICIPANTS, "is " + total.getAsInt() + " but the arms add up to "
                    + (nWalk.getAsInt() + nCtrl.getAsInt()) + " (n_walk " + nWalk.getAsInt() + " + n_ctrl "
                    + nCtrl.getAsInt() + ")");
        }
        return total;
    }

    private static void eventsWithin(StudyRow row, StudyColumn events, StudyColumn nColumn, OptionalInt n) {
        OptionalInt e = row.integer(events);
        if (e.isPresent() && n.isPresent() && e.getAsInt() > n.getAsInt()) {
            throw row.error(events, "is " + e.getAsInt() + " but " + nColumn.header() + " is only " + n.getAsInt());
        }
    }

    /**
     * A citation needs authors and a year. A study that could not be identified says so: its authors cell
     * starts with "unidentified" (then the year may be empty). "et al." and unbalanced parentheses make a
     * malformed citation; a placeholder such as "not shown in the source" is not an author.
     */
    static void citation(StudyRow row) {
        String authors = row.required(AUTHORS);
        String lower = authors.toLowerCase(Locale.ROOT);
        boolean unidentified = lower.startsWith("unidentified");
        if (!unidentified && !row.has(YEAR)) {
            throw row.error(YEAR, "a citation needs its year (for a study that could not be identified, start the"
                    + " authors cell with 'unidentified')");
        }
        if (lower.contains("et al")) {
            throw row.error(AUTHORS, "list the authors as printed, without 'et al.' (views add it)");
        }
        if (lower.contains("not shown") && !unidentified) {
            throw row.error(AUTHORS, "name the authors, or start the cell with 'unidentified' and say what is known");
        }
        if (authors.chars().filter(c -> c == '(').count() != authors.chars().filter(c -> c == ')').count()) {
            throw row.error(AUTHORS, "has unbalanced parentheses: '" + authors + "'");
        }
    }

    /** The source address must parse as an http(s) address with a host name (not a bare IP address). */
    static void sourceAddress(StudyRow row) {
        String url = row.required(SOURCE_URL);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw row.error(SOURCE_URL, "is not a valid web address: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw row.error(SOURCE_URL, "must be an http:// or https:// address but was '" + url + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw row.error(SOURCE_URL, "has no host name: '" + url + "'");
        }
        if (IP_HOST.matcher(uri.getHost()).matches()) {
            throw row.error(SOURCE_URL, "is a bare IP address, not a stable source: '" + url + "'");
        }
    }

    /** Why the printed estimate lies outside its own interval, when it does (the row is then flagged). */
    static Optional<String> estimateOutsideInterval(StudyRow row) {
        OptionalDouble estimate = row.decimal(EFFECT);
        OptionalDouble lower = row.decimal(CI_LOWER);
        OptionalDouble upper = row.decimal(CI_UPPER);
        if (estimate.isEmpty() || lower.isEmpty() || upper.isEmpty()) {
            return Optional.empty();
        }
        double e = estimate.getAsDouble();
        if (e >= lower.getAsDouble() && e <= upper.getAsDouble() && lower.getAsDouble() <= upper.getAsDouble()) {
            return Optional.empty();
        }
        return Optional.of("flagged by the reader: the estimate " + row.text(EFFECT) + " lies outside its printed"
                + " interval " + row.text(CI_LOWER) + " to " + row.text(CI_UPPER));
    }
}
