package org.walkstudy.core.study;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * Where a study was published. {@code identifier} holds the DOI and/or PMID as printed (may be empty
 * when the source gave none); the year is checked against a plausible range for walking research.
 */
public record Citation(String authors, int year, String journal, String identifier) {
    public Citation {
        authors = Require.nonBlank("authors", authors);
        if (year < 1900 || year > 2100) {
            throw new InvalidValueException("year", "must be between 1900 and 2100 but was " + year);
        }
        journal = Require.orEmpty(journal);
        identifier = Require.orEmpty(identifier);
    }

    public static Citation of(String authors, int year, String journal, String identifier) {
        return new Citation(authors, year, journal, identifier);
    }

    /** "First author et al. (year)" for tables. */
    public String shortForm() {
        String first = authors.split("[;,]")[0].strip();
        boolean more = authors.contains(";") || authors.contains(",");
        return first + (more ? " et al." : "") + " (" + year + ")";
    }
}
