#!/usr/bin/env python3
"""Builds an archive clone of N records from a few real ones, for timing `gps archief zoek`
(Scripts/bench-archive.sh and the scale test): each copy gets its own random archive id, a
month between 2024-01 and 2026-12, and a numbered title, so a search can tell them apart.
The records are written as files and committed once; DEST becomes a git work tree.

Usage: make-archive.py SOURCE_RECORDS_FOLDER DEST_CLONE N [LINES]
LINES (default 80) keeps the first lines of each Markdown record, so ten thousand of them
stay a realistic 30 to 60 MB.
"""
import json
import os
import random
import subprocess
import sys

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def main():
    if len(sys.argv) not in (4, 5):
        raise SystemExit(__doc__)
    source, dest, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    lines = int(sys.argv[4]) if len(sys.argv) == 5 else 80
    bases = []
    for name in sorted(os.listdir(source)):
        if name.endswith(".json"):
            with open(os.path.join(source, name), encoding="utf-8") as handle:
                summary = json.load(handle)
            with open(os.path.join(source, name[:-5] + ".md"), encoding="utf-8") as handle:
                markdown = "".join(handle.readlines()[:lines])
            bases.append((summary, markdown))
    if not bases:
        raise SystemExit(f"make-archive: no records in {source}")
    records = os.path.join(dest, "records")
    os.makedirs(records, exist_ok=True)
    generator = random.Random(13)
    taken = set()
    for number in range(count):
        summary, markdown = bases[number % len(bases)]
        archive_id = "".join(generator.choice(ALPHABET) for _ in range(12))
        while archive_id in taken:
            archive_id = "".join(generator.choice(ALPHABET) for _ in range(12))
        taken.add(archive_id)
        copy = dict(summary)
        copy["archiveID"] = archive_id
        copy["month"] = f"{2024 + number % 3}-{1 + number % 12:02d}"
        copy["title"] = f"{summary['title']} ({number + 1})"
        first, _, rest = markdown.partition("\n")
        text = f"{first} ({number + 1})\n{rest}"
        with open(os.path.join(records, archive_id + ".json"), "w", encoding="utf-8") as out:
            json.dump(copy, out, ensure_ascii=False, indent=2, sort_keys=True)
            out.write("\n")
        with open(os.path.join(records, archive_id + ".md"), "w", encoding="utf-8") as out:
            out.write(text)
    git = ["git", "-C", dest, "-c", "user.name=make-archive", "-c", "user.email=make-archive@example.org"]
    environment = dict(os.environ, GIT_TERMINAL_PROMPT="0")
    if not os.path.isdir(os.path.join(dest, ".git")):
        subprocess.run(git + ["init", "--quiet", "--initial-branch=main"], check=True, env=environment)
    subprocess.run(git + ["add", "records"], check=True, env=environment)
    subprocess.run(git + ["commit", "--quiet", "--no-verify", "-m", f"{count} generated records"], check=True, env=environment)


if __name__ == "__main__":
    main()
