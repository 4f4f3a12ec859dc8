"""Benchmark of the writing checker's JSON API: a 1,000-word letter through POST /api/v1/check.

Run by hand: `uv run python bench/checker_api_bench.py [--server] [--cpu]`. In-process, with
Django's test client (the whole middleware stack, JSON in and out), it prints p50 and p99
latency for:

- baseline: the minimal API call (an empty text) through the same stack;
- engine: `check()` alone on the letter, no Django;
- api: the letter through the API;

and the ratios api/baseline and api/engine, all measured in the same run. With --server it
also starts the production server (`allykit serve`) on a free port and times the API over
HTTP. Target: api p99 < 10 ms on 2 cores.
"""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROUNDS = 400
WARMUP = 30
# Elapsed time by default; --cpu times this process's own CPU time, which on a machine shared
# with other work leaves out the time the process waited for a core (the in-process figures
# only; the --server figures are always elapsed).
CLOCK = time.process_time if "--cpu" in sys.argv else time.perf_counter
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PHRASES = [
    "Dr. Ana Ruiz joined our department in 2019 and has led the quality programme since 2021.",
    "She is hardworking, caring and always helpful to her colleagues on the ward.",
    "Her research on sepsis screening reduced ICU transfers by 18 percent across three sites.",
    "She published 12 peer-reviewed papers and secured two national grants as principal "
    "investigator.",
    "Ana is a dedicated and conscientious teacher whose residents speak warmly of her.",
    "She is an excellent, brilliant and confident clinician who takes charge in a crisis.",
    "Although she may lack experience in budgeting, she is eager to learn.",
    "Her husband and two children moved with her to Toronto, and she balances family well.",
    "She is the best woman surgeon I have trained and a natural leader of the team.",
    "I recommend her without reservation for the position of associate chief of medicine.",
]


def letter(words: int = 1000, seed: int = 6) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        out.append(rng.choice(PHRASES))
    return " ".join(out)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return p50 * 1000, p99 * 1000


def timed(fns: dict, rounds: int = ROUNDS) -> dict[str, tuple[float, float]]:
    """p50 and p99 in ms of each function; interleaved in rounds, so a noisy neighbour on the
    shared machine slows them alike."""
    for fn in fns.values():
        for _ in range(WARMUP):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    clock = CLOCK
    for _ in range(rounds):
        for name, fn in fns.items():
            start = clock()
            fn()
            samples[name].append(clock() - start)
    return {name: percentiles(values) for name, values in samples.items()}


def in_process(text: str) -> dict[str, tuple[float, float]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    from allykit.wordcheck import check

    setup_test_environment()
    client = Client()
    full = json.dumps({"text": text, "genre": "letter", "lang": "en"})
    empty = json.dumps({"text": "", "genre": "letter", "lang": "en"})

    def api(body):
        response = client.post("/api/v1/check", body, content_type="application/json")
        assert response.status_code == 200, response.content[:200]

    return timed(
        {
            "baseline": lambda: api(empty),
            "engine": lambda: check(text, "letter", "en").to_dict(),
            "api": lambda: api(full),
        }
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def over_http(text: str) -> dict[str, tuple[float, float]]:
    port = free_port()
    data_dir = tempfile.mkdtemp(prefix="allykit-bench-")
    env = {**os.environ, "ALLYKIT_DATA_DIR": data_dir, "ALLYKIT_DEBUG": "0"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api/v1/check"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.2)

        def call(body: bytes):
            request = urllib.request.Request(
                url, data=body, headers={"Content-Type": "application/json"}
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()

        empty = json.dumps({"text": "", "genre": "letter", "lang": "en"}).encode()
        full = json.dumps({"text": text, "genre": "letter", "lang": "en"}).encode()
        timings = timed({"baseline": lambda: call(empty), "api": lambda: call(full)}, 200)
        return {f"http {name}": value for name, value in timings.items()}
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> None:
    text = letter()
    print(
        f"letter: {len(text.split())} words, {len(text)} characters; "
        f"{ROUNDS} rounds after {WARMUP} warm-up calls; "
        f"clock: {'CPU time' if CLOCK is time.process_time else 'elapsed'}"
    )
    results = in_process(text)
    if "--server" in sys.argv:
        results.update(over_http(text))
    for name, (p50, p99) in results.items():
        print(f"{name:>14}: p50 {p50:7.3f} ms   p99 {p99:7.3f} ms")
    base, engine, api = results["baseline"], results["engine"], results["api"]
    print(
        f"api / baseline (empty text through the API): p50 x{api[0] / base[0]:.2f}, "
        f"p99 x{api[1] / base[1]:.2f}"
    )
    print(f"api / engine alone: p50 x{api[0] / engine[0]:.2f}, p99 x{api[1] / engine[1]:.2f}")
    if "http api" in results:
        hb, ha = results["http baseline"], results["http api"]
        print(f"http api / http baseline: p50 x{ha[0] / hb[0]:.2f}, p99 x{ha[1] / hb[1]:.2f}")
    verdict = "met" if api[1] < 10 else "NOT met"
    print(f"target api p99 < 10 ms: {verdict}")


if __name__ == "__main__":
    main()
