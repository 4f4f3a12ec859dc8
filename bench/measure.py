"""Measuring helpers shared by the delivery benchmarks: wrk runs, CPU of serving processes."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - start
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer")


def wrk(url: str, seconds: int, connections: int, gzip_ok: bool = False, headers=()) -> dict:
    header = ["-H", "Accept-Encoding: gzip"] if gzip_ok else []
    for line in headers:
        header += ["-H", line]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *header, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(label: str) -> float:
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": rps,
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "p50": pct("50"),
        "p99": pct("99"),
        "non2xx": int(errors.group(1)) if errors else 0,
    }


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (the workers of nginx or gunicorn)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(stat[11]) + int(stat[12])) / tick
    return total


def workers(process: subprocess.Popen, marker: bytes = b"") -> list[int]:
    pids = _children(process.pid)
    if marker:
        pids = [p for p in pids if marker in Path(f"/proc/{p}/cmdline").read_bytes()]
    return pids


def measure(url, args, gzip_ok, headers=(), pids=(), upstream=()) -> dict:
    """wrk on `url`, plus the CPU the serving processes (and the upstream) spent per request."""
    before, up_before = cpu_seconds(pids), cpu_seconds(upstream)
    result = wrk(url, args.seconds, args.connections, gzip_ok, headers)
    spent = cpu_seconds(pids) - before
    result["cpu_us"] = spent * 1e6 / max(result["requests"], 1)
    result["upstream_cpu"] = cpu_seconds(upstream) - up_before
    return result


def stop(process: subprocess.Popen | None, sig=signal.SIGINT) -> None:
    if process and process.poll() is None:
        process.send_signal(sig)
        process.wait(timeout=30)


def fetch(url: str, gzip_ok: bool = False) -> bytes:
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.read()


def span(values) -> str:
    low, high = min(values), max(values)
    return f"{low:.2f}x" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f}–{high:.2f}x"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
