package org.walkstudy.core.provenance;

import org.walkstudy.core.validation.InvalidValueException;
import org.walkstudy.core.validation.Require;

/**
 * The source of a published number: a URL (or DOI link), the location inside it such as "Table 2" or
 * "Abstract, Results, second sentence", and an optional extraction note. Required on every number
 * walkstudy ships, so a reader can check it.
 */
public record Provenance(String sourceUrl, String location, String note) {
    public Provenance {
        sourceUrl = Require.nonBlank("source_url", sourceUrl);
        if (!(sourceUrl.startsWith("http://") || sourceUrl.startsWith("https://") || sourceUrl.startsWith("doi:"))) {
            throw new InvalidValueException("source_url",
                    "must start with http://, https:// or doi: but was '" + sourceUrl + "'");
        }
        location = Require.nonBlank("source_location", location);
        note = Require.orEmpty(note);
    }

    public static Provenance of(String sourceUrl, String location) {
        return new Provenance(sourceUrl, location, "");
    }

    public static Provenance of(String sourceUrl, String location, String note) {
        return new Provenance(sourceUrl, location, note);
    }
}
