#!/usr/bin/env python3
"""Times commands side by side, hyperfine-style: warm-up runs, then N timed runs each, with
wall time (mean ± sd, min), CPU time (user + system, median) and peak resident memory (from
wait4) per command. The runs take turns (one of each command per round), so a machine that
gets busier half-way slows every command alike and the ratios stay fair.

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


def run_once(argv):
    """Wall seconds, CPU seconds and peak MB of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark: {' '.join(argv)} failed ({os.waitstatus_to_exitcode(status)}): {error.strip()}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("commands", nargs="+")
    options = parser.parse_args()
    commands = [(label, shlex.split(command)) for label, _, command in (item.partition("=") for item in options.commands)]
    samples = {label: [] for label, _ in commands}
    for round_index in range(options.warmup + options.runs):
        for label, argv in commands:
            sample = run_once(argv)
            if round_index >= options.warmup:
                samples[label].append(sample)
    rows = []
    for label, _ in commands:
        times = [wall for wall, _, _ in samples[label]]
        cpu = statistics.median(used for _, used, _ in samples[label])
        peak = max(mb for _, _, mb in samples[label])
        rows.append((label, statistics.mean(times), statistics.pstdev(times), min(times), cpu, peak))
    reference = rows[0]
    print(f"{'command':<28} {'mean ms':>10} {'± sd':>8} {'min ms':>9} {'CPU ms':>8} {'peak MB':>9}"
          f" {'time ×ref':>10} {'CPU ×ref':>9} {'mem ×ref':>9}")
    for label, mean, sd, low, cpu, peak in rows:
        print(f"{label:<28} {mean * 1000:>10.1f} {sd * 1000:>8.1f} {low * 1000:>9.1f} {cpu * 1000:>8.1f} {peak:>9.1f}"
              f" {mean / reference[1]:>10.2f} {cpu / reference[4]:>9.2f} {peak / reference[5]:>9.2f}")

if __name__ == "__main__":
    main()
