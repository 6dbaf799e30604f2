#!/usr/bin/env python3
"""How long each example's record is, and how much of it is her own words.

Usage: Scripts/record-words.py [REVISION]
For every Examples/<case>/ prints the words of record.md, the words of her answers in it, and
the words GPS adds around them (record minus every answer line), beside the same figures at
REVISION (default 1aa5d44, where issue 11 was filed). A word has a letter or a digit in it, so
Markdown's bars and dashes do not count. The Swift test ExampleRecordsKeepEveryAnswerTests holds
the added words to a budget; this script is for reading the figures.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
revision = sys.argv[1] if len(sys.argv) > 1 else "1aa5d44"


def words(text):
    return sum(1 for token in text.split() if re.search(r"[^\W_]", token))


def answer_lines(value):
    if isinstance(value, str):
        return [line.strip() for line in value.split("\n") if line.strip()]
    if isinstance(value, list):
        return [line for item in value for line in answer_lines(item)]
    if isinstance(value, dict):
        return [line for item in value.values() for line in answer_lines(item)]
    return []


def visible(record):
    record = record.replace("<br>", "\n").replace("\\\n", "\n")
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", record)


def figures(record, answers):
    lines = sorted(set(answer_lines(json.loads(answers))), key=len, reverse=True)
    rest = visible(record)
    hers = 0
    for line in lines:
        if len(line) > 3 and line in rest:
            hers += words(line) * rest.count(line)
            rest = rest.replace(line, " ")
    return words(record), hers, words(rest)


def at_revision(path):
    result = subprocess.run(["git", "-C", str(root), "show", f"{revision}:{path}"], capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


print(f"{'example':<22} {'record':>13} {'her words':>13} {'GPS adds':>13}   ({revision} → now)")
for folder in sorted((root / "Examples").iterdir()):
    record, answers = folder / "record.md", folder / "antwoorden.json"
    if not record.exists():
        continue
    now = figures(record.read_text(encoding="utf-8"), answers.read_text(encoding="utf-8"))
    old_record = at_revision(f"Examples/{folder.name}/record.md")
    old_answers = at_revision(f"Examples/{folder.name}/antwoorden.json")
    then = figures(old_record, old_answers) if old_record and old_answers else None
    cells = [f"{then[i]:>5} → {now[i]:>5}" if then else f"{'–':>5} → {now[i]:>5}" for i in range(3)]
    print(f"{folder.name:<22} " + " ".join(f"{cell:>13}" for cell in cells))
