#!/usr/bin/env python3
"""Writes a SYNTHETIC Garmin Connect account export zip for bench/garmin-connect-throughput.sh.

    make-garmin-connect-export.py OUT.zip YEARS

DI_CONNECT/DI-Connect-Aggregator/UDSFile_<from>_<to>.json (100-day files, one record a day, in the layout of
docs/personal-data.md: the fields walkstudy reads plus the nested stress and Body Battery lists that real
records carry, which the reader has to skip), DI-Connect-Wellness/<from>_<to>_1_sleepData.json (one night a
day) and 123456_userBioMetrics.json (a weigh-in every third day, and a height record). Pretty-printed like the
export. Seeded, so the same arguments give the same bytes. All values are made up: SYNTHETIC.
"""
import datetime
import json
import random
import sys
import zipfile


def uds(day, rng):
    steps = rng.randint(1500, 18000)
    return {
        "userProfilePK": 123456, "calendarDate": day.isoformat(), "uuid": "%032x" % rng.getrandbits(128),
        "durationInMilliseconds": 86400000, "totalKilocalories": round(rng.uniform(1800, 3200), 1),
        "activeKilocalories": round(rng.uniform(100, 1200), 1), "bmrKilocalories": 1750.0,
        "totalSteps": steps, "totalDistanceMeters": int(steps * rng.uniform(0.70, 0.82)), "dailyStepGoal": 8000,
        "wellnessStartTimeGmt": day.isoformat() + "T23:00:00.0", "wellnessStartTimeLocal": day.isoformat() + "T00:00:00.0",
        "highlyActiveSeconds": rng.randint(0, 5000), "activeSeconds": rng.randint(3000, 15000),
        "moderateIntensityMinutes": rng.randint(0, 60), "vigorousIntensityMinutes": rng.randint(0, 30),
        "floorsAscendedInMeters": round(rng.uniform(0, 60), 2), "floorsDescendedInMeters": round(rng.uniform(0, 60), 2),
        "minHeartRate": rng.randint(42, 58), "maxHeartRate": rng.randint(110, 180), "restingHeartRate": rng.randint(48, 64),
        "currentDayRestingHeartRate": rng.randint(48, 64), "includesWellnessData": True, "includesActivityData": True,
        "allDayStress": {"aggregatorList": [
            {"type": t, "averageStressLevel": rng.randint(10, 60), "maxStressLevel": rng.randint(60, 99),
             "stressIntensityCount": rng.randint(100, 900), "stressDuration": rng.randint(1000, 40000),
             "restDuration": rng.randint(1000, 40000), "activityDuration": rng.randint(0, 20000)}
            for t in ("TOTAL", "AWAKE", "ASLEEP")]},
        "bodyBattery": {"minBodyBattery": rng.randint(5, 40), "maxBodyBattery": rng.randint(50, 100),
                        "bodyBatteryStatList": [
                            {"bodyBatteryStatType": t, "statsValue": rng.randint(5, 100),
                             "statTimestamp": day.isoformat() + "T%02d:00:00.0" % rng.randint(0, 23)}
                            for t in ("HIGHEST", "LOWEST", "STARTOFDAY", "ENDOFDAY", "DURINGSLEEP")]},
        "respiration": {"avgWakingRespirationValue": round(rng.uniform(12, 18), 1)},
    }


def sleep(day, rng):
    deep, light, rem, awake = (rng.randint(2000, 8000), rng.randint(10000, 18000), rng.randint(3000, 8000),
                               rng.randint(0, 1800))
    start = datetime.datetime.combine(day, datetime.time(22)) - datetime.timedelta(days=1, minutes=rng.randint(0, 90))
    end = start + datetime.timedelta(seconds=deep + light + rem + awake)
    return {"sleepStartTimestampGMT": start.isoformat() + ".0", "sleepEndTimestampGMT": end.isoformat() + ".0",
            "calendarDate": day.isoformat(), "sleepWindowConfirmationType": "ENHANCED_CONFIRMED_FINAL",
            "deepSleepSeconds": deep, "lightSleepSeconds": light, "remSleepSeconds": rem, "awakeSleepSeconds": awake,
            "averageRespiration": round(rng.uniform(12, 17), 1), "awakeCount": rng.randint(0, 4),
            "sleepScores": {"overallScore": rng.randint(40, 95), "qualityScore": rng.randint(40, 95)}}


def main():
    out, years = sys.argv[1], int(sys.argv[2])
    rng = random.Random(16)
    first = datetime.date(2025 - years, 1, 1)  # ends in 2024: never in the future, after 1970 up to 55 years
    days = [first + datetime.timedelta(days=i) for i in range(round(years * 365.25))]
    weigh_ins = [{"metaData": {"userProfilePK": 123456, "calendarDate": d.isoformat() + "T07:10:00.0"},
                  "weight": {"weight": round(rng.uniform(70000, 82000), 1), "timestampGMT": d.isoformat() + "T06:10:00.0",
                             "sourceType": "INDEX_SCALE", "bodyFat": round(rng.uniform(15, 25), 1)},
                  "version": 1} for d in days[::3]]
    weigh_ins.append({"metaData": {"userProfilePK": 123456, "calendarDate": first.isoformat() + "T00:00:00.0"},
                      "height": 178.0})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(0, len(days), 100):
            chunk = days[i:i + 100]
            span = "%s_%s" % (chunk[0].isoformat(), chunk[-1].isoformat())
            z.writestr("DI_CONNECT/DI-Connect-Aggregator/UDSFile_%s.json" % span,
                       json.dumps([uds(d, rng) for d in chunk], indent=2, separators=(",", " : ")))
            z.writestr("DI_CONNECT/DI-Connect-Wellness/%s_1_sleepData.json" % span,
                       json.dumps([sleep(d, rng) for d in chunk], indent=2, separators=(",", " : ")))
        z.writestr("DI_CONNECT/DI-Connect-Wellness/123456_userBioMetrics.json",
                   json.dumps(weigh_ins, indent=2, separators=(",", " : ")))


if __name__ == "__main__":
    main()
