#!/usr/bin/env python3
"""SYNTHETIC activity files for the TCX, FIT and Strava import benchmarks (seeded, never committed).

    make-activity-files.py tcx OUT.tcx ACTIVITIES POINTS     one TCX file of ACTIVITIES walks of POINTS points
    make-activity-files.py strava OUT.zip ACTIVITIES POINTS  a Strava export zip: activities.csv plus one file
                                                             per activity, in turn .fit.gz, .gpx.gz, .tcx.gz;
                                                             every fifth is a Run (left out), every tenth has no file

Walks are 1 point a second at 4-6 km/h from 2020-01-01 on, one a day; in the Strava export each walk has
POINTS to POINTS + 600 points, so that few files are the same size (walkstudy compares equal-sized inputs
byte by byte to read a copy once). FIT files follow the FIT protocol
(14-byte header, definition and data messages, CRC-16 as in the FIT SDK's FitCRC_Get16).
"""
import gzip
import io
import math
import random
import struct
import sys
import zipfile
from datetime import datetime, timedelta, timezone

START = datetime(2020, 1, 1, 7, 0, 0, tzinfo=timezone.utc)
FIT_EPOCH = datetime(1989, 12, 31, tzinfo=timezone.utc)
CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]


def walk_points(rng, n, day):
    """(time, lat, lon, metres) one second apart, at a speed of 4-6 km/h."""
    t = START + timedelta(days=day)
    lat, lon, metres = 48.0 + rng.random(), 11.0 + rng.random(), 0.0
    speed = rng.uniform(4.0, 6.0) / 3.6
    heading = rng.uniform(0, 2 * math.pi)
    out = []
    for _ in range(n):
        out.append((t, lat, lon, metres))
        t += timedelta(seconds=1)
        metres += speed
        lat += speed * math.cos(heading) / 111_195
        lon += speed * math.sin(heading) / (111_195 * math.cos(math.radians(lat)))
    return out


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def tcx_activity(points, sport="Other"):
    lines = [f'<Activity Sport="{sport}"><Id>{iso(points[0][0])}</Id><Lap StartTime="{iso(points[0][0])}"><Track>']
    for t, lat, lon, m in points:
        lines.append(f"<Trackpoint><Time>{iso(t)}</Time><Position><LatitudeDegrees>{lat:.7f}</LatitudeDegrees>"
                     f"<LongitudeDegrees>{lon:.7f}</LongitudeDegrees></Position><DistanceMeters>{m:.1f}</DistanceMeters></Trackpoint>")
    lines.append("</Track></Lap><Creator><Name>Synthetic Watch</Name></Creator></Activity>")
    return "\n".join(lines)


def tcx_file(activities):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
            'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>\n'
            + "\n".join(activities) + "\n</Activities></TrainingCenterDatabase>\n")


def gpx_file(points):
    pts = "\n".join(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><time>{iso(t)}</time></trkpt>' for t, lat, lon, _ in points)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="SYNTHETIC" '
            'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>walking</type><trkseg>\n' + pts + "\n</trkseg></trk></gpx>\n")


def crc16(data, crc=0):
    for byte in data:
        tmp = CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ CRC_TABLE[byte & 0xF]
        tmp = CRC_TABLE[crc & 0xF]
        crc = (crc >> 4) & 0x0FFF
        crc = crc ^ tmp ^ CRC_TABLE[(byte >> 4) & 0xF]
    return crc


def fit_time(t):
    return int((t - FIT_EPOCH).total_seconds())


def definition(local, global_num, fields):
    body = struct.pack("<BBHB", 0, 0, global_num, len(fields))
    for num, size, base in fields:
        body += struct.pack("<BBB", num, size, base)
    return bytes([0x40 | local]) + body


def fit_file(points, sport=11):
    """A FIT activity: file_id, records, one session, activity (sport 11 walking, 1 running)."""
    u8, u16, u32, s32 = 0x00, 0x84, 0x86, 0x85
    data = io.BytesIO()
    data.write(definition(0, 0, [(0, 1, u8), (1, 2, u16), (2, 2, u16), (4, 4, u32)]))
    data.write(bytes([0]) + struct.pack("<BHHI", 4, 255, 1, fit_time(points[0][0])))
    data.write(definition(1, 20, [(253, 4, u32), (0, 4, s32), (1, 4, s32), (5, 4, u32)]))
    semi = 2 ** 31 / 180
    for t, lat, lon, m in points:
        data.write(bytes([1]) + struct.pack("<IiiI", fit_time(t), round(lat * semi), round(lon * semi), round(m * 100)))
    start, end = points[0][0], points[-1][0]
    secs = (end - start).total_seconds()
    data.write(definition(2, 18, [(253, 4, u32), (2, 4, u32), (7, 4, u32), (8, 4, u32), (9, 4, u32), (10, 4, u32),
                                  (5, 1, u8), (6, 1, u8)]))
    data.write(bytes([2]) + struct.pack("<IIIIIIBB", fit_time(end), fit_time(start), round(secs * 1000), round(secs * 1000),
                                        round(points[-1][3] * 100), round(points[-1][3] / 1.5), sport, 0))
    data.write(definition(3, 34, [(253, 4, u32), (5, 4, u32), (1, 2, u16), (2, 1, u8)]))
    data.write(bytes([3]) + struct.pack("<IIHB", fit_time(end), fit_time(end) + 3600, 1, 0))
    body = data.getvalue()
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", crc16(header))
    out = header + body
    return out + struct.pack("<H", crc16(out))


def main():
    kind, out, n, points = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(20261130)
    if kind == "tcx":
        with open(out, "w", encoding="utf-8") as f:
            f.write(tcx_file([tcx_activity(walk_points(rng, points, d)) for d in range(n)]))
        return
    header = ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
              "Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,"
              "Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed\n")
    rows = [header]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for i in range(n):
            pts = walk_points(rng, points + rng.randint(0, 600), i)
            run = i % 5 == 4
            kind_of = ("Run" if run else "Walk")
            name = ""
            if i % 10 != 9:
                suffix = ("fit", "gpx", "tcx")[i % 3]
                name = f"activities/{1000 + i}.{suffix}.gz"
                if suffix == "fit":
                    content = fit_file(pts, 1 if run else 11)
                elif suffix == "gpx":
                    content = gpx_file(pts).encode()
                else:
                    content = tcx_file([tcx_activity(pts, "Running" if run else "Other")]).encode()
                z.writestr(name, gzip.compress(content, 6))
            secs = (pts[-1][0] - pts[0][0]).total_seconds()
            date = pts[0][0].strftime("%b %-d, %Y, %-I:%M:%S %p")
            rows.append(f'{1000 + i},"{date}",SYNTHETIC {kind_of},{kind_of},,{secs:.0f},{pts[-1][3] / 1000:.2f},,,false,,,'
                        f'{name},,,{secs:.1f},{secs:.1f},{pts[-1][3]:.1f},\n')
        z.writestr("activities.csv", "".join(rows))


if __name__ == "__main__":
    main()
