"""Wall time of the test suite, like for like: one process against two xdist workers, for the
full suite and for the quick run (`-m "not slow"`), all measured in the same invocation.

Run by hand on a quiet machine (it runs the whole suite several times: minutes each):

    uv run python bench/suite_time.py              # full suite: -n0, then -n 2
    uv run python bench/suite_time.py --quick      # also the quick run: -m "not slow", -n0 and -n 2
    uv run python bench/suite_time.py --only-quick # just the quick pair
    uv run python bench/suite_time.py --workers 4  # compare -n0 with -n 4 instead
    uv run python bench/suite_time.py --quick tests/panelaudit   # a part only (to try it)

Each run is `uv run pytest -p no:cacheprovider -q -n <N> [-m "not slow"]` from the checkout,
with a fresh database (pytest-django's default). The baseline is the serial run of the same
selection; the script prints each wall time, the tests passed/failed/skipped as pytest
reports them, and the parallel run's time as a ratio of the baseline. It refuses to call a
comparison fair when a run failed or the two runs did not run the same tests, and it warns
when the machine was busy (1-minute load average above half the cores) before a run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"(\d+) (passed|failed|skipped|errors?|deselected|xfailed|xpassed)")


@dataclass
class Run:
    label: str
    seconds: float
    code: int
    counts: dict[str, int]
    load_before: float


def run(label: str, workers: int, quick: bool, paths: list[str]) -> Run:
    args = ["uv", "run", "pytest", "-p", "no:cacheprovider", "-q", "-n", str(workers), *paths]
    if quick:
        args += ["-m", "not slow"]
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) / 2:
        print(f"  warning: load average {load:.2f} before '{label}': the machine is not quiet")
    print(f"  running {label}: {' '.join(args)}", flush=True)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    tail = done.stdout.strip().splitlines()[-1:] or [""]
    counts = {}
    for number, kind in SUMMARY.findall(tail[0]):
        counts[kind.rstrip("s") if kind.startswith("error") else kind] = int(number)
    print(f"    {seconds:8.1f} s  exit {done.returncode}  {tail[0]}", flush=True)
    return Run(label, seconds, done.returncode, counts, load)


def compare(baseline: Run, other: Run) -> None:
    ratio = other.seconds / baseline.seconds
    fair = (
        baseline.code == other.code == 0
        and baseline.counts.get("passed") == other.counts.get("passed")
        and baseline.counts.get("skipped", 0) == other.counts.get("skipped", 0)
    )
    note = "" if fair else "  (NOT like for like: a run failed or ran different tests)"
    print(
        f"  {other.label}: {other.seconds:.1f} s = {ratio:.2f} x {baseline.label} "
        f"({baseline.seconds:.1f} s); speed-up {1 / ratio:.2f}x{note}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="xdist workers (default 2)")
    parser.add_argument("--quick", action="store_true", help='also the -m "not slow" pair')
    parser.add_argument("--only-quick", action="store_true", help='only the -m "not slow" pair')
    parser.add_argument("paths", nargs="*", help="test paths (default: the whole suite)")
    options = parser.parse_args(argv)
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    pairs = []
    if not options.only_quick:
        pairs.append(("full", False))
    if options.quick or options.only_quick:
        pairs.append(('-m "not slow"', True))
    results = []
    for name, quick in pairs:
        serial = run(f"{name} -n0", 0, quick, options.paths)
        parallel = run(f"{name} -n {options.workers}", options.workers, quick, options.paths)
        results.append((serial, parallel))
    print("\nratios (baseline: the serial run of the same selection, this invocation):")
    for serial, parallel in results:
        compare(serial, parallel)
    if len(results) == 2:
        compare(results[0][0], results[1][1])  # quick parallel against the full serial run
    return 0 if all(r.code == 0 for pair in results for r in pair) else 1


if __name__ == "__main__":
    sys.exit(main())
