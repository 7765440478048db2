#!/usr/bin/env python3
"""The baseline as the issue describes it: applehealthdata's ElementTree approach (the whole document parsed
into a tree, as its `ElementTree.parse` does) reduced to summing daily steps. This is the approach the issue
timed at 10.0 s and 756 MB for 200 MB; `baseline_elementtree.py` (iterparse + clear) is a stronger peer.

The file is read through the same filter as the iterparse baseline (DOCTYPE block and forbidden control
characters dropped), without which expat rejects real exports since iOS 16.

    python3 bench/baseline_elementtree_tree.py export.xml
"""
import sys
import xml.etree.ElementTree as ET

from baseline_elementtree import Cleaned


def main(path):
    parser = ET.XMLParser()
    with open(path, "rb") as f:
        cleaned = Cleaned(f)
        while True:
            chunk = cleaned.read(1 << 20)
            if not chunk:
                break
            parser.feed(chunk)
    root = parser.close()
    steps = {}
    for record in root.iter("Record"):
        if record.get("type") == "HKQuantityTypeIdentifierStepCount":
            day = record.get("startDate")[:10]
            steps[day] = steps.get(day, 0.0) + float(record.get("value"))
    print(f"{len(steps)} days, {sum(steps.values()):.0f} steps (all sources summed)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
