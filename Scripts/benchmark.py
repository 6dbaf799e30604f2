#!/usr/bin/env python3
"""Times commands side by side, hyperfine-style: warm-up runs, then N timed runs each, with
wall time (mean ± sd, min) and peak resident memory (from wait4) per command.

Usage: benchmark.py [--runs N] [--warmup N] LABEL=COMMAND [LABEL=COMMAND ...]
COMMAND is split like a shell would (shlex); its standard output is discarded.
The first command is the reference; the table shows every other one as a ratio to it.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def measure(argv, runs, warmup):
    times, peaks = [], []
    for index in range(warmup + runs):
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        error = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"benchmark: {' '.join(argv)} failed ({os.waitstatus_to_exitcode(status)}): {error.strip()}")
        if index >= warmup:
            times.append(elapsed)
            peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
    return times, peaks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("commands", nargs="+")
    options = parser.parse_args()
    rows = []
    for item in options.commands:
        label, _, command = item.partition("=")
        times, peaks = measure(shlex.split(command), options.runs, options.warmup)
        rows.append((label, statistics.mean(times), statistics.pstdev(times), min(times), max(peaks)))
    reference = rows[0]
    print(f"{'command':<28} {'mean ms':>10} {'± sd':>8} {'min ms':>9} {'peak MB':>9} {'time ×ref':>10} {'mem ×ref':>9}")
    for label, mean, sd, low, peak in rows:
        print(f"{label:<28} {mean * 1000:>10.1f} {sd * 1000:>8.1f} {low * 1000:>9.1f} {peak:>9.1f}"
              f" {mean / reference[1]:>10.2f} {peak / reference[4]:>9.2f}")


if __name__ == "__main__":
    main()
