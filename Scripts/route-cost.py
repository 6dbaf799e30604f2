#!/usr/bin/env python3
"""What a route costs her: types an answers file into the real `gps nieuw` through a
pseudo-terminal, one line per prompt as she would, and counts.

Usage: route-cost.py GPS GPS_TYPING ANSWERS.json [--kort]

prompts            times GPS asked something new (a list's next line is the same prompt)
words shown        words GPS printed, prompts and proposals included
characters typed   what she typed, Enter included
minutes            words shown read at 200 words a minute, words typed at 30 words a minute
With --kort the file's answers go into the short route (its questions only).
"""
import json
import os
import pty
import re
import select
import sys
import tempfile
import termios

MARKERS = ("  > ", "… ", "> ")
WORD = re.compile(r"\w+", re.UNICODE)


def short_route_file(path):
    """The answers of the short route's questions only, as a route 'kort' answers file."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    with open(os.path.join(root, "Questionnaires", "kort.json"), encoding="utf-8") as handle:
        selected = set(json.load(handle)["select"])
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    data["route"] = "kort"
    data["answers"] = {key: value for key, value in data.get("answers", {}).items() if key in selected}
    data.pop("earlierEcograms", None)
    handle, name = tempfile.mkstemp(suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False)
    return name


def read_until_prompt(fd, quiet=0.08, limit=20.0):
    """Output until GPS waits for a line (it ends with an input marker and stays quiet), or
    until it ends. Returns the text and whether GPS is still running."""
    data = b""
    waited = 0.0
    while waited < limit:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            text = data.decode("utf-8", "replace")
            if text.endswith(MARKERS):
                return text, True
            waited += quiet
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return data.decode("utf-8", "replace"), False
        if not chunk:
            return data.decode("utf-8", "replace"), False
        data += chunk
    raise SystemExit("route-cost: GPS did not ask for input in time after:\n" + data.decode("utf-8", "replace")[-400:])


def run(gps, route, lines):
    env = {
        "GPS_DATA_DIR": tempfile.mkdtemp(prefix="gps-route-cost-"),
        "HOME": tempfile.gettempdir(),
        "LANG": "nl_BE.UTF-8",
        "NO_COLOR": "1",
        "TERM": "xterm",
        "PATH": "/usr/bin:/bin",
    }
    arguments = [gps, "nieuw"] + (["--kort"] if route == "kort" else [])
    pid, fd = pty.fork()
    if pid == 0:
        attributes = termios.tcgetattr(0)
        attributes[3] &= ~termios.ECHO
        termios.tcsetattr(0, termios.TCSANOW, attributes)
        os.execve(gps, arguments, env)
    shown = []
    prompts = 0
    for line in lines:
        text, running = read_until_prompt(fd)
        if not running:
            raise SystemExit("route-cost: GPS ended before every line was typed")
        shown.append(text)
        body = text
        for marker in MARKERS:
            if body.endswith(marker):
                body = body[: -len(marker)]
                break
        if body.strip():
            prompts += 1
        os.write(fd, (line + "\n").encode("utf-8"))
    text, _ = read_until_prompt(fd)
    shown.append(text)
    os.waitpid(pid, 0)
    words_shown = sum(len(WORD.findall(part)) for part in shown)
    words_typed = sum(len(WORD.findall(line)) for line in lines)
    characters = sum(len(line) + 1 for line in lines)
    minutes = words_shown / 200 + words_typed / 30
    return prompts, words_shown, characters, minutes


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    gps, typing, path = sys.argv[1:4]
    if "--kort" in sys.argv[4:]:
        path = short_route_file(path)
    plan = json.loads(os.popen(f"'{typing}' '{path}'").read())
    prompts, words, characters, minutes = run(gps, plan["route"], plan["lines"])
    print(f"prompts {prompts} · words shown {words} · characters typed {characters} · minutes {minutes:.1f}")


if __name__ == "__main__":
    main()
