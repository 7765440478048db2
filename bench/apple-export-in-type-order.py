#!/usr/bin/env python3
"""Rewrite a (synthetic) export.xml in the order a real Apple export has: top-level elements grouped by
record type (workouts and others after the records), and within a type not in time order, as HealthKit
writes them in the order they were saved: each pair of neighbours is swapped with probability P (the real
iOS 10 export in ../shared/samples/real has 25 % of records earlier than the one before them in the same
type and source). Deterministic from a seed.

    python3 bench/apple-export-in-type-order.py IN.xml OUT.xml [--swap 0.25] [--seed 1]
"""
import argparse
import random
import re

ap = argparse.ArgumentParser()
ap.add_argument("src")
ap.add_argument("dst")
ap.add_argument("--swap", type=float, default=0.25)
ap.add_argument("--seed", type=int, default=1)
a = ap.parse_args()
rnd = random.Random(a.seed)

head, groups, order, tail = [], {}, [], []
block = None
with open(a.src, encoding="utf-8") as f:
    for line in f:
        if block is None and not line.startswith(" <"):
            (tail if groups else head).append(line)
            continue
        if line.startswith(" <") and not line.startswith(" </"):
            m = re.match(r' <(\w+)(?: type="([^"]+)")?', line)
            key = m.group(2) or ("~" + m.group(1))
            if m.group(1) in ("ExportDate", "Me"):
                head.append(line)
                continue
            if key not in groups:
                groups[key] = []
                order.append(key)
            block = [line]
            groups[key].append(block)
            if line.rstrip().endswith("/>"):
                block = None
        else:
            block.append(line)
            if line.startswith(" </"):
                block = None
with open(a.dst, "w", encoding="utf-8") as out:
    out.writelines(head)
    for key in sorted(order):
        blocks = groups[key]
        for i in range(0, len(blocks) - 1):
            if rnd.random() < a.swap:
                blocks[i], blocks[i + 1] = blocks[i + 1], blocks[i]
        for b in blocks:
            out.writelines(b)
    out.writelines(tail)
