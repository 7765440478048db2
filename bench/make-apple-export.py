#!/usr/bin/env python3
"""Write a SYNTHETIC Apple Health export.xml of about SIZE_MB megabytes, deterministically from a seed.

Realistic layout: the iOS 16 style internal DTD (with its unclosed ATTLIST blocks), step counts from two
devices (phone and watch) that overlap, walking distance, heart rate with metadata children, active energy,
sleep stages, body mass, walking workouts, and now and then a 0x0B control character as real exports have.

    python3 bench/make-apple-export.py SIZE_MB OUT.xml [--seed N]
"""
import argparse
import datetime as dt
import random

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!-- SYNTHETIC EXAMPLE written by walkstudy bench/make-apple-export.py: not a real person's data -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
<!ELEMENT HeartRateVariabilityMetadataList (InstantaneousBeatsPerMinute*)>
<!ATTLIST InstantaneousBeatsPerMinute
  bpm  CDATA #REQUIRED
  time CDATA #REQUIRED
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="2024-06-30 20:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1980-01-01" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""

PHONE = ('sourceName="Ann\u2019s iPhone" sourceVersion="16.1" device="&lt;&lt;HKDevice: 0x283d1c0a0&gt;, name:iPhone, '
         'manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:16.1&gt;"')
WATCH = ('sourceName="Ann\u2019s Apple\x0bWatch" sourceVersion="9.1" device="&lt;&lt;HKDevice: 0x283d1c0b0&gt;, name:Apple Watch, '
         'manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:9.1&gt;"')


def ts(t, offset="+0100"):
    return t.strftime("%Y-%m-%d %H:%M:%S ") + offset


def record(kind, src, unit, start, end, value, children=""):
    created = ts(end + dt.timedelta(minutes=3))
    head = (f' <Record type="{kind}" {src} unit="{unit}" creationDate="{created}" '
            f'startDate="{ts(start)}" endDate="{ts(end)}" value="{value}"')
    return head + (f">\n{children} </Record>\n" if children else "/>\n")


def day_records(rng, day):
    out = []
    t = dt.datetime.combine(day, dt.time(7, 0))
    while t.hour < 22:
        minutes = rng.randint(2, 9)
        end = t + dt.timedelta(minutes=minutes)
        cadence = rng.choice([40, 70, 95, 105, 115])
        steps = cadence * minutes
        out.append(record("HKQuantityTypeIdentifierStepCount", PHONE, "count", t, end, steps))
        out.append(record("HKQuantityTypeIdentifierStepCount", WATCH, "count", t, end, int(steps * rng.uniform(0.95, 1.08))))
        out.append(record("HKQuantityTypeIdentifierDistanceWalkingRunning", WATCH, "km", t, end, round(steps * 0.00072, 5)))
        hr_meta = '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="1"/>\n'
        out.append(record("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", end, end, rng.randint(62, 128), hr_meta))
        out.append(record("HKQuantityTypeIdentifierActiveEnergyBurned", WATCH, "kcal", t, end, round(rng.uniform(1, 30), 3)))
        t = end + dt.timedelta(minutes=rng.randint(3, 25))
    bed = dt.datetime.combine(day, dt.time(22, 50))
    out.append(record("HKCategoryTypeIdentifierSleepAnalysis", PHONE, "", bed, bed + dt.timedelta(hours=8),
                      "HKCategoryValueSleepAnalysisInBed").replace(' unit=""', ""))
    s = bed + dt.timedelta(minutes=rng.randint(5, 40))
    for stage in ("Core", "Deep", "REM", "Core"):
        e = s + dt.timedelta(minutes=rng.randint(40, 120))
        out.append(record("HKCategoryTypeIdentifierSleepAnalysis", WATCH, "", s, e,
                          "HKCategoryValueSleepAnalysisAsleep" + stage).replace(' unit=""', ""))
        s = e
    if rng.random() < 0.5:
        w = dt.datetime.combine(day, dt.time(7, 15))
        out.append(record("HKQuantityTypeIdentifierBodyMass", PHONE, "kg", w, w, round(rng.gauss(72, 0.6), 1)))
    if rng.random() < 0.6:
        w = dt.datetime.combine(day, dt.time(18, 0))
        out.append(f' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="{rng.uniform(20, 45):.4f}" '
                   f'durationUnit="min" {WATCH} creationDate="{ts(w)}" startDate="{ts(w)}" '
                   f'endDate="{ts(w + dt.timedelta(minutes=40))}">\n'
                   f'  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="{ts(w)}" '
                   f'endDate="{ts(w + dt.timedelta(minutes=40))}" sum="{rng.uniform(1.5, 3.5):.4f}" unit="km"/>\n'
                   f' </Workout>\n')
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("size_mb", type=float)
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=20240601)
    a = p.parse_args()
    rng = random.Random(a.seed)
    target = int(a.size_mb * 1024 * 1024)
    written = 0
    day = dt.date(2015, 1, 1)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        written += len(HEADER.encode())
        while written < target:
            chunk = "".join(day_records(rng, day))
            f.write(chunk)
            written += len(chunk.encode())
            day += dt.timedelta(days=1)
        f.write("</HealthData>\n")


if __name__ == "__main__":
    main()
