package org.walkstudy.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.walkstudy.analysis.verdict.Certainty;

/**
 * What the evidence shows for one claim (or one part of a compound claim) as a GRADE informative statement:
 * the sentence, the key number with its interval as published and its size, the studies and participants it
 * rests on, the certainty, and a further note (e.g. the result against another comparator).
 *
 * @param label    the claim's number, with the part's letter for a compound claim ("8b")
 * @param claim    what the article said
 * @param part     the part's own assertion for a compound claim, else empty
 * @param verdict  walkstudy's verdict in words
 * @param sentence the GRADE sentence without a final stop
 * @param numbers  "SMD -0.23, 95% CI -0.35 to -0.10, small", or empty
 * @param base     "1 review, 2,362 participants", or empty
 * @param also     a further sentence, or empty
 * @param absolute a ratio's absolute numbers per arm as a sentence ("Median days to ...: 208 with walking vs 112
 *                 with no treatment (from a summary of the paper)."), or empty
 * @param absoluteBrief the same in brief for the bracket of a one-screen view ("median 208 vs 112 days to ...,
 *                 from a summary of the paper"), or empty
 */
public record EvidenceStatement(String label, String claim, String part, String verdict, Optional<Certainty> certainty,
        String sentence, String numbers, String base, String also, String absolute, String absoluteBrief) {
    public EvidenceStatement {
        certainty = certainty == null ? Optional.empty() : certainty;
        part = part == null ? "" : part;
        numbers = numbers == null ? "" : numbers;
        base = base == null ? "" : base;
        also = also == null ? "" : also;
        absolute = absolute == null ? "" : absolute;
        absoluteBrief = absoluteBrief == null ? "" : absoluteBrief;
    }

    /** The whole statement: "Walking probably reduces pain slightly ... (SMD ...; 1 review, ...; moderate certainty)." */
    public String text() {
        return text(false);
    }

    /**
     * The statement without its further sentence ({@link #also}), the absolute numbers in brief inside the
     * bracket: the one-screen view.
     */
    public String brief() {
        return text(true);
    }

    private String text(boolean brief) {
        List<String> brackets = new ArrayList<>();
        if (!numbers.isEmpty()) {
            brackets.add(numbers);
        }
        if (brief && !absoluteBrief.isEmpty()) {
            brackets.add(absoluteBrief);
        }
        if (!base.isEmpty()) {
            brackets.add(base);
        }
        certainty.ifPresent(c -> brackets.add(c.label() + " certainty"));
        return sentence + (brackets.isEmpty() ? "" : " (" + String.join("; ", brackets) + ")") + "."
                + (brief || absolute.isEmpty() ? "" : " " + absolute) + (brief || also.isEmpty() ? "" : " " + also);
    }
}
