#!/usr/bin/env python3
"""SYNTHETIC Fitbit account export for bench/fitbit-throughput.sh: DAYS days of minute-level steps and distance
(every minute written, zeros included, as the export writes them) in monthly Global Export Data files, plus a
Profile.csv, zipped in the Google Takeout layout. Seeded; never committed; not anyone's data.

    make-fitbit-export.py OUT.zip [DAYS=365] [SEED=16]
"""
import datetime
import random
import sys
import zipfile

out = sys.argv[1]
days = int(sys.argv[2]) if len(sys.argv) > 2 else 365
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 16)
root = "Takeout/Fitbit/"
start = datetime.date(2023, 1, 1)


def minute_value(minute_of_day):
    """Night: nothing; day: mostly idle, sometimes a walking bout of 60-130 steps a minute."""
    if minute_of_day < 7 * 60 or minute_of_day >= 23 * 60:
        return 0
    r = rng.random()
    return rng.randint(60, 130) if r < 0.08 else (rng.randint(1, 30) if r < 0.25 else 0)


def month_file(kind, first, n_days, per_minute):
    parts = []
    for d in range(n_days):
        day = first + datetime.timedelta(days=d)
        stamp = day.strftime("%m/%d/%y")
        for m in range(24 * 60):
            parts.append('{\n  "dateTime" : "%s %02d:%02d:00",\n  "value" : "%d"\n}' % (stamp, m // 60, m % 60, per_minute(d, m)))
    return "[" + ",".join(parts) + "]"


with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(root + "Your Profile/Profile.csv", "id,timezone,weight_unit\nSYNTH,Europe/Berlin,METRIC\n")
    done = 0
    while done < days:
        first = start + datetime.timedelta(days=done)
        n = min(30, days - done)  # the export's files hold 30 days each
        steps = {}

        def step(d, m):
            v = minute_value(m)
            steps[(d, m)] = v
            return v

        name = first.strftime("%Y-%m-%d")
        z.writestr(root + "Global Export Data/steps-%s.json" % name, month_file("steps", first, n, step))
        z.writestr(root + "Global Export Data/distance-%s.json" % name,
                   month_file("distance", first, n, lambda d, m: int(steps[(d, m)] * 72)))  # 72 cm a step
        done += n
