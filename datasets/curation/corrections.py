"""Explicit corrections applied after curate.py has built each bundled file from the research sheets.

The research sheets (../shared/research) are read-only inputs; the audit of issue 12 found rows coded as
something they are not. Each correction below names the study, says what changes and why, and cites where the
new number or wording was read. Nothing here rounds or invents a number: new values are copied as printed, and
the one derived value (Gebhart 2011 change scores) is exact arithmetic on printed numbers, said so in its row.

Every row also gets three columns the sheets do not have: `exposure` (what the result is about), `interval_kind`
(confidence / credible / range, empty when no interval) and `participants` (pooled participants a review printed
for the result).
"""
import re

# ---------------------------------------------------------------------------------------------- helpers


def _edit(rows, study, match=None, **changes):
    """Applies `changes` to every row of `study` for which match(row) is true; fails if none matched."""
    hit = 0
    for r in rows:
        if r["study_id"] == study and (match is None or match(r)):
            for k, v in changes.items():
                if k not in r:
                    raise KeyError(k)
                r[k] = v(r) if callable(v) else v
            hit += 1
    if hit == 0:
        raise ValueError("correction for %s matched no row" % study)


def _note(text):
    """Appends a correction note to the row's extraction note."""
    return lambda r: (r["extraction_note"] + " | " if r["extraction_note"] else "") + "CORRECTED (issue 12): " + text


def _new(template, **values):
    r = {k: "" for k in template}
    for k, v in values.items():
        if k not in r:
            raise KeyError(k)
        r[k] = v
    return r


def _in(field, text):
    return lambda r: text in r[field]


# Exposure per study (default walking). Only results about walking itself may "favour walking".
EXPOSURE = {
    "Pocovi2022_JOSPT": "walking-or-running",          # review pooled walking and running trials
    "Shiri2017_BJSM": "leisure-time-activity",
    "Steffens2016_JAMAIM": "exercise", "Shiri2018_AJE": "exercise", "Huang2020_BJSM": "exercise",
    "Cochrane_CD006555_2010": "exercise", "Kool2004_JRehabilMed": "exercise",
    "Owen2020_BJSM": "exercise", "Verville2023_JOccupRehabil": "exercise",
    "LeeKang2016": "exercise",                         # strength training plus walking, combined
    "PMID12525233_postmenopausal_exercise": "exercise",  # facility + home exercise, walking most frequent
    "Gebhart2011_SleepDisord": "exercise",             # exercise mode not confirmed as walking
    "Hartescu2015_JSleepRes": "physical-activity",     # >=150 min/week moderate-to-vigorous activity
    "SaintMaurice2020_JAMA": "step-counts",
}
EXPOSURE_BY_FILE = {"other/steps-dose-response.csv": "step-counts"}

# Intervals that are not confidence intervals (empty = confidence when limits are given).
CREDIBLE = {"Huang2020_BJSM"}  # Bayesian network meta-analysis: 95% credible intervals (abstract)


def _columns(resource, rows):
    for r in rows:
        exposure = EXPOSURE.get(r["study_id"]) or EXPOSURE_BY_FILE.get(resource, "walking")
        if r["study_id"] == "Alzahrani2019_SciRep":
            exposure = "leisure-time-activity" if r["population"].startswith("Leisure") else "physical-activity"
        if r["study_id"] == "Sitthipornvorakul2018_MSKSP" and r["comparison"].startswith("Walking + exercise"):
            exposure = "exercise"
        r["exposure"] = r.get("exposure") or exposure
        if r["ci_lower"] and r["ci_upper"] and not r.get("interval_kind"):
            r["interval_kind"] = "credible" if r["study_id"] in CREDIBLE else "confidence"
    return rows


# ---------------------------------------------------------------------------------------------- per file


def lbp_trials(rows):
    _edit(rows, "McDonough2013_pilot",
          journal="Clin J Pain 29(11):972-981",
          extraction_note=_note("journal volume and pages from the PEDro record "
                                "https://search.pedro.org.au/search-results/record-detail/37420 "
                                "('The Clinical Journal of Pain 2013 Nov;29(11):972-981')."))
    _edit(rows, "Torstensen1998", authors="Torstensen",
          journal="Spine 1998 (PMID 9854761)", doi_or_pmid="doi:10.1097/00007632-199812010-00017; PMID 9854761",
          extraction_note=_note("journal, DOI and PMID from https://read.qxmd.com/read/9854761 (abstract: 70 "
                                "self-exercise by walking, 67 conventional physiotherapy, 71 medical exercise "
                                "therapy); initials and co-authors are not shown in the stored sources, so only "
                                "the surname is given."))
    _edit(rows, "Lang2021", source_url="https://doaj.org/article/7d6ebd362db5410a8160aff1c667e194",
          extraction_note=_note("source address was a DOAJ cookie-consent redirect; the article record it "
                                "continued to is given instead."))
    _edit(rows, "BelloAdeniyi_viaSany2023", authors="Bello B; Ade Fatai A", year="2017",
          journal="ATVSPORT 3(1):1-18", doi_or_pmid="review that tabulates it: doi:10.12688/f1000research.75440.2",
          extraction_note=_note("citation from the journal page http://atvs.europeansp.org/article-2-21-en.html "
                                "('Bello B, Ade Fatai A ... ATVSPORT. 2017; 3 (1) :1-18'); n 50 completers "
                                "(25 vs 25). Numbers still read from the Sany 2023 review table (secondary)."))
    _edit(rows, "Krein2013", match=_in("data_kind", "two-arm"),
          extraction_note=_note("post-treatment arm means without SDs; baselines differed ('>9' RDQ in both "
                                "groups, exact values not found), so the difference of these means is not the "
                                "treatment effect. Adjusted between-group differences were not found "
                                "(see the gaps in SOURCES.md). Descriptive only."))
    return rows


def lbp_reviews(rows):
    _edit(rows, "Pocovi2022_JOSPT", participants="2362",
          extraction_note=_note("participants 2362 are the review's 19 trials in total (abstract); per-result "
                                "participants were not printed."))
    _edit(rows, "Lawford2016_ClinRehabil", authors="Lawford BJ",
          extraction_note=_note("only the first author is shown in the source; 'et al.' removed (views add it)."))
    return rows


def walkback(rows):
    # The 28% is the primary outcome's relative reduction (HR 0.72: activity-limiting recurrence), not the
    # "any recurrence" secondary outcome: the Macquarie page says the programme reduced "the recurrence of low
    # back pain, which limits everyday activities, by 28 per cent". Any recurrence: no number found.
    _edit(rows, "Pocovi2024_WalkBack", match=_in("instrument", "Days to any recurrence"),
          gap="hazard ratio and CI not found; no relative reduction was found for this secondary outcome either",
          extraction_note=_note("the '28%' formerly quoted here is the primary outcome's reduction "
                                "(activity-limiting recurrence, HR 0.72), per "
                                "https://mq.edu.au/research/research-centres-groups-and-facilities/groups/"
                                "spinal-pain-research-group/our-projects/walkback-trial."))
    _edit(rows, "Pocovi2024_WalkBack", match=_in("instrument", "activity-limiting"),
          extraction_note=_note("the sources word this as a 28% reduction (Macquarie page)."))
    # The recovery HR and the worst-pain MD come from a 2025 exploratory analysis of the 596 participants who
    # had a recurrence: a post-randomisation subgroup, so the comparison is not protected by randomisation.
    secondary = dict(study_id="Pocovi2025_WalkBack_recurrences",
                     authors="Pocovi NC; Lin CC; French SD; Graham PL; van Dongen JM; Latimer J; Merom D; "
                             "Tiedemann A; Maher CG; Clavisi O; Tong SYK; Hancock MJ",
                     year="2025", journal="Spine Society conference 2025, abstract 124692",
                     doi_or_pmid="secondary analysis of ACTRN12619001134112", design="subgroup-analysis",
                     population="the 596 WalkBack participants who reported a first recurrence",
                     n_walk="", n_ctrl="", participants="596")
    _edit(rows, "Pocovi2024_WalkBack", match=lambda r: r["outcome_domain"] in ("other", "pain"),
          extraction_note=_note("moved to its own study: a 2025 exploratory analysis of the 596 participants "
                                "with a recurrence (abstract: 'further explored the first recurrence reported "
                                "by participants (n=596)'), not the 701 randomised."),
          **secondary)
    return rows


def lbp_cohorts(rows):
    _edit(rows, "Shiri2017_BJSM", match=_in("instrument", "past 1-12 months"), outcome_domain="lbp-prevalence",
          extraction_note=_note("'LBP in the past 1-12 months' is LBP in a recall period, not chronic LBP: "
                                "coded lbp-prevalence, so it no longer counts for the chronic-LBP claim."))
    for r in rows:
        if r["study_id"] == "Shiri2017_BJSM":
            m = re.search(r"n in analysis: (\d+)", r["extraction_note"])
            r["participants"] = m.group(1) if m else ""
    _edit(rows, "Alzahrani2019_SciRep", outcome_domain="lbp-prevalence",
          extraction_note=_note("results are LBP prevalence (the cross-sectional ORs) or LBP of any duration "
                                "(the abstract does not define chronic), not chronic-LBP incidence: coded "
                                "lbp-prevalence."))
    _edit(rows, "Alzahrani2019_SciRep", participants="95796")
    return rows


EPISODE = "lbp-episode"


def lbp_safety(rows):
    pubmed = "https://pubmed.ncbi.nlm.nih.gov/26752509/"
    _edit(rows, "Steffens2016_JAMAIM", match=_in("source_url", "integrative-archives"), source_url=pubmed,
          source_location="Abstract, Results",
          extraction_note=_note("source replaced by the PubMed abstract (same numbers); it was a web copy."))
    _edit(rows, "Steffens2016_JAMAIM", match=_in("source_url", "chiropractic-lane"), flag="secondary-source",
          extraction_note=_note("these long-term figures were found only on a chiropractic web page quoting "
                                "the paper; no stored primary copy shows them: kept as secondary-source."))
    _edit(rows, "Steffens2016_JAMAIM", participants="30850")
    _edit(rows, "Shiri2018_AJE", authors="Shiri R; Coggon D; Falah-Hassani K", year="2018",
          journal="Am J Epidemiol 187(5):1093-1101", doi_or_pmid="doi:10.1093/aje/kwx337",
          source_url="https://eprints.soton.ac.uk/421499", source_location="Abstract",
          extraction_note=_note("source replaced by the University of Southampton repository record of the "
                                "paper (was a chiropractic web page); citation from the same record. The "
                                "abstract also says meta-analyses of sick leave 'did not show statistically "
                                "significant protective effects' (no numbers)."))
    for r in rows:
        if r["study_id"] == "Shiri2018_AJE":
            m = re.search(r"participants: (\d+)", r["extraction_note"])
            r["participants"] = m.group(1) if m else ""
    _edit(rows, "Cochrane_CD006555_2010", authors="Choi BK; Verbeek JH; Tam WW; Jiang JY", year="2010",
          journal="Cochrane Database Syst Rev 2010;(1):CD006555",
          extraction_note=_note("authors from https://www.physiospot.com/research/exercises-for-prevention-of-"
                                "recurrences-of-low-back-pain-2/ ('Choi BK, Verbeek JH, Tam WW, Jiang JY'). The "
                                "summary-of-findings table (PMC8078403) prints the same numbers as 'RR 0.5 (0.34 "
                                "to 0.73)', 130 participants (2 studies)."))
    _edit(rows, "Kool2004_JRehabilMed", authors="Kool J; de Bie R; Oesch P; Knusel O; van den Brandt P; Bachmann S",
          extraction_note=_note("authors from https://search.pedro.org.au/search-results/record-detail/10018."))
    _edit(rows, "Vanti2019_AE_summary", authors="Vanti C",
          extraction_note=_note("'et al.' removed (views add it); only the first author is shown in the source."))
    _edit(rows, "McDonough2013_pilot_AE", study_id="McDonough2013_pilot",
          authors="McDonough SM; Tully MA; Boyd A; O'Connor SR; Kerr DP; O'Neill SM; Delitto A; Bradbury I; "
                  "Tudor-Locke C; Baxter GD; Hurley DA",
          journal="Clin J Pain 29(11):972-981", doi_or_pmid="PMCID PMC4895187; doi:10.1097/AJP.0b013e31827f9d81",
          extraction_note=_note("same trial as McDonough2013_pilot in lbp/walking-trials.csv: one study id and "
                                "one citation, so it counts once."))
    # An "episode of LBP" in prevention trials is a new episode, not chronic LBP.
    for r in rows:
        if r["outcome_domain"] == "chronic-lbp-incidence":
            r["outcome_domain"] = EPISODE
            r["extraction_note"] = _note("an episode of LBP is not chronic LBP: coded lbp-episode.")(r)
    template = list(rows[0].keys())
    choi = dict(study_id="Cochrane_CD006555_2010", authors="Choi BK; Verbeek JH; Tam WW; Jiang JY", year="2010",
                journal="Cochrane Database Syst Rev 2010;(1):CD006555", doi_or_pmid="doi:10.1002/14651858.CD006555.pub2",
                design="systematic-review", population="people with previous episodes of LBP",
                comparison="Post-treatment exercise programmes vs no intervention", lower_is_better="yes",
                data_kind="reported", exposure="exercise", interval_kind="confidence",
                source_url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8078403/table/CD006555-tbl-0001")
    rows.append(_new(template, **choi, outcome_domain="recurrence",
                     instrument="participants with recurrent LBP", timepoint_label="follow-up 2 to 5 years",
                     effect_measure="rr", effect="0.75", ci_lower="0.53", ci_upper="1.07", participants="66",
                     source_location="Summary of findings table, 'Number of subjects with recurrent LBP, follow-up "
                                     "2 to 5 years': RR 0.75 (0.53 to 1.07), 66 (1 study)",
                     extraction_note="added (issue 12); moderate-quality evidence per the table"))
    rows.append(_new(template, **choi, outcome_domain="recurrence", instrument="time to LBP recurrence (self-report)",
                     timepoint_label="follow-up 0.5 to 2 years", effect_measure="hr", effect="0.43",
                     ci_lower="0.21", ci_upper="0.87", participants="69",
                     source_location="Summary of findings table, 'Time to LBP recurrence, follow-up 0.5 to 2 "
                                     "years': HR 0.43 (0.21 to 0.87), 69 (1 study)",
                     extraction_note="added (issue 12); HR < 1 = later recurrence with exercise"))
    rows.append(_new(template, **choi, outcome_domain="recurrence", instrument="number of recurrences of LBP",
                     timepoint_label="follow-up 0.5 to 2 years", effect_measure="md", effect="-0.35",
                     ci_lower="-0.6", ci_upper="-0.1", participants="154",
                     source_location="Summary of findings table, 'Number of recurrences of LBP, follow-up 0.5 to 2 "
                                     "years': '0.35 lower (0.6 to 0.1 lower)', 154 (2 studies)",
                     extraction_note="added (issue 12); 'lower' recorded as negative, digits as printed in the "
                                     "table (the abstract prints -0.60 to -0.10)"))
    # WalkBack harms: only counted (percentages), kept as the gap it is, in its own file.
    return rows


def lbp_new_reviews(template):
    """Rows for reviews of exercise types (claim 8), read from primary pages."""
    owen = dict(study_id="Owen2020_BJSM",
                authors="Owen PJ; Miller CT; Mundell NL; Verswijveren SJJM; Tagliaferri SD; Brisby H; Bowe SJ; "
                        "Belavy DL",
                year="2020", journal="Br J Sports Med 54(21):1279", doi_or_pmid="doi:10.1136/bjsports-2019-100886",
                design="systematic-review", population="adults with non-specific chronic LBP (89 trials, 5578 patients)",
                lower_is_better="yes", data_kind="reported", effect_measure="smd", exposure="exercise",
                interval_kind="confidence", participants="5578",
                source_url="http://www.dx.doi.org/10.1136/bjsports-2019-100886", source_location="Abstract, Results")
    verville = dict(study_id="Verville2023_JOccupRehabil",
                    authors="Verville L; Ogilvie R; Hincapié CA; Southerst D; Yu H; Bussières A; Gross DP; Pereira P; "
                            "Mior S; Tricco AC; Cedraschi C; Brunton G; Nordin M; Connell G; Wong JJ; Shearer HM; "
                            "Lee JGB; Wang D; Hayden JA; Cancelliere C",
                    year="2023", journal="J Occup Rehabil 33(4):636-650",
                    doi_or_pmid="doi:10.1007/s10926-023-10124-4; PMC10684665", design="systematic-review",
                    population="adults with chronic primary LBP (13 RCTs synthesised)", lower_is_better="yes",
                    exposure="exercise", source_url="https://pmc.ncbi.nlm.nih.gov/articles/PMC10684665",
                    source_location="Abstract, Results")
    note_owen = ("network meta-analysis; the abstract prints 'pooled standardised mean difference (95% CI)'; "
                 "participants 5578 are the review's total ('89 studies (patients=5578)'); per-result participants are "
                 "not printed. "
                 "Citation from the BJSM full-text page http://bjsm.bmjjournals.com/content/54/21/1279.full.txt")
    return [
        _new(template, **owen, comparison="Stabilisation/motor control exercise vs true control",
             outcome_domain="disability", instrument="physical function (SMD)", effect="-1.13", ci_lower="-1.53",
             ci_upper="-0.74", extraction_note="stabilisation/motor control, physical function, SUCRA 80%; " + note_owen),
        _new(template, **owen, comparison="Pilates vs true control", outcome_domain="pain", instrument="pain (SMD)",
             effect="-1.86", ci_lower="-2.54", ci_upper="-1.19", extraction_note="Pilates, pain, SUCRA 100%; " + note_owen),
        _new(template, **owen, comparison="Aerobic exercise vs true control", outcome_domain="mood",
             instrument="mental health (SMD)", effect="-1.18", ci_lower="-2.20", ci_upper="-0.15",
             extraction_note="aerobic, mental health, SUCRA 80%; sign as printed (negative = better with "
                             "exercise, as for the other outcomes of this network); " + note_owen),
        _new(template, **{k: v for k, v in owen.items() if k not in ("data_kind", "effect_measure", "interval_kind")},
             comparison="Stretching exercise vs true control", outcome_domain="pain", instrument="pain and function",
             data_kind="gap",
             gap="no numbers printed: 'Stretching and McKenzie exercise effect sizes did not differ to true "
                 "control for pain or function (p>0.095; SUCRA<40%)'",
             extraction_note=note_owen),
        _new(template, **verville, comparison="Exercise (all types pooled) vs no intervention", outcome_domain="pain",
             instrument="pain (SMD)", data_kind="reported", effect_measure="smd", effect="-0.33", ci_lower="-0.58",
             ci_upper="-0.08", interval_kind="confidence",
             extraction_note="8 RCTs; moderate certainty (GRADE); participants not printed in the abstract"),
        _new(template, **verville, comparison="Exercise (all types pooled) vs no intervention",
             outcome_domain="disability", instrument="functional limitations (SMD)", data_kind="reported",
             effect_measure="smd", effect="-0.31", ci_lower="-0.57", ci_upper="-0.05", interval_kind="confidence",
             extraction_note="8 RCTs; moderate certainty (GRADE); participants not printed in the abstract"),
        _new(template, **verville, comparison="Exercise vs no intervention or usual care", outcome_domain="adverse-events",
             instrument="harms", data_kind="gap",
             gap="harms given in words only: 'Temporary increased minor pain was associated with mixed exercise vs. "
                 "no intervention, and yoga vs. usual care'",
             extraction_note="no harm counts or ratios in the abstract"),
    ]


def weight(rows):
    _edit(rows, "Richardson2008_AnnFamMed_MA", effect_measure="mean-change",
          comparison="pedometer-based walking programmes: pooled change from baseline (no control group)",
          extraction_note=_note("the -1.27 kg pools the cohorts' own before/after changes; it is not a "
                                "walking-vs-control difference: effect_measure mean-change (never favours "
                                "either side)."))
    _edit(rows, "Jakicic2003_JAMA", flag="indirect",
          extraction_note=_note("every arm was on a 1200-1500 kcal/day diet: the weight change is diet plus "
                                "exercise, not walking alone."))
    _edit(rows, "Slentz2004_STRRIDE", match=_in("comparison", "high amount"), flag="indirect",
          extraction_note=_note("the high-amount arm was jogging (the sheet's note says 'Jogging arm'); not a "
                                "walking result."))
    _edit(rows, "Slentz2004_STRRIDE", match=_in("comparison", "low amount/vigorous"), flag="indirect",
          extraction_note=_note("the sheet's note calls this the jogging arm; not a walking result."))
    _edit(rows, "PMID12525233_postmenopausal_exercise", flag="secondary-source",
          authors="unidentified: PubMed record 12525233 (author list not shown in the stored copy)",
          extraction_note=_note("the only stored copy is a translation proxy of the PubMed record: "
                                "secondary-source; authors and year not shown in it."))
    _edit(rows, "Saad2021_JPMPH", source_url="https://distantreader.org/stacks/cord/cord-1027452-3owrvbzi.txt",
          extraction_note=_note("malformed address 'https:///' repaired (host distantreader.org)."))
    _edit(rows, "Kleist2017_JNutr", authors="Kleist B",
          extraction_note=_note("'et al.' removed; only the first author is shown in the sources."))
    for study, what in [("CLAIM_A_healthline_6mo_women", "the study cited by Healthline for '11 women, 7.7 kg'"),
                        ("WalkingProgram_overweight_women_15wk", "15-week walking programme in overweight women"),
                        ("WalkingTechnique16wk_DOAJ", "16-week walking-technique study (DOAJ record)"),
                        ("BriskWalking_BMCWomensHealth2016", "BMC Womens Health brisk-walking trial"),
                        ("Intermittent_vs_continuous_18mo_IJO", "Int J Obes intermittent vs continuous exercise"),
                        ("BriskWalking12wk_BJSM_PMC1332087", "Br J Sports Med 12-week brisk-walking trial"),
                        ("BriskWalking40wk_normolipemic", "40-week treadmill brisk-walking trial")]:
        _edit(rows, study, authors="unidentified: " + what)
    _edit(rows, "CLAIM_A_healthline_6mo_women",
          extraction_note=_note("lead only, not verified: the claim may come from Gwinup's exercise-only walking "
                                "research of the 1980s; if so, the women were obese, not of moderate weight. "
                                "No stored primary source was found."))
    return rows


def sleep(rows):
    # Gebhart 2011: Table 2 gives baseline and post means per arm, and the baselines differ. The effect is taken
    # from change scores (post minus baseline, exact arithmetic on the printed means); SDs of change are not
    # printed, so the rows are descriptive.
    for r in rows:
        if r["study_id"] != "Gebhart2011_SleepDisord":
            continue
        m = re.search(r"baseline walking ([\d.]+) \(SD [\d.]+\), control ([\d.]+) \(SD [\d.]+\)", r["extraction_note"])
        if not m:
            raise ValueError("Gebhart baseline not found in " + r["instrument"])
        post_w, post_c, base_w, base_c = r["mean_walk"], r["mean_ctrl"], m.group(1), m.group(2)
        r["mean_walk"] = _difference(post_w, base_w)
        r["mean_ctrl"] = _difference(post_c, base_c)
        r["sd_walk"] = r["sd_ctrl"] = ""
        r["data_kind"] = "change"
        r["extraction_note"] = _note(
            "effect from change scores, not post-treatment means (baselines differ): walking %s - %s = %s, control "
            "%s - %s = %s (post minus baseline, Table 2, exact arithmetic); SD of change not printed, so "
            "descriptive only. Post-only difference would have been %s."
            % (post_w, base_w, r["mean_walk"], post_c, base_c, r["mean_ctrl"], _difference(post_w, post_c)))(r)
    # Hartescu 2015: the "average reduction of four points" is the activity group's own change, not a
    # between-group difference. The between-group result is in the trial team's conference abstract.
    _edit(rows, "Hartescu2015_JSleepRes", effect_measure="mean-change",
          comparison="physical activity group: change from baseline (not a comparison with control)",
          extraction_note=_note("the abstract's 'average reduction of four points' is the activity group's "
                                "change: effect_measure mean-change, not an MD."))
    template = list(rows[0].keys())
    base = next(r for r in rows if r["study_id"] == "Hartescu2015_JSleepRes")
    common = {k: base[k] for k in ("study_id", "authors", "year", "journal", "doi_or_pmid", "design", "population",
                                   "country")}
    src = ("https://actitrainer.com/research-database/increased-physical-activity-improves-sleep-and-mood-outcomes-"
           "in-sedentary-people-with-insomnia-a-randomized-controlled-trial/")
    note = ("added (issue 12): conference abstract of the trial (presented June 2, 2014), on ActiGraph's research "
            "database: '41 sedentary adults'; 'adjusted means difference=3.37, with an adjusted Cohen's d=.78 [95% "
            "CI .10-1.45]'. Printed positive for the improvement with activity, so lower_is_better=no for these "
            "rows (the ISI itself is better when lower).")
    rows.append(_new(template, **common, comparison="physical activity programme vs waiting-list control",
                     outcome_domain="sleep-quality", instrument="Insomnia Severity Index, adjusted Cohen's d "
                     "(positive = more improvement with activity)", lower_is_better="no", timepoint_label="6 months post baseline",
                     data_kind="reported", effect_measure="smd", effect=".78", ci_lower=".10", ci_upper="1.45",
                     interval_kind="confidence", participants="41", exposure="physical-activity",
                     source_url=src, source_location="Results paragraph", extraction_note=note))
    rows.append(_new(template, **common, comparison="physical activity programme vs waiting-list control",
                     outcome_domain="sleep-quality", instrument="Insomnia Severity Index, adjusted mean difference "
                     "(points; positive = more improvement with activity)", lower_is_better="no",
                     timepoint_label="6 months post baseline", data_kind="reported", effect_measure="md", effect="3.37",
                     participants="41", exposure="physical-activity", p_value="<0.05",
                     source_url=src, source_location="Results paragraph",
                     extraction_note=note + " No CI printed for the 3.37."))
    _edit(rows, "WangBoros_JBMT_4wk", source_url="https://link.springer.com/article/10.1007/s11332-020-00702-x",
          source_location="not found: the 4-week study's own record was only a bare-IP mirror",
          extraction_note=_note("the stored copy was at a bare IP address (http://120.26.44.124:3004/...), not a "
                                "stable source; the address now points to the same authors' 12-week study page, "
                                "which does not hold this study's numbers (it is a gap)."))
    _edit(rows, "WangBoros_JBMT_4wk", authors="unidentified: Wang F; Boros S (year not shown)")
    return rows


def _difference(a, b):
    """a - b on printed decimals, exactly (no float rounding), printed with the larger number of decimals."""
    from decimal import Decimal
    return str(Decimal(a) - Decimal(b))


def dose(rows):
    _edit(rows, "CARDIA_steps_JAMANetwOpen2021", authors="unidentified: CARDIA investigators (author list not shown)")
    template = list(rows[0].keys())
    known = next(r for r in rows if r["study_id"] == "SaintMaurice2020_JAMA" and r["effect"] == "0.49")
    cite = {k: known[k] for k in ("study_id", "authors", "year", "journal", "doi_or_pmid", "design", "population")}
    rows.append(_new(template, **cite, participants="4840",
                     comparison="steps/day | 8000 steps/day vs 4000 steps/day", outcome_domain="mortality",
                     instrument="all-cause mortality", lower_is_better="yes", data_kind="hazard-ratio", effect="0.49",
                     ci_lower="0.44", ci_upper="0.55", interval_kind="confidence", exposure="step-counts",
                     flag="secondary-source",
                     source_url="https://www.medicalbag.com/home/news/more-steps-in-a-day-tied-to-lower-risk-for-death/",
                     source_location="HealthDay news summary, paragraph 4",
                     extraction_note="added (issue 12): the CI is read from a news copy (secondary). The primary "
                                     "Key Points (https://pmc.ncbi.nlm.nih.gov/articles/PMC7093766, row above) "
                                     "print the adjusted HR 0.49 without its CI."))
    return rows


def wellbeing(rows):
    _edit(rows, "KimCS2004", authors="Kim CS",
          extraction_note=_note("'et al' removed; only the first author is shown in the source."))
    return rows


def hori_gap(rows):
    """Hori 2016 keeps its gap, but says what is known."""
    for r in rows:
        if r["study_id"].startswith("Hori2016"):
            r["extraction_note"] = _note("known without numbers: prospective open-label single-arm study, n = 490 "
                                         "(214 with and 276 without exercise habits), 10,000 steps/day for 4 "
                                         "weeks; results tables not found.")(r)
    return rows


# ---------------------------------------------------------------------------------------------- entry point

BY_RESOURCE = {
    "lbp/walking-trials.csv": [lbp_trials],
    "lbp/reviews-pooled.csv": [lbp_reviews],
    "lbp/walkback.csv": [walkback],
    "lbp/cohorts-ltpa.csv": [lbp_cohorts],
    "lbp/exercise-prevention.csv": [lbp_safety],
    "weight/walking-trials.csv": [weight],
    "sleep/walking-studies.csv": [sleep, hori_gap],
    "other/steps-dose-response.csv": [dose],
    "other/wellbeing-candidates.csv": [wellbeing],
}


def apply(resource, rows):
    for fix in BY_RESOURCE.get(resource, []):
        rows = fix(rows)
    if resource == "lbp/reviews-pooled.csv":
        rows = rows + lbp_new_reviews(list(rows[0].keys()))
    return _columns(resource, rows)
