#!/usr/bin/env python3
"""Builds walkstudy's bundled study files from the research extraction sheets.

Usage: python3 datasets/curation/curate.py [RESEARCH_DIR]   (default: ../shared/research)

The research sheets (one per family, with source_url and source_location on every row) were gathered
from published papers. This script only *moves* their numbers into the walkstudy study-file format:
every number is copied verbatim as text (never parsed and re-printed, so nothing is rounded), signs are
kept as the sheet records them, and rows without usable numbers become `gap` rows that say why. The
judgement calls (outcome domain, data kind, flags) are spelled out per row below, so a reviewer can check
each one. Corrections found after the first build (the issue-12 audit) live in corrections.py, one commented
function per file, applied after the build; new numbers added there cite their source. Run it again after the
sheets change; the loader test then checks every file.
"""
import csv
import os
import re
import sys

import corrections  # explicit, commented corrections from the issue-12 audit, applied after each build

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "datasets", "src", "main", "resources", "org", "walkstudy", "datasets")
COLUMNS = """study_id authors year journal doi_or_pmid design population country comparison exposure arm_walk arm_ctrl
walking_dose minutes_per_session sessions_per_week weeks intensity daily_step_target supervision co_interventions
outcome_domain instrument scale_min scale_max lower_is_better timepoint_weeks timepoint_label data_kind
n_walk mean_walk sd_walk n_ctrl mean_ctrl sd_ctrl pre_mean pre_sd post_mean post_sd correlation
events_walk events_ctrl effect_measure effect ci_lower ci_upper ci_level interval_kind se p_value participants gap flag
source_url source_location extraction_note""".split()

NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)$")


def num(text):
    """The number as printed, or '' when the cell is not a plain number (then the text stays in notes)."""
    t = (text or "").strip()
    if t.startswith("+"):
        t = t[1:]
    return t if NUMBER.match(t) else ""


def year(text):
    m = re.match(r"^\s*(\d{4})\s*$", text or "")
    return m.group(1) if m else ""


def design(text):
    t = (text or "").lower()
    if any(w in t for w in ("systematic review", "meta-analysis", "cochrane", "network meta")):
        observational = ("cohort" in t or "cross-sectional" in t) and "rct" not in t
        return "observational-review" if observational else "systematic-review"
    if "cross-sectional" in t:
        return "cross-sectional"
    if "cohort" in t:
        return "cohort"
    if any(w in t for w in ("single-arm", "before-after", "single-group", "pre-post", "single group")):
        return "pre-post"
    if "rct" in t or "randomi" in t:
        return "rct"
    if "controlled" in t:
        return "controlled-trial"
    return "pre-post" if "descriptive" in t else "rct"


def lower_is_better(text):
    return "no" if (text or "").strip().lower().startswith("no") else "yes"


def first_url(text):
    return (text or "").split(";")[0].split(" ")[0].strip()


def row(**kw):
    r = {c: "" for c in COLUMNS}
    for k, v in kw.items():
        if k not in r:
            raise KeyError(k)
        r[k] = (v or "").strip()
    if not r["authors"]:
        r["authors"] = "not shown in the source"
    return r


def note(*parts):
    return " | ".join(p.strip() for p in parts if p and p.strip())


# ---------------------------------------------------------------- LBP: walking trials
LBP_TRIAL_DOMAIN = {
    ("Hurley2015_SWIFT", 0): "disability", ("Shnayderman2013", 0): "disability",
    ("Shnayderman2013", 1): "walking-capacity", ("Krein2013", 0): "disability", ("Krein2013", 1): "pain",
    ("Krein2013", 2): "other", ("McDonough2013_pilot", 0): "disability",
    ("BelloAdeniyi_viaSany2023", 0): "pain", ("BelloAdeniyi_viaSany2023", 1): "disability",
}


def lbp_trials(src):
    out, seen = [], {}
    for r in src:
        sid = r["study_id"]
        i = seen.get(sid, 0)
        seen[sid] = i + 1
        domain = LBP_TRIAL_DOMAIN.get((sid, i), "pain")
        tw = num(r["timepoint_weeks"])
        base = dict(study_id=sid, authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=design(r["design"]), population=r["population"],
                    comparison=note(r["intervention"], "vs " + r["comparator"]), walking_dose=r["walking_dose"],
                    outcome_domain=domain, instrument=r["instrument"] or r["outcome"],
                    scale_min=num(r["scale_min"]), scale_max=num(r["scale_max"]),
                    lower_is_better=lower_is_better(r["lower_is_better"]), timepoint_weeks=tw,
                    timepoint_label="" if tw else r["timepoint_weeks"] and r["timepoint_weeks"] + " weeks",
                    n_walk=num(r["n_walk"]), n_ctrl=num(r["n_ctrl"]),
                    source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note(r["outcome"], r["notes"],
                                         "per-arm 95%% CI walking %s to %s, control %s to %s" % (
                                             r["ci95_walk_lower"], r["ci95_walk_upper"], r["ci95_ctrl_lower"],
                                             r["ci95_ctrl_upper"]) if r["ci95_walk_lower"] or r["ci95_ctrl_lower"] else "",
                                         ("between-group %s: %s (%s to %s)" % (r["between_group_effect_type"],
                                          r["between_group_effect"], r["between_group_ci95_lower"],
                                          r["between_group_ci95_upper"])) if r["between_group_effect"] else "",
                                         "usable for pooling (curator): " + r["usable_for_pooling"]))
        if sid == "Hurley2015_SWIFT":
            # Printed as 'MD 6.89, 95% CI -3.64 to -10.15': the sign contradicts the CI. Kept verbatim, flagged.
            out.append(row(**base, data_kind="reported", effect_measure="md", effect="6.89", ci_lower="-3.64",
                           ci_upper="-10.15", flag="inconsistent"))
        elif num(r["mean_walk"]) and num(r["mean_ctrl"]):
            kind = "change" if r["data_kind"] == "change" else "two-arm"
            p = re.search(r"p\s*=\s*(0\.\d+)", r["notes"])
            out.append(row(**base, data_kind=kind, mean_walk=num(r["mean_walk"]), sd_walk=num(r["sd_walk"]),
                           mean_ctrl=num(r["mean_ctrl"]), sd_ctrl=num(r["sd_ctrl"]),
                           p_value=p.group(1) if p and domain != "disability" else "",
                           flag="secondary-source" if "via" in sid else ""))
        else:
            out.append(row(**base, data_kind="gap",
                           gap="arm-level outcome values not available in any source checked (see note)"))
    return out


# ---------------------------------------------------------------- LBP: reviews' pooled estimates
def review_domain(outcome):
    o = outcome.lower()
    return "pain" if o.startswith("pain") else "disability"


def lbp_reviews(src):
    out = []
    for r in src:
        eff = num(r["effect"].replace(" (as printed)", ""))
        measure = "smd" if r["effect_type"].startswith("SMD") else "md" if r["effect_type"].startswith("MD") else ""
        flags = []
        if "not stated" in r["direction_note"] or (r["effect_type"] == "SMD" and not r["direction_note"]):
            flags.append("direction-unstated")
        if "OA, fibromyalgia" in r["comparison"]:
            flags.append("indirect")
        if "overview" in r["source_location"] or "secondary" in r["notes"].lower()[:0]:
            flags.append("secondary-source")
        base = dict(study_id=r["review_id"], authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design="systematic-review", comparison=r["comparison"],
                    outcome_domain=review_domain(r["outcome"] or "disability"), instrument=r["outcome"],
                    lower_is_better="yes", timepoint_label=r["timepoint"],
                    source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note("trials: " + r["n_trials"] if r["n_trials"] else "",
                                         "participants: " + r["n_participants"] if r["n_participants"] else "",
                                         "effect type as printed: " + r["effect_type"], r["direction_note"],
                                         r["notes"]))
        if eff and measure:
            out.append(row(**base, data_kind="reported", effect_measure=measure, effect=eff,
                           ci_lower=num(r["ci95_lower"]), ci_upper=num(r["ci95_upper"]), flag=";".join(flags)))
        else:
            out.append(row(**base, data_kind="gap", gap="narrative review: no pooled estimate"))
    return out


# ---------------------------------------------------------------- LBP: WalkBack
WALKBACK_AUTHORS = ("Pocovi NC; Lin CC; French SD; Graham PL; van Dongen JM; Latimer J; Merom D; Tiedemann A; "
                    "Maher CG; Clavisi O; Tong SYK; Hancock MJ")


def walkback(src):
    by_id = {r["record_id"]: r for r in src}
    dose = ("individualised progressive walking + education, 6 physiotherapist sessions over 6 months; "
            "goal 5 walks/week of >=30 min by 6 months")
    base = dict(study_id="Pocovi2024_WalkBack", authors=WALKBACK_AUTHORS, year="2024",
                journal="Lancet 404(10448):134-144", doi_or_pmid=by_id["WB_primary_HR"]["doi_or_id"], design="rct",
                population="Adults (>=18 y) across Australia recently recovered from an episode of non-specific LBP",
                country="Australia", comparison="individualised progressive walking + education vs no treatment",
                arm_walk="walking and education", arm_ctrl="no treatment", walking_dose=dose,
                minutes_per_session="30", sessions_per_week="5", supervision="mixed", co_interventions="education")
    dose_note = ("Dose (goal 5 walks/week of >=30 min by 6 months) from https://pcmedproject.com/evidence-matters/"
                 "rct-results-can-low-back-pain-recurrence-be-prevented-by-walking/ METHODS.")
    out = []
    hr = by_id["WB_primary_HR"]
    out.append(row(**base, outcome_domain="recurrence", instrument="days to first activity-limiting recurrence (primary)",
                   lower_is_better="yes", timepoint_label="follow-up 12-36 months", data_kind="hazard-ratio",
                   n_walk=hr["n_int"], n_ctrl=hr["n_ctrl"], effect=hr["effect"], ci_lower=hr["ci95_lower"],
                   ci_upper=hr["ci95_upper"], p_value=hr["p_value"], source_url=hr["source_url"],
                   source_location=hr["source_location"] + "; n from " + by_id["WB_randomised"]["source_location"],
                   extraction_note=note(hr["notes"], dose_note, "HR < 1: fewer recurrences with walking.")))
    for rid in ("WB_any_recurrence", "WB_careseeking"):
        r = by_id[rid]
        out.append(row(**base, outcome_domain="recurrence", instrument=r["outcome"], lower_is_better="yes",
                       timepoint_label="follow-up 12-36 months", data_kind="gap",
                       gap="hazard ratio and CI not found; only a relative reduction in words ("
                           + (r["effect"] + "%" if r["effect"] else "28%") + ")",
                       source_url=first_url(r["source_url"]), source_location=r["source_location"],
                       extraction_note=r["notes"]))
    rec = by_id["WB2_recovery_HR"]
    out.append(row(**base, outcome_domain="other", instrument="time to recovery from first recurrence (HR > 1: faster recovery)",
                   lower_is_better="no", timepoint_label="first recurrence", data_kind="hazard-ratio",
                   effect=rec["effect"], ci_lower=rec["ci95_lower"], ci_upper=rec["ci95_upper"], p_value=rec["p_value"],
                   source_url=rec["source_url"], source_location=rec["source_location"],
                   extraction_note=note("JOSPT 2025 secondary analysis " + rec["doi_or_id"], rec["notes"])))
    pain = by_id["WB2_worst_pain"]
    out.append(row(**base, outcome_domain="pain", instrument="worst pain intensity during recurrence, NRS 0-10",
                   scale_min="0", scale_max="10", lower_is_better="yes", timepoint_label="during first recurrence",
                   data_kind="reported", effect_measure="md", effect=pain["effect"], ci_lower=pain["ci95_lower"],
                   ci_upper=pain["ci95_upper"], p_value=pain["p_value"], source_url=pain["source_url"],
                   source_location=pain["source_location"],
                   extraction_note=note("JOSPT 2025 secondary analysis " + pain["doi_or_id"] + "; MD intervention minus control",
                                        pain["notes"])))
    ae = by_id["WB_adverse_events"]
    out.append(row(**base, outcome_domain="adverse-events", instrument="participants with >=1 adverse event over 12 months (%)",
                   lower_is_better="yes", timepoint_label="12 months", data_kind="gap",
                   gap="only percentages per arm were found (52% vs 54%, P = 0.60); counts per arm not reported in the sources",
                   p_value=ae["p_value"], source_url=first_url(ae["source_url"]), source_location=ae["source_location"],
                   extraction_note=ae["notes"]))
    return out


# ---------------------------------------------------------------- LBP: cohorts of leisure-time activity
def lbp_cohorts(src):
    out = []
    for r in src:
        measure = "or" if r["effect_type"].strip().upper().startswith("OR") else "rr"
        d = design(r["design"])
        base = dict(study_id=r["study_id"], authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=d, population=r["exposure"],
                    comparison=r["exposure_level"] + " vs " + r["reference_level"],
                    outcome_domain="chronic-lbp-incidence", instrument=r["outcome"], lower_is_better="yes",
                    source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note("design as printed: " + r["design"],
                                         "studies: " + r["n_studies"] if r["n_studies"] else "",
                                         "participants: " + r["n_participants"] if r["n_participants"] else "",
                                         "I2 %: " + r["i2_percent"] if r["i2_percent"] else "",
                                         "n in analysis: " + r["n_in_analysis"] if r["n_in_analysis"] else "",
                                         "events: " + r["events"] if r["events"] else "",
                                         "effect type as printed: " + r["effect_type"], r["notes"]))
        flags = ["secondary-source"] if "news" in r["notes"].lower() or "physiciansweekly" in r["source_url"] else []
        out.append(row(**base, data_kind="reported", effect_measure=measure, effect=num(r["effect"]),
                       ci_lower=num(r["ci95_lower"]), ci_upper=num(r["ci95_upper"]), flag=";".join(flags)))
    return out


# ---------------------------------------------------------------- LBP: exercise, prevention and safety
def lbp_safety(src):
    out = []
    for r in src:
        et = r["effect_type"].lower()
        measure = ("rate-ratio" if et.startswith("rate ratio") else "or" if et.startswith("or")
                   else "rr" if et.startswith("rr") else "smd" if "smd" in et else "")
        outcome = r["outcome"].lower()
        domain = ("sick-leave" if "sick" in outcome or "absentee" in outcome
                  else "adverse-events" if "adverse" in outcome else "recurrence" if "recurrence" in outcome
                  else "chronic-lbp-incidence")
        base = dict(study_id=r["study_id"], authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=design(r["design"]), population=r["population"],
                    comparison=r["comparison"], outcome_domain=domain, instrument=r["outcome"], lower_is_better="yes",
                    timepoint_label=r["timepoint"], source_url=first_url(r["source_url"]),
                    source_location=r["source_location"],
                    extraction_note=note("design as printed: " + r["design"],
                                         "trials: " + r["n_trials"] if r["n_trials"] else "",
                                         "participants: " + r["n_participants"] if r["n_participants"] else "",
                                         "heterogeneity: " + r["heterogeneity"] if r["heterogeneity"] else "",
                                         "effect type as printed: " + r["effect_type"], r["direction_note"], r["notes"]))
        if measure and num(r["effect"]):
            # Exercise in general, not walking: these speak to claims 8 and 9, never to walking's own effect.
            out.append(row(**base, data_kind="reported", effect_measure=measure, effect=num(r["effect"]),
                           ci_lower=num(r["ci95_lower"]), ci_upper=num(r["ci95_upper"])))
        else:
            out.append(row(**base, data_kind="gap", gap="descriptive counts only: " + r["effect"]))
    return out


# ---------------------------------------------------------------- weight
def weight_domain(outcome):
    o = outcome.lower()
    if "fat" in o or "composition" in o:
        return "other"
    if "bmi" in o:
        return "other"
    return "body-weight"


def weight(src):
    out = []
    for r in src:
        sid = r["study_id"]
        d = design(r["design"]) if r["design"] else "pre-post"
        if sid.startswith("CLAIM_A"):
            d = "pre-post"
        secondary = r["source_type"].lower().startswith("secondary") or "blog" in r["source_type"].lower()
        kg = r["unit"].strip() == "kg"
        tw = num(r["timepoint_weeks"])
        base = dict(study_id=sid, authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=d, population=r["population"],
                    comparison=note(r["intervention"], "vs " + r["comparator"] if r["comparator"] else "", r["group"]),
                    walking_dose=r["walking_dose"], outcome_domain=weight_domain(r["outcome"]),
                    instrument=r["outcome"] + " (" + r["unit"] + ")" if r["unit"] else r["outcome"],
                    lower_is_better=lower_is_better(r["lower_is_better"]), timepoint_weeks=tw,
                    timepoint_label=r["timepoint_label"] if not tw else "",
                    p_value=r["p_value"], source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note("value type: " + r["value_type"] if r["value_type"] else "",
                                         "source type: " + r["source_type"], r["notes"]))
        flags = ["secondary-source"] if secondary else []
        if "walking not confirmed" in (r["walking_dose"] + r["notes"]).lower() or "mode not specified" in r["group"]:
            flags.append("indirect")
        n, n_c = num(r["n"]), num(r["n_ctrl"])
        cm, cs, ccm, ccs = num(r["change_mean"]), num(r["change_sd"]), num(r["ctrl_change_mean"]), num(r["ctrl_change_sd"])
        ev, lo, hi = num(r["effect_value"]), num(r["effect_ci_low"]), num(r["effect_ci_high"])
        if cm and ccm:
            out.append(row(**base, data_kind="change", n_walk=n, mean_walk=cm, sd_walk=cs, n_ctrl=n_c,
                           mean_ctrl=ccm, sd_ctrl=ccs, flag=";".join(flags)))
        elif cm:
            out.append(row(**base, data_kind="single-change", n_walk=n, mean_walk=cm, sd_walk=cs, flag=";".join(flags)))
        elif ev and kg and (lo or "TE" in r["effect_measure"] or "pooled" in r["effect_measure"]):
            out.append(row(**base, data_kind="reported", effect_measure="md", effect=ev, ci_lower=lo, ci_upper=hi,
                           n_walk=n, n_ctrl=n_c, flag=";".join(flags)))
        else:
            what = ("only the control arm's change (%s kg, SD %s) was found" % (ccm, ccs) if ccm
                    else "outcome values not found in any available source (see note)")
            out.append(row(**base, data_kind="gap", gap=what, n_walk=n, n_ctrl=n_c, flag=";".join(flags)))
    return out


# ---------------------------------------------------------------- sleep
def sleep_domain(outcome, unit):
    """Latency and duration only when measured in time units; PSQI components (0-3 scores) are sleep quality."""
    o, u = outcome.lower(), unit.lower()
    timed = u in ("minutes", "hours")
    if "immobile" in o:
        return "other"
    if "latency" in o and timed:
        return "sleep-latency"
    if ("duration" in o or "sleep time" in o) and timed:
        return "sleep-duration"
    return "sleep-quality"


def sleep(src):
    out = []
    for r in src:
        tw = num(r["timepoint_weeks"])
        d = design(r["design"])
        if "waiting-list" in r["design"]:
            d = "controlled-trial"
        if "crossover" in r["design"].lower() or "cross-over" in r["design"].lower():
            d = "rct"
        base = dict(study_id=r["study_id"], authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=d, population=r["population"],
                    comparison=note(r["intervention"], "vs " + r["comparator"] if r["comparator"] else "", r["group"]),
                    walking_dose=r["walking_dose"], outcome_domain=sleep_domain(r["outcome"], r["unit"]),
                    instrument=r["outcome"] + " (" + r["unit"] + ")" if r["unit"] else r["outcome"],
                    lower_is_better=lower_is_better(r["lower_is_better"]), timepoint_weeks=tw,
                    timepoint_label=r["timepoint_label"], p_value=r["p_value"],
                    source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note("value type: " + r["value_type"] if r["value_type"] else "",
                                         "effect as printed: %s %s" % (r["effect_measure"], r["effect_value"])
                                         if r["effect_value"] else "",
                                         "source type: " + r["source_type"], r["notes"]))
        if r["study_id"].startswith("Hori2016"):
            base.update(daily_step_target="10000", weeks="4")
        flags = []
        if "not confirmed" in (r["walking_dose"] + r["notes"]).lower() or "not explicitly stated" in r["walking_dose"]:
            flags.append("indirect")
        n = num(r["n"])
        pre, post = num(r["pre_mean"]), num(r["post_mean"])
        c_pre, c_post = num(r["ctrl_pre_mean"]), num(r["ctrl_post_mean"])
        if pre and post and c_pre and c_post:
            # Two arms measured before and after: the between-arm contrast uses the post values; baselines in the note.
            out.append(row(**{**base, "extraction_note": note(base["extraction_note"],
                       "baseline walking %s (SD %s), control %s (SD %s)" % (pre, r["pre_sd"], c_pre, r["ctrl_pre_sd"]))},
                       data_kind="two-arm", n_walk=n, mean_walk=post, sd_walk=num(r["post_sd"]), n_ctrl=num(r["n_ctrl"]),
                       mean_ctrl=c_post, sd_ctrl=num(r["ctrl_post_sd"]), flag=";".join(flags)))
        elif pre and post and n:
            out.append(row(**base, data_kind="pre-post", n_walk=n, pre_mean=pre, pre_sd=num(r["pre_sd"]),
                           post_mean=post, post_sd=num(r["post_sd"]), correlation=num(r["pre_post_corr_reported"]),
                           flag=";".join(flags)))
        elif num(r["change_mean"]) and "between-group" in r["value_type"]:
            # A between-group difference printed without CI or SE ("ISI about -4 points"): a point estimate only.
            out.append(row(**base, data_kind="reported", effect_measure="md", effect=num(r["change_mean"]),
                           flag=";".join(flags)))
        elif num(r["change_mean"]):
            out.append(row(**base, data_kind="single-change", n_walk=n, mean_walk=num(r["change_mean"]),
                           sd_walk=num(r["change_sd"]), flag=";".join(flags)))
        else:
            out.append(row(**base, data_kind="gap", n_walk=n,
                           gap="outcome means, SDs and effect sizes not found in any available source (see note)",
                           flag=";".join(flags)))
    return out


# ---------------------------------------------------------------- other: step dose-response
def dose_response(src):
    out = []
    for r in src:
        outcome = r["outcome"].lower()
        domain = "mortality" if "mortality" in outcome else "body-weight" if "weight" in outcome else "other"
        measure = "hr" if "HR" in r["effect_measure"] else ""
        base = dict(study_id=r["study_id"], authors=r["authors"], year=year(r["year"]), journal=r["journal"],
                    doi_or_pmid=r["doi_or_pmid"], design=design(r["design"]), population=r["population"],
                    comparison=note(r["exposure_or_intervention"], r["exposure_level"] + " vs " + r["reference_level"]
                                    if r["reference_level"] else r["exposure_level"]),
                    outcome_domain=domain, instrument=r["outcome"], lower_is_better="yes", p_value=r["p_value"],
                    source_url=first_url(r["source_url"]), source_location=r["source_location"],
                    extraction_note=note("design as printed: " + r["design"], "n: " + r["n"] if r["n"] else "",
                                         "follow-up: " + r["events_or_followup"] if r["events_or_followup"] else "",
                                         "effect as printed: %s %s" % (r["effect_measure"], r["effect_value"]),
                                         "source type: " + r["source_type"], r["notes"]))
        flags = ["secondary-source"] if "secondary" in r["source_type"].lower() else []
        if measure and num(r["effect_value"]):
            out.append(row(**base, data_kind="reported", effect_measure=measure, effect=num(r["effect_value"]),
                           ci_lower=num(r["ci_low"]), ci_upper=num(r["ci_high"]), flag=";".join(flags)))
        else:
            out.append(row(**base, data_kind="gap", flag=";".join(flags),
                           gap="no effect estimate with a measure walkstudy can weigh: " + (r["effect_value"] or r["effect_measure"])))
    return out


def claim_c(src):
    out = []
    for r in src:
        cit = r["citation"]
        m = re.search(r"(19|20)\d{2}", cit)
        out.append(row(study_id=r["candidate_id"], authors=cit.split(".")[0], year=m.group(0) if m else "",
                       design=design(r["design"]), population=r["population"], walking_dose=r["walking_dose"],
                       outcome_domain="mood", instrument=r["outcomes_relevant_to_claim_C"], lower_is_better="no",
                       data_kind="gap", gap="no outcome values in the source: " + r["numbers_read"],
                       source_url=first_url(r["source_url"]), source_location=r["source_location"],
                       extraction_note=note("citation: " + cit, "match to claim 5: " + r["match_to_claim_C"])))
    return out


FILES = [
    # id, family, resource, builder, research file, title, outcome, measure
    ("lbp-walking-trials", "lbp", "lbp/walking-trials.csv", lbp_trials, "lbp/lbp_walking_trials.csv",
     "Walking trials in chronic low back pain", "pain; disability", "MD; arm means"),
    ("lbp-reviews", "lbp", "lbp/reviews-pooled.csv", lbp_reviews, "lbp/lbp_walking_reviews_pooled.csv",
     "Systematic reviews of walking for low back pain (pooled estimates as reported)", "pain; disability", "SMD; MD"),
    ("lbp-walkback", "lbp", "lbp/walkback.csv", walkback, "lbp/walkback_trial.csv",
     "WalkBack: walking and education to prevent LBP recurrence", "recurrence; pain", "HR; MD"),
    ("lbp-cohorts", "lbp", "lbp/cohorts-ltpa.csv", lbp_cohorts, "lbp/lbp_cohort_ltpa.csv",
     "Leisure-time activity and walking and future chronic LBP (cohorts)", "chronic LBP", "RR; OR"),
    ("lbp-exercise-prevention", "lbp", "lbp/exercise-prevention.csv", lbp_safety, "lbp/lbp_exercise_safety_prevention.csv",
     "Exercise for preventing LBP, sick leave and recurrence; adverse events", "LBP episodes; sick leave; adverse events", "RR; OR; rate ratio"),
    ("weight-walking", "weight", "weight/walking-trials.csv", weight, "weight/weight_walking_trials.csv",
     "Brisk walking and body weight", "body weight", "kg change; MD"),
    ("sleep-walking", "sleep", "sleep/walking-studies.csv", sleep, "sleep/sleep_walking_studies.csv",
     "Walking interventions and sleep", "sleep latency; duration; quality", "pre/post; MD"),
    ("other-steps-dose", "other", "other/steps-dose-response.csv", dose_response, "other/dose_response_steps_minutes.csv",
     "Daily steps and minutes: dose-response", "mortality; body weight", "HR"),
    ("other-claim5-candidates", "other", "other/wellbeing-candidates.csv", claim_c, "other/claim_C_candidates.csv",
     "Candidate sources for the mood and quality-of-life claim", "mood; quality of life", "none"),
]


FIRST_CITATION = {}


def unify_citations(rows):
    """All rows of a study (in every file) carry its first row's citation; a differing report is named in the note."""
    first = FIRST_CITATION
    for r in rows:
        cit = (r["authors"], r["year"], r["journal"], r["doi_or_pmid"], r["design"])
        known = first.setdefault(r["study_id"], cit)
        if cit != known:
            r["extraction_note"] = note("reported in: %s (%s) %s %s; design as coded for that report: %s" % cit,
                                        r["extraction_note"])
            r["authors"], r["year"], r["journal"], r["doi_or_pmid"], r["design"] = known
    return rows


ARM_COLUMNS = ["study_id", "instrument", "what", "walking", "control", "unit", "secondary_source", "source_url",
               "source_location", "note"]


def arm_numbers(research):
    """Each arm's absolute numbers beside a ratio (WalkBack's median days to a recurrence), digits as printed."""
    with open(os.path.join(research, "lbp/walkback_trial.csv"), newline="", encoding="utf-8") as f:
        by_id = {r["record_id"]: r for r in csv.DictReader(f)}
    m = by_id["WB_primary_median"]
    leading = lambda text: text.split(" (")[0].strip()  # "208 (95% CI 149 to 295)" -> "208", as printed
    return [dict(study_id="Pocovi2024_WalkBack", instrument="days to first activity-limiting recurrence (primary)",
                 what="median days to first activity-limiting recurrence", walking=leading(m["value_int"]),
                 control=leading(m["value_ctrl"]), unit=m["units"], secondary_source="yes", source_url=m["source_url"],
                 source_location=m["source_location"],
                 note=note("A summary of the Lancet paper (MyOrthoEvidence ACE report), not the paper: the Lancet "
                           "abstract's Findings paragraph was not available in any copy checked.",
                           "Intervals as printed: walking " + m["value_int"] + ", control " + m["value_ctrl"] + ".",
                           m["notes"]))]


def main():
    research = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "research")
    with open(os.path.join(OUT, "arm-numbers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ARM_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(arm_numbers(research))
    catalogue = []
    for fid, family, resource, build, sheet, title, outcome, measure in FILES:
        with open(os.path.join(research, sheet), newline="", encoding="utf-8") as f:
            rows = corrections.apply(resource, unify_citations(build(list(csv.DictReader(f)))))
        path = os.path.join(OUT, resource)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        studies = len(dict.fromkeys(r["study_id"] for r in rows))
        catalogue.append([fid, title, family, outcome, measure, str(studies), sheet, resource])
        print("%-26s %3d rows %3d studies -> %s" % (fid, len(rows), studies, resource))
    with open(os.path.join(OUT, "catalogue.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "title", "family", "outcome", "measure", "studies", "source", "resource"])
        w.writerows(catalogue)


if __name__ == "__main__":
    main()
