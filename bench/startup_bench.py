"""Cold start of `allykit serve` to its first page, step by step, with a baseline.

Run by hand:  uv run python bench/startup_bench.py [--runs 2]

Starts `allykit serve` (gunicorn, 2 workers) on a new instance folder, then again on the same
folder, and reports the wall time from launch to the first 200 of /en/, the CPU time the
server's processes had spent by then, and each start-up step's wall and CPU time (from the
`allykit.startup` log, see allykit/delivery/startup.py). The baselines, measured in the same
run: `python -c pass` and a bare Django process (`django.setup()` with empty settings).

Python's bytecode is prepared once first, in a folder of this run (PYTHONPYCACHEPREFIX), as
an installation does (`uv sync --compile-bytecode`, pip); one more start on a new folder
without any bytecode shows what an installation that skips it costs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEP = re.compile(r"start-up step (.+): wall ([\d.]+) s, CPU ([\d.]+) s")
BARE_DJANGO = (
    "import django; from django.conf import settings; settings.configure(); django.setup()"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tree_cpu(pid: int) -> tuple[float, float]:
    """CPU seconds of a process itself, and of its children (reaped and live)."""
    tick = os.sysconf("SC_CLK_TCK")

    def fields(p):
        return Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()

    try:
        own = fields(pid)
    except OSError:
        return float("nan"), float("nan")
    main = (int(own[11]) + int(own[12])) / tick
    total = (int(own[13]) + int(own[14])) / tick  # reaped children
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = fields(entry.name)
            except OSError:
                continue
            if int(stat[1]) == pid:
                total += (int(stat[11]) + int(stat[12])) / tick
    return main, total


def start(port: int, env: dict, timeout: float = 120) -> tuple[subprocess.Popen, dict]:
    """Launch `allykit serve`; return it and {wall, cpu, steps} at its first page."""
    log = tempfile.TemporaryFile()
    started = time.monotonic()
    server = subprocess.Popen(
        [sys.executable, "-m", "allykit.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env={**env, "ALLYKIT_LOG_LEVEL": "INFO"},
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    url = f"http://127.0.0.1:{port}/en/"
    while True:
        if time.monotonic() - started > timeout or server.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"{url} did not answer:\n{log.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.01)
    wall = time.monotonic() - started
    main, children = _tree_cpu(server.pid)
    log.seek(0)
    steps = [(m[1], float(m[2]), float(m[3])) for m in STEP.finditer(log.read().decode())]
    return server, {"wall": wall, "cpu": main + children, "main": main, "steps": steps}


def stop(server: subprocess.Popen | None) -> None:
    if server and server.poll() is None:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)


def baseline(code: str, env: dict, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.monotonic()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)
        times.append(time.monotonic() - began)
    return min(times)


def prepare_bytecode(env: dict, folder: Path) -> None:
    """Compile what the server imports, as an installation does, into this run's folder."""
    compile_env = {**env, "ALLYKIT_DATA_DIR": str(folder / "install-var")}
    compile_env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = "import allykit.cli as c, sys; c.setup_django(); import allykit.wsgi, gunicorn.arbiter"
    subprocess.run(
        [sys.executable, "-c", code],
        env=compile_env,
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def cold_starts(port: int, env: dict, work: Path, runs: int = 1) -> dict:
    """Cold starts on new and on existing folders; the last server is left running."""
    env = {**env, "PYTHONPYCACHEPREFIX": str(work / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    prepare_bytecode(env, work)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the servers read the bytecode and write none
    result = {
        "python -c pass": baseline("pass", env),
        "bare Django process (django.setup)": baseline(BARE_DJANGO, env),
        "new": [],
        "existing": [],
    }
    no_bytecode = {**env, "PYTHONPYCACHEPREFIX": str(work / "no-bytecode")}
    server, result["new, no bytecode"] = start(
        port, {**no_bytecode, "ALLYKIT_DATA_DIR": str(work / "new-no-bytecode")}
    )
    stop(server)
    for i in range(runs):
        folder = work / f"var-{i}"
        server, new = start(port, {**env, "ALLYKIT_DATA_DIR": str(folder)})
        stop(server)
        result["new"].append(new)
        server, existing = start(port, {**env, "ALLYKIT_DATA_DIR": str(folder)})
        result["existing"].append(existing)
        if i < runs - 1:
            stop(server)
    result["server"], result["data_dir"] = server, folder
    return result


def report(result: dict) -> list[str]:
    """Print the table; return the summary lines."""
    base = result["bare Django process (django.setup)"]
    print(
        f"cold start baselines: python -c pass {result['python -c pass']:.2f} s,"
        f" bare Django process {base:.2f} s"
    )
    summary = []
    for case in ("new", "existing"):
        runs = result[case]
        best = min(runs, key=lambda r: r["wall"])
        print(
            f"\ncold start, {case} instance folder (best of {len(runs)}):"
            f" first page after {best['wall']:.2f} s wall, {best['cpu']:.2f} s CPU in all,"
            f" {best['main']:.2f} s of it in the server's main process"
        )
        accounted = 0.0
        for name, wall, cpu in best["steps"]:
            accounted += wall
            print(f"  {name:58} wall {wall:6.3f} s  CPU {cpu:6.3f} s")
        print(
            f"  {'gunicorn: workers up, first page rendered':58} wall"
            f" {best['wall'] - accounted:6.3f} s"
        )
        median = statistics.median(r["wall"] for r in runs)
        summary.append(
            f"cold start, {case} instance folder: {best['wall']:.2f} s to the first page"
            f" (median {median:.2f} s; {best['cpu']:.2f} s CPU), {best['wall'] / base:.1f}x a"
            f" bare Django process ({base:.2f} s)" + (". Goal < 3 s" if case == "new" else "")
        )
    nb = result["new, no bytecode"]
    summary.append(
        f"cold start, new instance folder and no installed bytecode: {nb['wall']:.2f} s"
        f" ({nb['cpu']:.2f} s CPU)"
    )
    return summary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the start")
    tmp = Path(tempfile.mkdtemp(prefix="allykit-startup-"))
    env = {**os.environ}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = None
    try:
        result = cold_starts(free_port(), env, tmp, args.runs)
        server = result.pop("server")
        summary = report(result)
    finally:
        stop(server)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nsummary (load average {os.getloadavg()[0]:.2f} at the end)")
    for line in summary:
        print("- " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
