#!/usr/bin/env python3
"""Adds messages to Sources/GPSKit/Messages/Data/messages.json and regenerates MessageKey.swift.

Usage: Scripts/add-messages.py NEW.json   (NEW.json: {"key": {"nl": "...", "en": "..."}, ...})
       Scripts/add-messages.py --remove KEY [KEY ...]   (drops keys no code uses any more)
Existing keys are replaced; the table stays sorted so diffs stay small.
"""
import json
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
table_path = root / "Sources/GPSKit/Messages/Data/messages.json"
keys_path = root / "Sources/GPSKit/Messages/MessageKey.swift"

table = json.loads(table_path.read_text(encoding="utf-8"))
if sys.argv[1:2] == ["--remove"]:
    for key in sys.argv[2:]:
        if key not in table["messages"]:
            sys.exit(f"no message {key}")
        del table["messages"][key]
else:
    for path in sys.argv[1:]:
        table["messages"].update(json.loads(Path(path).read_text(encoding="utf-8")))
table["messages"] = dict(sorted(table["messages"].items()))
table_path.write_text(json.dumps(table, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

cases = "\n".join(f"    case {key}" for key in table["messages"])
keys_path.write_text(
    "/// The key of every message in `Data/messages.json`. A test proves the two lists are the same.\n"
    "public enum MessageKey: String, Sendable, CaseIterable {\n" + cases + "\n}\n",
    encoding="utf-8",
)
