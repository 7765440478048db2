package org.walkstudy.cli.report;

import java.util.List;

/**
 * How the page was made: the software and Java version, when, and the exact command, so a reader can make
 * the same page again.
 */
record Colophon(String software, String java, String generated, List<String> args) {
    Colophon {
        if (software == null || software.isBlank() || java == null || java.isBlank() || generated == null
                || generated.isBlank()) {
            throw new IllegalArgumentException("software, Java version and date must be given");
        }
        args = List.copyOf(args);
    }

    static Colophon of(String software, String generated, List<String> args) {
        return new Colophon(software, System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ")", generated, args);
    }

    /** The command as one would type it in a POSIX shell. */
    String command() {
        StringBuilder sb = new StringBuilder("walkstudy");
        for (String a : args) {
            sb.append(' ').append(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
