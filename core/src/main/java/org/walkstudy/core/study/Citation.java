package org.walkstudy.core.study;

import java.util.OptionalInt;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * Where a study was published. {@code identifier} holds the DOI and/or PMID as printed (may be empty
 * when the source gave none); the year is empty when the source did not show it, and otherwise checked
 * against a plausible range.
 */
public record Citation(String authors, OptionalInt year, String journal, String identifier) {
    public Citation {
        authors = Require.nonBlank("authors", authors);
        year = year == null ? OptionalInt.empty() : year;
        if (year.isPresent() && (year.getAsInt() < 1900 || year.getAsInt() > 2100)) {
            throw new InvalidValueException("year", "must be between 1900 and 2100 but was " + year.getAsInt());
        }
        journal = Require.orEmpty(journal);
        identifier = Require.orEmpty(identifier);
    }

    public static Citation undated(String authors, String journal, String identifier) {
        return new Citation(authors, OptionalInt.empty(), journal, identifier);
    }

    public static Citation of(String authors, int year, String journal, String identifier) {
        return new Citation(authors, OptionalInt.of(year), journal, identifier);
    }

    /** "First author et al. (year)" for tables. */
    public String shortForm() {
        String first = authors.split("[;,]")[0].strip();
        boolean more = authors.contains(";") || authors.contains(",");
        return first + (more ? " et al." : "") + " (" + (year.isPresent() ? year.getAsInt() : "n.d.") + ")";
    }
}
