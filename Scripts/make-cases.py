#!/usr/bin/env python3
"""Fills a cases folder with N copies of one case file, each under its own id, as an
organisation's coach might have them: for timing `gps lijst` (Scripts/bench.sh).

Usage: make-cases.py CASE.json CASES_FOLDER N
"""
import itertools
import json
import os
import sys

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    source, folder, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(source, encoding="utf-8") as handle:
        case = json.load(handle)
    day = case["id"][:10]
    os.makedirs(folder, mode=0o700, exist_ok=True)
    suffixes = ("".join(letters) for letters in itertools.product(ALPHABET, repeat=4))
    for number, suffix in zip(range(count), suffixes):
        case["id"] = f"{day}-{suffix}"
        case["title"] = f"Casus {number + 1}"
        path = os.path.join(folder, case["id"] + ".json")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(case, out, ensure_ascii=False, indent=2, sort_keys=True)
            out.write("\n")
        # An hour old, as a coach's cases are: GPS caches only files that have settled.
        os.utime(path, (os.path.getmtime(path) - 3600,) * 2)


if __name__ == "__main__":
    main()
