package org.walkstudy.datasets.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a walkstudy study file, in template order. Required columns must be present in the
 * header; the others may be absent or empty. One row is one finding: a study's result for one outcome.
 */
public enum StudyColumn {
    STUDY_ID(true, "stable id of the study, e.g. Pocovi2024_WalkBack"),
    AUTHORS(true, "authors as printed, separated by ';'"),
    YEAR(true, "publication year (empty when the source does not show it)"),
    JOURNAL(false, "journal, volume and pages"),
    DOI_OR_PMID(false, "DOI and/or PMID as printed"),
    DESIGN(true, "rct | controlled-trial | cohort | pre-post | cross-sectional | systematic-review | observational-review"),
    POPULATION(false, "who was studied"),
    COUNTRY(false, "where"),
    COMPARISON(false, "walking arm vs comparator, in words"),
    EXPOSURE(false, "walking | walking-or-running | exercise | leisure-time-activity | physical-activity | step-counts (empty: walking)"),
    ARM_WALK(false, "label of the walking arm"),
    ARM_CTRL(false, "label of the control arm"),
    WALKING_DOSE(false, "the walking dose in the paper's words"),
    MINUTES_PER_SESSION(false, "prescribed minutes per walk"),
    SESSIONS_PER_WEEK(false, "prescribed walks per week"),
    WEEKS(false, "programme length in weeks"),
    INTENSITY(false, "light | moderate | brisk (empty: unstated)"),
    DAILY_STEP_TARGET(false, "steps per day target"),
    SUPERVISION(false, "supervised | unsupervised | mixed (empty: unstated)"),
    CO_INTERVENTIONS(false, "other treatment given with walking, separated by ';'"),
    OUTCOME_DOMAIN(true, "pain | disability | body-weight | sleep-latency | sleep-duration | sleep-quality | recurrence | ..."),
    INSTRUMENT(false, "e.g. ODI, NRS 0-10, kg, minutes"),
    SCALE_MIN(false, "lowest value of the instrument"),
    SCALE_MAX(false, "highest value of the instrument"),
    LOWER_IS_BETTER(true, "yes | no"),
    TIMEPOINT_WEEKS(false, "weeks from baseline"),
    TIMEPOINT_LABEL(false, "time point in words, e.g. 'short term'"),
    DATA_KIND(true, "two-arm | change | pre-post | single-change | counts | hazard-ratio | reported | gap"),
    N_WALK(false, "n in the walking arm (pre-post, single-change: the group)"),
    MEAN_WALK(false, "walking arm mean (change, single-change: mean change, post minus pre)"),
    SD_WALK(false, "walking arm SD (change, single-change: SD of change)"),
    N_CTRL(false, "n in the control arm"),
    MEAN_CTRL(false, "control arm mean (change: mean change)"),
    SD_CTRL(false, "control arm SD (change: SD of change)"),
    PRE_MEAN(false, "pre-post: mean before"),
    PRE_SD(false, "pre-post: SD before"),
    POST_MEAN(false, "pre-post: mean after"),
    POST_SD(false, "pre-post: SD after"),
    CORRELATION(false, "pre-post: reported pre/post correlation"),
    EVENTS_WALK(false, "counts: events in the walking arm (totals in n_walk)"),
    EVENTS_CTRL(false, "counts: events in the control arm (totals in n_ctrl)"),
    EFFECT_MEASURE(false, "reported: md | smd | rd | rr | or | hr | rate-ratio"),
    EFFECT(false, "reported or hazard-ratio: the estimate (ratios as ratios)"),
    CI_LOWER(false, "lower confidence limit"),
    CI_UPPER(false, "upper confidence limit"),
    CI_LEVEL(false, "interval level in percent, above 0 and below 100 (default 95)"),
    INTERVAL_KIND(false, "confidence | credible | range (empty: confidence when limits are given)"),
    SE(false, "standard error, if reported instead of a CI"),
    P_VALUE(false, "p-value as printed (text, e.g. '<0.001')"),
    PARTICIPANTS(false, "participants a review pooled for this result, as printed"),
    GAP(false, "gap: why the numbers are missing"),
    FLAG(false, "';'-separated: inconsistent | indirect | direction-unstated (shown, never pooled) | secondary-source"),
    SOURCE_URL(true, "where the numbers were read"),
    SOURCE_LOCATION(true, "where in the source: table, figure or sentence"),
    EXTRACTION_NOTE(false, "anything a reader should know about the extraction");

    private final boolean required;
    private final String description;

    StudyColumn(boolean required, String description) {
        this.required = required;
        this.description = description;
    }

    /** The header name, e.g. {@code sd_walk}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    public String description() {
        return description;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(StudyColumn::header).toList();
    }
}
