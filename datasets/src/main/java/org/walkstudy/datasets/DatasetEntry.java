package org.walkstudy.datasets;

import java.util.Objects;

/**
 * One bundled study file as the catalogue describes it: id, title, family, outcome, measure, number of
 * studies, the source it was curated from, and the resource path.
 */
public record DatasetEntry(String id, String title, Family family, String outcome, String measure, int studies,
        String source, String resource) {
    public DatasetEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(resource, "resource");
        if (studies < 0) {
            throw new IllegalArgumentException("studies must be >= 0 but was " + studies);
        }
    }
}
