package org.walkstudy.cli.format;

/** What a listing command prints: a table for people, CSV or JSON for machines. */
public enum OutputFormat {
    TABLE,
    CSV,
    JSON,
    MARKDOWN
}
