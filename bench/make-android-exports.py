#!/usr/bin/env python3
"""SYNTHETIC Android exports for the reader benchmarks (seeded, no person's data).

  make-android-exports.py health-connect OUT.zip DAYS   a Health Connect export zip: per day 1,440 one-minute
      watch step and distance records, 288 five-minute phone step records (overlapping the watch), a walking
      session, a sleep session with four stages and a weight; schema from the test fixture (Android's sources).
  make-android-exports.py samsung-health OUT_DIR DAYS   a Samsung Health export folder: per day three step
      summary rows (phone, watch, combined), EXERCISES sessions (walks and runs), a night's sleep and a weight,
      with the real files' column sets.
"""
import os
import random
import sqlite3
import sys
import zipfile
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "analysis", "src", "test", "resources", "personal", "health-connect", "schema.sql")
START = datetime(2015, 1, 1, tzinfo=timezone.utc)
OFFSET = 3600


def ms(t):
    return int(t.timestamp() * 1000)


def health_connect(out, days):
    rnd = random.Random(20240601)
    db = out + ".db"
    if os.path.exists(db):
        os.remove(db)
    c = sqlite3.connect(db)
    with open(SCHEMA, encoding="utf-8") as f:
        c.executescript("\n".join(l for l in f.read().splitlines() if not l.strip().startswith("--")))
    c.execute("INSERT INTO application_info_table (row_id, package_name, app_name) VALUES (1, 'com.google.android.apps.fitness', 'Fit'), (2, 'com.sec.android.app.shealth', 'Samsung Health')")
    c.execute("INSERT INTO device_info_table VALUES (1, 'Google', 'Pixel Watch 2', 1), (2, 'Google', 'Pixel 8', 2)")
    uid = [0]

    def u():
        uid[0] += 1
        return uid[0].to_bytes(16, "big")

    for d in range(days):
        day = START + timedelta(days=d)
        steps, dist, phone = [], [], []
        for m in range(7 * 60, 22 * 60):
            t = day + timedelta(minutes=m)
            n = rnd.choice((0, 0, 0, 12, 40, 95, 110))
            if n:
                steps.append((u(), 1, 1, ms(t), OFFSET, ms(t + timedelta(minutes=1)), OFFSET, n))
                dist.append((u(), 1, 1, ms(t), OFFSET, ms(t + timedelta(minutes=1)), OFFSET, n * 0.75))
        for m in range(0, 24 * 60, 5):
            t = day + timedelta(minutes=m)
            phone.append((u(), 2, 2, ms(t), OFFSET, ms(t + timedelta(minutes=5)), OFFSET, rnd.randint(0, 300)))
        c.executemany("INSERT INTO steps_record_table (uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, count) VALUES (?,?,?,?,?,?,?,?)", steps + phone)
        c.executemany("INSERT INTO distance_record_table (uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, distance) VALUES (?,?,?,?,?,?,?,?)", dist)
        w = day + timedelta(hours=17)
        c.execute("INSERT INTO exercise_session_record_table (uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset, exercise_type) VALUES (?,?,?,?,?,?,?,53)",
                  (u(), 1, 1, ms(w), OFFSET, ms(w + timedelta(minutes=35)), OFFSET))
        s = day + timedelta(hours=21, minutes=rnd.randint(0, 60))
        cur = c.execute("INSERT INTO sleep_session_record_table (uuid, device_info_id, app_info_id, start_time, start_zone_offset, end_time, end_zone_offset) VALUES (?,?,?,?,?,?,?)",
                        (u(), 1, 1, ms(s), OFFSET, ms(s + timedelta(hours=8)), OFFSET))
        sid = cur.lastrowid
        edges = [s, s + timedelta(minutes=15), s + timedelta(hours=3), s + timedelta(hours=5), s + timedelta(hours=8)]
        c.executemany("INSERT INTO sleep_stages_table VALUES (?,?,?,?)",
                      [(sid, ms(a), ms(b), t) for a, b, t in zip(edges, edges[1:], (7, 4, 5, 6))])
        c.execute("INSERT INTO weight_record_table (uuid, device_info_id, app_info_id, time, zone_offset, weight) VALUES (?,?,?,?,?,?)",
                  (u(), 2, 2, ms(day + timedelta(hours=6)), OFFSET, 72000 + rnd.randint(-500, 500)))
    c.commit()
    c.close()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(db, "health_connect_export.db")
    os.remove(db)


def samsung(out, days, exercises=20):
    rnd = random.Random(20240601)
    os.makedirs(out, exist_ok=True)
    stamp = "20250101000000"

    def t(x):
        return x.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (x.microsecond // 1000)

    with open(os.path.join(out, f"com.samsung.health.device_profile.{stamp}.csv"), "w") as f:
        f.write("com.samsung.health.device_profile,6315005,8\nmanufacturer,device_group,name,model,deviceuuid,datauuid,\n")
        f.write("Samsung,360001,Galaxy S23,SM-S911B,phoneUUID01,dp-1,\nSamsung,360003,Galaxy Watch6,SM-R930,watchUUID02,dp-2,\n")
    with open(os.path.join(out, f"com.samsung.shealth.tracker.pedometer_day_summary.{stamp}.csv"), "w") as f:
        f.write("com.samsung.shealth.tracker.pedometer_day_summary,6315005,7\ncreate_sh_ver,step_count,binning_data,active_time,recommendation,modify_sh_ver,run_step_count,update_time,source_package_name,create_time,source_info,speed,distance,calorie,walk_step_count,deviceuuid,pkg_name,healthy_step,achievement,datauuid,day_time,\n")
        for d in range(days):
            day = START + timedelta(days=d)
            for dev, n in (("phoneUUID01", rnd.randint(2000, 9000)), ("watchUUID02", rnd.randint(3000, 12000)), ("VfS0qUERdZ", 0)):
                n = n or 13000
                f.write(f"63070030,{n},x.binning_data.json,{n*600},6000,63070030,10,{t(day + timedelta(days=1))},com.sec.android.app.shealth,{t(day)},,1.3,{n*0.75:.2f},{n*0.04:.2f},{n},{dev},com.sec.android.app.shealth,{n//3},,ds-{d}-{dev},{ms(day)},\n")
    p = "com.samsung.health.exercise"
    cols = ["title", "source_type", "total_calorie"] + [f"{p}.{c}" for c in ("duration", "create_sh_ver", "start_time", "exercise_type", "mean_heart_rate", "max_heart_rate", "update_time", "create_time", "distance", "calorie", "time_offset", "deviceuuid", "comment", "mean_speed", "pkg_name", "exercise_custom_type", "end_time", "datauuid")]
    with open(os.path.join(out, f"com.samsung.shealth.exercise.{stamp}.csv"), "w") as f:
        f.write("com.samsung.shealth.exercise,6315005,17\n" + ",".join(cols) + ",\n")
        for d in range(days):
            day = START + timedelta(days=d)
            for k in range(exercises):
                s = day + timedelta(hours=6, minutes=40 * k)
                minutes = rnd.randint(10, 35)
                kind = rnd.choice((1001, 1001, 1001, 1002))
                km = minutes / 60 * (5.2 if kind == 1001 else 10.5)
                f.write(f",0,{minutes*5}.0,{minutes*60000},63070030,{t(s)},{kind},98.0,120.0,{t(s)},{t(s)},{km*1000:.1f},{minutes*5}.0,UTC+0100,watchUUID02,,1.4,com.sec.android.app.shealth,,{t(s + timedelta(minutes=minutes))},ex-{d}-{k},\n")
    q = "com.samsung.health.sleep"
    with open(os.path.join(out, f"com.samsung.shealth.sleep.{stamp}.csv"), "w") as f:
        f.write(f"com.samsung.shealth.sleep,6315005,20\nsleep_score,{q}.start_time,{q}.end_time,{q}.time_offset,{q}.datauuid,{q}.deviceuuid,\n")
        for d in range(days):
            s = START + timedelta(days=d, hours=21, minutes=rnd.randint(0, 90))
            f.write(f"80,{t(s)},{t(s + timedelta(hours=7, minutes=rnd.randint(0, 60)))},UTC+0100,sl-{d},watchUUID02,\n")
    with open(os.path.join(out, f"com.samsung.health.weight.{stamp}.csv"), "w") as f:
        f.write("com.samsung.health.weight,6315005,3\nstart_time,weight,time_offset,deviceuuid,datauuid,\n")
        for d in range(days):
            f.write(f"{t(START + timedelta(days=d, hours=6))},{72 + rnd.uniform(-1, 1):.1f},UTC+0100,phoneUUID01,wt-{d},\n")


if __name__ == "__main__":
    kind, out, days = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if kind == "health-connect":
        health_connect(out, days)
    elif kind == "samsung-health":
        samsung(out, days)
    else:
        sys.exit("kind: health-connect or samsung-health")
